// `$…$` inside what the page shows as code stays code. What is code is decided by
// what runs: Hexo's fence filter highlights the fences its expression matches,
// marked renders the other fences it reads (unclosed ones, `1)` list items, ...).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

/** Note name → [Markdown, the formulas rendered, the dollar text shown inside a <pre>]. */
const CASES: Record<string, [string, string[], string[]]> = {
  'unclosed-fence': ['text $a$\n\n```yaml\nv: $x$\n\nmore $z$\n', ['a'], ['v: $x$', 'more $z$']],
  'unclosed-then-closed': ['```yaml\nv: $x$\n\n```js\n$w$\n```\n\nafter $y$\n', ['y'], ['v: $x$', '$w$']],
  'backtick-info': ['```a`b\n$x$\n```\n\nafter $y$\n', ['y'], ['$x$']],
  'paren-list-item': ['1) ```\n   $x$\n   ```\n\nafter $y$\n', ['y'], ['$x$']],
  'nested-list-item': ['- - ```\n    $x$\n    ```\n\nafter $y$\n', ['y'], ['$x$']],
  'four-quote-levels': ['> > > > ```\n> > > > $x$\n> > > > ```\n\nafter $y$\n', ['y'], ['$x$']],
  'longer-closing-run': ['```\n$x$\n````\n\nafter $y$\n', ['y'], ['$x$']],
  'longer-run-then-exact-run': ['```\n$x$\n````\n$m$\n```\n\nafter $y$\n', ['y'], ['$x$\n````\n$m$']],
  'unclosed-in-list-item': ['- ```\n  $x$\n\nafter $y$\n', ['y'], ['$x$']],
  'indented-fence': ['para\n\n    ```\n    $x$\n    ```\n\nafter $y$\n', ['y'], ['$x$']],
  'indented-closing-run': ['```\n$x$\n    ```\nin $i$\n```\n\nafter $y$\n', ['i'], ['$x$', 'after $y$']],
};

let site: Site;
before(async () => {
  const files: Record<string, string> = {};
  for (const [name, [markdown]] of Object.entries(CASES)) files[`_posts/${name}.md`] = note({ title: name, id: name }, markdown);
  site = await buildSite({ files });
});
after(() => site.remove());

test('the build succeeds', () => {
  assert.equal(site.code, 0, site.output);
  assert.deepEqual(site.errors, []);
});

for (const [name, [, formulas, code]] of Object.entries(CASES)) {
  test(`dollars in code stay code: ${name}`, () => {
    const $ = site.$(`${name}/index.html`);
    const body = $('.note-body');
    assert.deepEqual(body.find('.math annotation').map((_, el) => $(el).text()).get(), formulas);
    assert.equal(body.find('pre .math').length, 0);
    const pre = body.find('pre').text();
    for (const text of code) assert.ok(pre.includes(text), `${name}: ${text} not in ${pre}`);
  });
}
