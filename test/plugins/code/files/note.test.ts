import assert from 'node:assert/strict';
import { test } from 'node:test';
import { downloadRoutes, noteOptions, type NoteDoc } from '../../../../plugins/code/files/note';
import { processNote } from '../../../../plugins/code/files/process';

const site = { baseDir: '/site', root: '/', t: (key: string) => key };

function doc(fields: Partial<NoteDoc>): NoteDoc {
  return { source: '_posts/ai.md', full_source: '/site/source/_posts/ai.md', path: 'ai/', raw: '---\nid: ai\n---\n正文', content: '正文', ...fields };
}

test('a note is processed in its folder, named by its file, with the lines above its body', () => {
  assert.deepEqual(noteOptions(doc({}), site), {
    folder: 'ai/',
    root: '/',
    reserved: ['index.html'],
    source: 'source/_posts/ai.md',
    lineOffset: 3,
    t: site.t,
  });
});

test('a note published as a file reserves that file name beside its folder', () => {
  const options = noteOptions(doc({ path: '2024/post.html' }), site);
  assert.equal(options?.folder, '2024/post/');
  assert.deepEqual(options?.reserved, ['index.html', 'post.html']);
});

test('a note without blocks never asks Hexo for its path (a permalink computed per read)', () => {
  let reads = 0;
  const note = doc({});
  Object.defineProperty(note, 'path', { get: () => (reads++, 'ai/') });
  const options = noteOptions(note, site);
  assert.ok(options);
  assert.equal(processNote('正文，没有代码块。\n', options).files.length, 0);
  assert.equal(reads, 0);
  assert.equal(options.folder, 'ai/');
  assert.deepEqual(options.reserved, ['index.html']);
  assert.equal(reads, 1, 'read once, then kept');
});

test('what is no note (a tag plugin’s snippet) is not processed', () => {
  assert.equal(noteOptions(doc({ source: '' }), site), null);
  assert.equal(noteOptions(doc({ content: undefined }), site), null);
});

test('the downloads of every note and page, as routes', () => {
  const set = (docs: object[]) => ({ forEach: (fn: (d: object) => void) => docs.forEach(fn) });
  const routes = downloadRoutes([
    set([{ code_files: [{ path: 'ai/.env', text: 'A=1\n' }] }, {}]),
    set([{ code_files: [{ path: 'about/compose.yaml', text: 'services: {}\n' }] }]),
  ]);
  assert.deepEqual(routes, [
    { path: 'ai/.env', data: 'A=1\n' },
    { path: 'about/compose.yaml', data: 'services: {}\n' },
  ]);
});
