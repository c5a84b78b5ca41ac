import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFlags, flagOn, frontMatterErrorLine, frontMatterKeyLine, idFromFileName, resolveIds } from '../../../plugins/flags/front-matter';

test('flags: only true is on; non-booleans warn with file, key and value', () => {
  assert.equal(flagOn(true), true);
  for (const v of [false, undefined, 'true', 1, null]) assert.equal(flagOn(v), false);
  assert.deepEqual(checkFlags('a.md', { no_toc: false, no_word_count: true }), []);
  assert.deepEqual(checkFlags('a.md', {}), []);
  const problems = checkFlags('source/_posts/a.md', { no_toc: 'sometimes', no_word_count: 3 });
  assert.deepEqual(problems.map((p) => [p.level, p.file]), [['warn', 'source/_posts/a.md'], ['warn', 'source/_posts/a.md']]);
  assert.match(problems[0]?.message ?? '', /no_word_count.*3/);
  assert.match(problems[1]?.message ?? '', /no_toc.*"sometimes"/);
  assert.match(checkFlags('a.md', { no_toc: null })[0]?.message ?? '', /no_toc.*null/);
});

test('an id from the file name: path under _posts, no extension, slugged', () => {
  assert.equal(idFromFileName('_posts/rag.md'), 'rag');
  assert.equal(idFromFileName('_posts/RAG 入门.md'), 'RAG-入门');
  assert.equal(idFromFileName('_posts/ml/a b.markdown'), 'ml/a-b');
  assert.equal(idFromFileName('_posts/!!!.md'), 'note');
});

const n = (source: string, id?: unknown) => ({ source, file: `source/${source}`, id });

test('missing ids come from the file name, silently', () => {
  assert.deepEqual(resolveIds([n('_posts/a.md'), n('_posts/b.md', 'bee')]), { ids: ['a', 'bee'], problems: [] });
});

test('an empty or unusable id is an error naming the file; the note gets its file-name id', () => {
  const { ids, problems } = resolveIds([n('_posts/e.md', ''), n('_posts/s.md', '  '), n('_posts/q.md', 'a b?'), n('_posts/o.md', { x: 1 }), n('_posts/num.md', 42)]);
  assert.deepEqual(ids, ['e', 's', 'q', 'o', '42']);
  assert.deepEqual(problems.map((p) => [p.level, p.file]), [
    ['error', 'source/_posts/e.md'],
    ['error', 'source/_posts/s.md'],
    ['error', 'source/_posts/q.md'],
    ['error', 'source/_posts/o.md'],
  ]);
  assert.match(problems[0]?.message ?? '', /empty.*e\//);
});

test('a shared id is an error naming both files; the first file keeps it, the others get -2, -3', () => {
  const { ids, problems } = resolveIds([n('_posts/z.md', 'dup'), n('_posts/a.md', 'dup'), n('_posts/m.md', 'dup'), n('_posts/x.md', 'dup-2')]);
  assert.deepEqual(ids, ['dup-4', 'dup', 'dup-3', 'dup-2']);
  assert.equal(problems.length, 2);
  for (const p of problems) {
    assert.equal(p.level, 'error');
    assert.match(p.message, /source\/_posts\/a\.md/);
  }
  assert.deepEqual(problems.map((p) => p.file), ['source/_posts/m.md', 'source/_posts/z.md']);
});

test('a file-name id that meets an explicit id is a duplicate too', () => {
  const { ids, problems } = resolveIds([n('_posts/ai.md'), n('_posts/b.md', 'ai')]);
  assert.deepEqual(ids, ['ai', 'ai-2']);
  assert.equal(problems.length, 1);
});

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

test("an id that is one of the site's own folders moves aside", () => {
  const { ids, problems } = resolveIds([n('_posts/t.md', 'tags'), n('_posts/u.md', 'usual')], new Map([['tags', 'the tag pages']]));
  assert.deepEqual(ids, ['tags-2', 'usual']);
  assert.match(problems[0]?.message ?? '', /the tag pages keeps tags\/.*tags-2\//);
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

test('problems name the key they are about', () => {
  assert.deepEqual(checkFlags('a.md', { no_toc: 'x' }).map((p) => p.key), ['no_toc']);
  assert.deepEqual(resolveIds([n('_posts/e.md', ''), n('_posts/a.md', 'e')]).problems.map((p) => p.key), ['id', 'id']);
});
