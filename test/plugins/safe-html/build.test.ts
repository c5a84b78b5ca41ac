// A real Hexo build of a note full of script-capable URLs, written every way
// Markdown and raw HTML allow: none reaches any page or the feed, and none is a card.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isHostileUrl } from '../../../plugins/safe-html/sanitize';
import { buildSite, note, type Site } from '../../helpers/site';

const HOSTILE = `
[plain](javascript:alert(1))

[spaced](<  JaVaScRiPt:alert(2)>)

<!-- more -->

[vb](vbscript:msgbox(3))

[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)

[ref][r]

<a href="&#106;avascript:alert(5)">entity</a>

<a href=" java&#x09;script:alert(6)">tab</a>

<p><a href="JAVASCRIPT:alert(7)">raw</a></p>

项目地址：[label](javascript:alert(8))

[r]: javascript:alert(9)
`;

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('hostile URLs in a built site', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({ files: { '_posts/hostile.md': note({ title: 'Hostile', id: 'hostile' }, HOSTILE) } });
  });
  after(() => site.remove());

  test('builds with no error', () => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
  });

  test('no javascript:, vbscript: or data: URL reaches any href, and none is a card', () => {
    const $ = site.$('hostile/index.html');
    assert.equal($('a.link-card').length, 0);
    for (const text of ['plain', 'spaced', 'vb', 'data', 'ref', 'entity', 'tab', 'raw', 'label']) {
      assert.equal($('.note-body a').filter((_, a) => $(a).text() === text).length, 1, `${text} stays as text`);
    }
    for (const file of allFiles(site.publicDir).filter((f) => /\.(html|xml)$/.test(f))) {
      const text = fs.readFileSync(file, 'utf8');
      const page = site.$(path.relative(site.publicDir, file));
      page('[href], [src], [action], [formaction]').each((_, el) => {
        for (const name of ['href', 'src', 'action', 'formaction']) {
          const value = page(el).attr(name);
          if (value !== undefined) assert.equal(isHostileUrl(value, name === 'src'), false, `${file}: ${name}=${value}`);
        }
      });
      assert.doesNotMatch(text, /javascript:|vbscript:|data:text/i, file);
    }
    assert.ok(site.warnings.filter((w) => w.includes('hostile.md') && w.includes('removed')).length >= 9, site.warnings.join('\n'));
  });
});
