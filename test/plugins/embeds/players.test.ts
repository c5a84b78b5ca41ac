// The page a player belongs to.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { playerPage } from '../../../plugins/embeds/players';

const page = (src: string): string => playerPage(new URL(src));

test('known players link to the video’s page', () => {
  assert.equal(page('https://www.youtube.com/embed/BCfCdTp-fdM?start=30'), 'https://www.youtube.com/watch?v=BCfCdTp-fdM');
  assert.equal(page('https://www.youtube-nocookie.com/embed/BCfCdTp-fdM'), 'https://www.youtube.com/watch?v=BCfCdTp-fdM');
  assert.equal(page('https://www.youtube.com/embed/videoseries?list=PLx1'), 'https://www.youtube.com/playlist?list=PLx1');
  assert.equal(page('https://player.bilibili.com/player.html?aid=1&bvid=BV1GJ411x7h7&cid=2&page=1'), 'https://www.bilibili.com/video/BV1GJ411x7h7/');
  assert.equal(page('https://player.bilibili.com/player.html?aid=170001&page=3'), 'https://www.bilibili.com/video/av170001/?p=3');
  assert.equal(page('https://player.vimeo.com/video/82090131?h=1'), 'https://vimeo.com/82090131');
  assert.equal(page('https://music.163.com/outchain/player?type=2&id=1974443814&auto=0&height=66'), 'https://music.163.com/#/song?id=1974443814');
  assert.equal(page('https://music.163.com/outchain/player?type=0&id=12'), 'https://music.163.com/#/playlist?id=12');
  assert.equal(page('https://v.qq.com/txp/iframe/player.html?vid=x0033abc'), 'https://v.qq.com/x/page/x0033abc.html');
});

test('a player whose address says no video, and any other frame, link to the address itself', () => {
  assert.equal(page('https://player.bilibili.com/player.html?bvid=<x>'), 'https://player.bilibili.com/player.html?bvid=%3Cx%3E');
  assert.equal(page('https://www.youtube.com/embed/'), 'https://www.youtube.com/embed/');
  assert.equal(page('https://codepen.io/a/embed/b'), 'https://codepen.io/a/embed/b');
});
