// The one-line callout tags are registered once every script has loaded, and only under free names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import register from '../../../plugins/callouts';
import registerPostDom from '../../../plugins/post-dom';
import { plainHexo } from '../../helpers/hexo';

const site = plainHexo();

test('once Hexo is ready: note and hideToggle draw callouts, a fold someone else registered stays theirs', async () => {
  // The body goes through the site's Markdown renderer.
  site.hexo.extend.renderer.register('markdown', 'html', (data: { text?: string }) => `<p>${data.text ?? ''}</p>`, true);
  site.hexo.extend.tag.register('fold', (_args: string[], content: string) => `[fold ${content}]`, { ends: true });
  // As plugins/index.ts does: callouts add a post-dom reader (has_theme_blocks).
  registerPostDom(site.hexo);
  register(site.hexo);
  site.hexo.emit('ready');
  const render = (text: string): PromiseLike<string> => (site.hexo.extend.tag as unknown as { render(s: string, o: object): PromiseLike<string> }).render(text, {});
  assert.match(await render('{% note danger %}小心{% endnote %}'), /^<aside class="callout" data-kind="danger" role="note">.*<p>小心<\/p><\/aside>$/s);
  assert.match(await render('{% hideToggle 标题 %}内容{% endhideToggle %}'), /^<details class="callout" data-kind="details"><summary>标题<\/summary><p>内容<\/p><\/details>$/);
  assert.equal(await render('{% fold 标题 %}内容{% endfold %}'), '[fold 内容]');
});
