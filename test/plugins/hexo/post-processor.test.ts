// Hexo's post processor, found and wrapped on a real Hexo instance: a note whose
// front matter Hexo cannot read is tracked, and leaves the set once it reads.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Hexo from 'hexo';
import { findPostProcessor, trackUnreadNotes } from '../../../plugins/hexo/post-processor';
import { installed as installedVersion } from '../../../plugins/hexo/version';

const changed = `${installedVersion('hexo')} changed the post processor plugins/hexo/post-processor.ts wraps`;

describe('the post processor', () => {
  let dir: string;
  let hexo: Hexo;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notes-processor-'));
    fs.mkdirSync(path.join(dir, 'source', '_posts'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'source', '_posts', 'good.md'), '---\ntitle: Good\n---\n\nbody\n');
    fs.writeFileSync(path.join(dir, 'source', '_posts', 'bad.md'), '---\ntitle: Bad\ntags: [a\nno_toc: false\n---\n\nbody\n');
    hexo = new Hexo(dir, { silent: true });
    await hexo.init();
    // The site has no renderer package: notes must be renderable to be notes.
    hexo.extend.renderer.register('md', 'html', (data: { text?: string }) => data.text ?? '', true);
  });
  after(async () => {
    await hexo.exit();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('is found by what its pattern matches', () => {
    assert.ok(findPostProcessor(hexo), `${changed}: no processor matches _posts/note.md with a "published" param`);
  });

  test('a note Hexo cannot read is tracked; one it reads is not', async () => {
    const unread = trackUnreadNotes(hexo);
    await hexo.load();
    assert.deepEqual([...unread], ['_posts/bad.md'], `${changed}: the failing note was not seen`);
    const sources = hexo.model('Post').toArray().map((post) => (post as unknown as { source: string }).source);
    assert.deepEqual(sources, ['_posts/good.md'], `${changed}: the notes it read`);
  });

  test('a note that reads again leaves the set', async () => {
    const unread = trackUnreadNotes(hexo);
    fs.writeFileSync(path.join(dir, 'source', '_posts', 'bad.md'), '---\ntitle: Fixed\n---\n\nbody\n');
    await hexo.load();
    assert.deepEqual([...unread], [], `${changed}: the fixed note is still unread`);
  });
});
