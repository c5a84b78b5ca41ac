// Contact: Hexo's render_post filter (before_generate), registered from its own
// module and found by its function's name, and hexo.post.render on a document.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type Hexo from 'hexo';
import { hexoRenderPost, renderNote, replaceRenderPost } from '../../../plugins/hexo/render-post';
import { installed } from '../../../plugins/hexo/version';
import { plainHexo } from '../../helpers/hexo';

const hexoVersion = installed('hexo');
let site: Awaited<ReturnType<typeof plainHexo>>;
let hexo: Hexo;
before(async () => {
  site = await plainHexo();
  hexo = site.hexo;
});
after(() => site.remove());

test(`${hexoVersion}: render_post is registered for before_generate as renderPostFilter`, () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Hexo's own filter module, by its path in the package (the contact checked here)
  const own = require('hexo/dist/plugins/filter/before_generate/render_post') as unknown;
  assert.equal(hexoRenderPost(hexo), own, `${hexoVersion}: no before_generate filter named renderPostFilter is Hexo's render_post`);
});

test('replaceRenderPost puts ours in its place', async () => {
  let ran = 0;
  replaceRenderPost(hexo, () => Promise.resolve(void ran++), 10);
  assert.equal(hexoRenderPost(hexo), null);
  await hexo.execFilter('before_generate', null, { context: hexo });
  assert.equal(ran, 1);
  assert.throws(() => replaceRenderPost(hexo, () => Promise.resolve(), 10), new RegExp(`${hexoVersion.replace(/\./g, '\\.')}: its render_post filter`));
});

test('renderNote renders a document in place', async () => {
  hexo.extend.renderer.register('md', 'html', (data: { text?: string }) => `<p>${(data.text ?? '').trim()}</p>`, true);
  const note = { source: '_posts/a.md', full_source: `${site.dir}/source/_posts/a.md`, content: '*hi*', _content: '*hi*' };
  await renderNote(hexo, note);
  assert.equal(note.content, '<p>*hi*</p>', `${hexoVersion}: hexo.post.render did not render the document's content in place`);
});
