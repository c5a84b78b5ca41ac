import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PostData } from '../../../plugins/hexo';
import { mathMessages, mayHoldMath, readsDollars, renderNoteMath, type MathContext } from '../../../plugins/math/note';

function post(content: string, fields: Partial<PostData> = {}): PostData {
  return { source: '_posts/a.md', raw: `---\ntitle: a\n---\n${content}`, content, ...fields };
}

function context(settings: MathContext['settings'] = {}) {
  const log: string[] = [];
  const ctx: MathContext = {
    settings,
    options: {},
    defer: (html) => html,
    deferUntilParse: (html) => html,
    fault: (message) => log.push(`fault ${message}`),
    warn: (message) => log.push(`warn ${message}`),
    file: () => 'source/_posts/a.md',
  };
  return { ctx, log };
}

test('dollars: on unless the site or the note turns them off', () => {
  assert.equal(readsDollars({}, post('')), true);
  assert.equal(readsDollars({ dollars: false }, post('')), false);
  assert.equal(readsDollars({}, post('', { math: false })), false);
});

test('a note without $, \\( or \\[ (or with dollars off) and without {% is not scanned', () => {
  assert.equal(mayHoldMath('价格 5 元', true), false);
  assert.equal(mayHoldMath('$x$', false), false);
  assert.equal(mayHoldMath('注意 \\(x\\)', true), true);
  assert.equal(mayHoldMath('\\[\nx\n\\]', true), true);
  assert.equal(mayHoldMath('\\begin{align}\na\n\\end{align}', true), true);
  assert.equal(mayHoldMath('\\(x\\)', false), false);
  assert.equal(mayHoldMath('{% katex %}x{% endkatex %}', false), true);
});

test('messages name the note\'s file and the line in it', () => {
  const result = { text: '', formulas: 1, failures: [{ line: 2, message: 'bad' }], warnings: [{ line: 5, message: 'odd' }] };
  assert.deepEqual(mathMessages(result, 'source/_posts/a.md', 3), ['math: source/_posts/a.md:5: bad', 'math: source/_posts/a.md:8: odd']);
});

test('a note\'s formulas are rendered in its Markdown; a broken tag is warned about at its file line', () => {
  const note = post('质能 $E=mc^2$。\n\n{% katex %}x');
  const { ctx, log } = context();
  renderNoteMath(note, ctx);
  assert.match(note.content, /class="math math-inline"/);
  assert.deepEqual(log, ['warn math: source/_posts/a.md:6: {% katex %} has no {% endkatex %}']);
});

test('a note that is not Markdown is left as written', () => {
  const note = post('$x$', { source: '_posts/a.html' });
  const { ctx, log } = context();
  renderNoteMath(note, ctx);
  assert.equal(note.content, '$x$');
  assert.deepEqual(log, []);
});
