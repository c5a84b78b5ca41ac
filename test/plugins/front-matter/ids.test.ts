import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFlags } from '../../../plugins/front-matter/flags';
import { idFromFileName, resolveIds } from '../../../plugins/front-matter/ids';

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

test("an id that is one of the site's own folders moves aside", () => {
  const { ids, problems } = resolveIds([n('_posts/t.md', 'tags'), n('_posts/u.md', 'usual')], new Map([['tags', 'the tag pages']]));
  assert.deepEqual(ids, ['tags-2', 'usual']);
  assert.match(problems[0]?.message ?? '', /the tag pages keeps tags\/.*tags-2\//);
});

test('problems name the key they are about', () => {
  assert.deepEqual(checkFlags('a.md', { no_toc: 'x' }).map((p) => p.key), ['no_toc']);
  assert.deepEqual(resolveIds([n('_posts/e.md', ''), n('_posts/a.md', 'e')]).problems.map((p) => p.key), ['id', 'id']);
});
