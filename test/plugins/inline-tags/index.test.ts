// The inline tags are registered once every script has loaded, and only under free names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import register from '../../../plugins/inline-tags';
import { plainHexo } from '../../helpers/hexo';

const site = plainHexo();

test('once Hexo is ready: label, button, btn and kbd render, a tag someone else registered stays theirs', async () => {
  site.hexo.extend.tag.register('kbd', (args: string[]) => `[key ${args.join(' ')}]`);
  register(site.hexo);
  site.hexo.emit('ready');
  const render = (text: string): PromiseLike<string> => (site.hexo.extend.tag as unknown as { render(s: string, o: object): PromiseLike<string> }).render(text, {});
  assert.equal(await render('{% label info@信息 %}'), '<mark class="note-label" data-kind="info">信息</mark>');
  assert.equal(await render('{% btn /a/, A %} {% button /b/, B %}'), '<a class="note-button" href="/a/">A</a> <a class="note-button" href="/b/">B</a>');
  assert.equal(await render('{% kbd Ctrl %}'), '[key Ctrl]');
});
