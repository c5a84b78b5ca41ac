import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editLinks, repositoryOf } from '../../../plugins/edit-links/links';

test('unset: nothing and no problem; unusable: nothing and a message; branch defaults to main', () => {
  assert.deepEqual(repositoryOf(undefined), { repository: null, problem: null });
  assert.match(repositoryOf({ url: 'not a url' }).problem ?? '', /repository\.url "not a url"/);
  assert.match(repositoryOf('https://github.com/me/x').problem ?? '', /is missing/);
  assert.deepEqual(repositoryOf({ url: 'https://github.com/me/x/' }).repository, { url: 'https://github.com/me/x', branch: 'main' });
});

test('edit link per file, report link with title and URL', () => {
  const links = editLinks({ url: 'https://github.com/me/x', branch: 'main' }, { file: 'source/_posts/RAG 入门.md', title: 'A & B', url: 'https://x.org/rag/' });
  assert.equal(links.edit, 'https://github.com/me/x/edit/main/source/_posts/RAG%20%E5%85%A5%E9%97%A8.md');
  const report = new URL(links.report);
  assert.equal(report.searchParams.get('title'), 'A & B');
  assert.equal(report.searchParams.get('body'), 'https://x.org/rag/');
});
