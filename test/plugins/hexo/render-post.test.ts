// Contact: Hexo's render_post filter (before_generate), registered from its own
// module and found by its function's name, and hexo.post.render on a document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hexoRenderPost, renderNote, replaceRenderPost } from '../../../plugins/hexo/render-post';
import { installed } from '../../../plugins/hexo/version';
import { literally, plainHexo } from '../../helpers/hexo';

const hexoVersion = installed('hexo');
const site = plainHexo();

test(`${hexoVersion}: render_post is registered for before_generate as renderPostFilter`, () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Hexo's own filter module, by its path in the package (the contact checked here)
  const own = require('hexo/dist/plugins/filter/before_generate/render_post') as unknown;
  assert.equal(hexoRenderPost(site.hexo), own, `${hexoVersion}: no before_generate filter named renderPostFilter is Hexo's render_post`);
});

test('replaceRenderPost puts ours in its place', async () => {
  let ran = 0;
  replaceRenderPost(site.hexo, () => Promise.resolve(void ran++), 10);
  assert.equal(hexoRenderPost(site.hexo), null);
  await site.hexo.execFilter('before_generate', null, { context: site.hexo });
  assert.equal(ran, 1);
  assert.throws(() => replaceRenderPost(site.hexo, () => Promise.resolve(), 10), new RegExp(`${literally(hexoVersion)}: its render_post filter`));
});

test('renderNote renders a document in place', async () => {
  site.hexo.extend.renderer.register('md', 'html', (data: { text?: string }) => `<p>${(data.text ?? '').trim()}</p>`, true);
  const note = { source: '_posts/a.md', full_source: `${site.dir}/source/_posts/a.md`, content: '*hi*', _content: '*hi*' };
  await renderNote(site.hexo, note);
  assert.equal(note.content, '<p>*hi*</p>', `${hexoVersion}: hexo.post.render did not render the document's content in place`);
});
