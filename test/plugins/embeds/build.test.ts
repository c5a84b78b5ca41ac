// A real build of a note that embeds players and media from other sites, as
// migrated notes do: links (drawn as link cards) with a warning naming the note;
// local media and the frames the site allows in csp.extra stay, under a policy
// that lets them load.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

const BODY = [
  '视频如下：',
  '',
  '<iframe src="//player.bilibili.com/player.html?aid=1&bvid=BV1GJ411x7h7&cid=2&page=1" scrolling="no" border="0" frameborder="no" framespacing="0" allowfullscreen="true"></iframe>',
  '',
  '{% iframe https://www.youtube.com/embed/BCfCdTp-fdM 100% 360 %}',
  '',
  '<iframe src="https://www.youtube-nocookie.com/embed/BCfCdTp-fdM" srcdoc="<script>alert(1)</script>" onload="alert(2)"></iframe>',
  '',
  '<video src="https://cdn.example.com/demo.mp4" controls></video>',
  '',
  '<video src="/videos/local.mp4" controls></video>',
  '',
  '```html',
  '<iframe src="https://www.youtube.com/embed/x"></iframe>',
  '```',
].join('\n');

const SOURCE = note({ title: 'embeds', id: 'embeds' }, BODY);

/** The 1-based line of the note's file that holds `text`. */
const lineOf = (text: string): number => SOURCE.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('a note with embedded players', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: { '_posts/embeds.md': SOURCE },
      config: { csp: { extra: { 'frame-src': ['https://www.youtube-nocookie.com'] } } },
    });
  });
  after(() => site?.remove());

  test('players and media from other sites are link cards to their pages, each warned with the note’s file and line', () => {
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    const $ = site.$('embeds/index.html');
    const cards = $('.note-body > a.link-card').map((_, el) => $(el).attr('href')).get();
    assert.deepEqual(cards, ['https://www.bilibili.com/video/BV1GJ411x7h7/', 'https://www.youtube.com/watch?v=BCfCdTp-fdM', 'https://cdn.example.com/demo.mp4']);
    const warnings = site.warnings.filter((w) => w.includes('source/_posts/embeds.md') && w.includes('is shown as a link'));
    assert.equal(warnings.length, 3, site.warnings.join('\n'));
    assert.match(warnings[0] ?? '', /<iframe> from player\.bilibili\.com is shown as a link to https:\/\/www\.bilibili\.com\/video\/BV1GJ411x7h7\/.*csp\.extra\.frame-src/);
    assert.match(warnings[2] ?? '', /<video> from cdn\.example\.com .*csp\.extra\.media-src/);
    // The frame written as HTML, the one from {% iframe %} and the video: each at the line of its address.
    assert.ok(warnings[0]?.includes(`embeds.md:${lineOf('player.bilibili.com')}:`), warnings[0]);
    assert.ok(warnings[1]?.includes(`embeds.md:${lineOf('{% iframe')}:`), warnings[1]);
    assert.ok(warnings[2]?.includes(`embeds.md:${lineOf('cdn.example.com')}:`), warnings[2]);
    assert.ok(!site.warnings.some((w) => w.includes('removed <iframe>')), site.warnings.join('\n'));
  });

  test('an allowed frame stays, cleaned, under a policy that allows it; local media and code stay as written', () => {
    const $ = site.$('embeds/index.html');
    const frames = $('.note-body iframe');
    assert.equal(frames.length, 1);
    assert.equal(frames.attr('src'), 'https://www.youtube-nocookie.com/embed/BCfCdTp-fdM');
    assert.equal(frames.attr('srcdoc'), undefined);
    assert.equal(frames.attr('onload'), undefined);
    assert.ok(site.warnings.some((w) => new RegExp(`embeds\\.md:${lineOf('srcdoc=')}: removed srcdoc=.* on <iframe>`).test(w)), site.warnings.join('\n'));
    const policy = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
    assert.match(policy, /frame-src 'self' https:\/\/www\.youtube-nocookie\.com(;|$)/);
    assert.equal($('.note-body video').attr('src'), '/videos/local.mp4');
    assert.match($('.note-body pre code').text(), /<iframe src="https:\/\/www\.youtube\.com\/embed\/x"><\/iframe>/);
  });
});
