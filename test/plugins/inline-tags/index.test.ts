// The inline tags are registered once every script has loaded, and only under free names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import register from '../../../plugins/inline-tags';
import { plainHexo } from '../../helpers/hexo';

const site = plainHexo();
/** A second Hexo, where a theme has its own {% anchor %}. */
const themed = plainHexo();

test('once Hexo is ready: label, button, btn and kbd render, a tag someone else registered stays theirs', async () => {
  site.hexo.extend.tag.register('kbd', (args: string[]) => `[key ${args.join(' ')}]`);
  register(site.hexo);
  site.hexo.emit('ready');
  const render = (text: string): PromiseLike<string> => (site.hexo.extend.tag as unknown as { render(s: string, o: object): PromiseLike<string> }).render(text, {});
  assert.equal(await render('{% label info@信息 %}'), '<mark class="note-label" data-kind="info">信息</mark>');
  assert.equal(await render('{% btn /a/, A %} {% button /b/, B %}'), '<a class="note-button" href="/a/">A</a> <a class="note-button" href="/b/">B</a>');
  assert.equal(await render('{% kbd Ctrl %}'), '[key Ctrl]');
});

test('Hexo’s own {% link %} (and its names a, anchor) is replaced by ours; one a theme registered stays the theme’s', async () => {
  const fresh = themed;
  fresh.hexo.extend.tag.register('anchor', (args: string[]) => `[theme ${args.join(' ')}]`);
  register(fresh.hexo);
  fresh.hexo.emit('ready');
  const render = (text: string): PromiseLike<string> => (fresh.hexo.extend.tag as unknown as { render(s: string, o: object): PromiseLike<string> }).render(text, {});
  assert.equal(await render('{% link 标题, https://x.example/ %}'), '<p><a href="https://x.example/">标题</a></p>');
  assert.equal(await render('{% a 文字 https://x.example/ %}'), '<a href="https://x.example/">文字</a>');
  assert.equal(await render('{% anchor 文字 https://x.example/ %}'), '[theme 文字 https://x.example/]');
});
