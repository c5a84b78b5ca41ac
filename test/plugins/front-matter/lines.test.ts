import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frontMatterErrorLine, frontMatterKeyLine } from '../../../plugins/front-matter/lines';

test('bad YAML front matter: the file line of the error', () => {
  const raw = '---\ntitle: Bad\nid: bad\ntags: [a\nfoo: : :\n---\n\nbody\n';
  const where = frontMatterErrorLine(raw);
  assert.ok(where);
  assert.ok(where.line >= 4 && where.line <= 5, `line ${where.line}`);
  assert.doesNotMatch(where.message, /at line/);
  assert.equal(frontMatterErrorLine('---\ntitle: fine\n---\nbody'), null);
  assert.equal(frontMatterErrorLine('no front matter'), null);
  assert.equal(frontMatterErrorLine('---\ntitle: "unclosed\n---\n')?.line, 2);
});

test('the file line of a front-matter key, for messages about it', () => {
  const raw = '---\ntitle: A\nid: a\nno_toc: "x"\nnested:\n  id: inner\n---\n\nid: in the body\n';
  assert.equal(frontMatterKeyLine(raw, 'id'), 3);
  assert.equal(frontMatterKeyLine(raw, 'no_toc'), 4);
  assert.equal(frontMatterKeyLine(raw, 'missing'), null);
  assert.equal(frontMatterKeyLine('---\ntitle: A\n---\n\nid: in the body\n', 'id'), null);
  // Hexo's front matter without the opening ---.
  assert.equal(frontMatterKeyLine('title: A\nid :\n---\nbody', 'id'), 2);
  assert.equal(frontMatterKeyLine('no front matter\nid: x', 'id'), null);
  assert.equal(frontMatterKeyLine(undefined, 'id'), null);
});
