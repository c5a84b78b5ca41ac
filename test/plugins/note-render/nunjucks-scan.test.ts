import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorReason, escapeNonTags, nonTags, sourceLine, tagAt, tagNamedIn } from '../../../plugins/note-render/nunjucks-scan';
import { invalidUtf8Line } from '../../../plugins/note-render/utf8';

const firstNonTag = (text: string, isTag: (name: string) => boolean): string | null => nonTags(text, isTag)[0]?.construct ?? null;

const isTag = (name: string): boolean => ['post_link', 'codeblock'].includes(name);

test('tag plugins, their end tags and raw blocks are Nunjucks', () => {
  assert.equal(firstNonTag('<p>{% post_link a %}</p>{% codeblock %}x{% endcodeblock %}', isTag), null);
  assert.equal(firstNonTag('{% raw %}{{ kept }}{% endraw %}', isTag), null);
  assert.equal(firstNonTag('<p><code>{{ in code }}</code></p>', isTag), null);
});

test('anything else is named, as written', () => {
  assert.equal(firstNonTag('<p>Use {{ .Values.image }} here</p>', isTag), '{{ .Values.image }}');
  assert.equal(firstNonTag('<p>{% unknown_tag x %}</p>', isTag), '{% unknown_tag x %}');
  assert.equal(firstNonTag('<h2>Title {#custom-id}</h2>', isTag), '{#custom-id}');
  assert.equal(firstNonTag('<p>{{ never closed</p>', isTag), '{{ never closed</p>');
});

test('each construct that is not a tag plugin is found where it is; escaped, only its opening goes into {% raw %}', () => {
  const text = 'a {{ x }} {% post_link p %} {% raw %}{{ kept }}{% endraw %} {%- label info@标签 -%} {#id}';
  const found = nonTags(text, isTag);
  assert.deepEqual(found.map((f) => [f.index, f.delimiter, f.construct]), [
    [2, '{{', '{{ x }}'],
    [text.indexOf('{%- label'), '{%', '{%- label info@标签 -%}'],
    [text.indexOf('{#'), '{#', '{#id}'],
  ]);
  // A raw block left open, or an end without its start, would stop Nunjucks: text too.
  assert.deepEqual(nonTags('a {% endraw %} {% raw %} b {% verbatim %}{{ x }}{% endverbatim %}', isTag).map((f) => f.construct), ['{% endraw %}', '{% raw %}']);
  assert.equal(escapeNonTags(text, found), 'a {% raw %}{{{% endraw %} x }} {% post_link p %} {% raw %}{{ kept }}{% endraw %} {% raw %}{%{% endraw %}- label info@标签 -%} {% raw %}{#{% endraw %}id}');
});

test('the line in the source file, front matter included', () => {
  const raw = '---\ntitle: a\n---\n\ntext\n\nUse {{  .Values.image }}\n';
  assert.equal(sourceLine(raw, '{{ .Values.image }}'), 7);
  assert.equal(sourceLine(raw, '{% absent %}'), null);
  // The tag as written wins over an earlier one of the same name.
  assert.equal(sourceLine('a\n{% note info %}\nb\n{% note warning %}\n', '{% note warning %}'), 4);
});

test('the failing tag, from a position or from the message', () => {
  assert.equal(tagAt('a\nb {% post_link x %} c', 2, 5), '{% post_link x %}');
  assert.equal(tagNamedIn('{% post_link a %} {% post_link missing %}', 'Error: Post not found: post_link missing.'), '{% post_link missing %}');
  assert.equal(tagNamedIn('{% codeblock %}', 'unexpected end of file'), '{% codeblock %}');
  assert.equal(errorReason('_posts/a.md\n  unexpected end of file', '_posts/a.md'), 'unexpected end of file');
});

test('invalid UTF-8 is found on its line', () => {
  assert.equal(invalidUtf8Line(Buffer.from('ok\n中文\n')), null);
  assert.equal(invalidUtf8Line(Buffer.concat([Buffer.from('a\nb\nc '), Buffer.from([0xb1, 0xb2]), Buffer.from('\n')])), 3);
});
