// Shortcodes in real builds: emoji in the page, its search text and its title
// line; `emoji: false` leaves them as written.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

const BODY = '部署完成 :tada:，见 `:tada:`。\n\n## 检查 :white_check_mark:\n\n> [!TIP]\n> 提示 :bulb:\n\n正文[^1]\n\n[^1]: 脚注 :memo:';

let on: Site;
let off: Site;
before(async () => {
  on = await buildSite({ files: { '_posts/emoji.md': note({ title: '表情', id: 'emoji' }, BODY) } });
  off = await buildSite({ config: { emoji: false }, files: { '_posts/emoji.md': note({ title: '表情', id: 'emoji' }, BODY) } });
});
after(() => {
  on.remove();
  off.remove();
});

test('shortcodes are emoji in prose, headings, callouts and footnotes; code keeps them', () => {
  assert.deepEqual(on.errors, []);
  const $ = on.$('emoji/index.html');
  const body = $('.note-body');
  assert.match(body.find('p').first().text(), /部署完成 🎉，见 :tada:。/);
  assert.equal(body.find('p code').text(), ':tada:');
  assert.match(body.find('h2').text(), /检查 ✅/);
  assert.match(body.find('.callout').text(), /提示 💡/);
  // marked-footnote keeps the definitions' tokens apart, in its own token.
  assert.match(body.find('.footnotes').text(), /脚注 📝/);
});

test('with emoji: false they stay as written', () => {
  assert.deepEqual(off.errors, []);
  const body = off.$('emoji/index.html')('.note-body');
  assert.match(body.text(), /部署完成 :tada:/);
  assert.match(body.find('h2').text(), /:white_check_mark:/);
});
