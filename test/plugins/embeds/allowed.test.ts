// CSP source expressions, as browsers match them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedBy } from '../../../plugins/embeds/allowed';

const allowed = (url: string, ...sources: string[]): boolean => allowedBy(new URL(url), sources);

test('hosts with and without a scheme, subdomain wildcards, ports, paths, schemes and *', () => {
  assert.equal(allowed('https://www.youtube-nocookie.com/embed/x', 'https://www.youtube-nocookie.com'), true);
  assert.equal(allowed('https://www.youtube-nocookie.com/embed/x', 'www.youtube-nocookie.com'), true);
  assert.equal(allowed('http://www.youtube-nocookie.com/embed/x', 'https://www.youtube-nocookie.com'), false);
  assert.equal(allowed('https://youtube-nocookie.com/embed/x', 'https://www.youtube-nocookie.com'), false);
  assert.equal(allowed('https://player.bilibili.com/p', 'https://*.bilibili.com'), true);
  assert.equal(allowed('https://bilibili.com/p', 'https://*.bilibili.com'), false);
  assert.equal(allowed('https://evilbilibili.com/p', 'https://*.bilibili.com'), false);
  assert.equal(allowed('https://a.com:8443/x', 'https://a.com'), false);
  assert.equal(allowed('https://a.com:8443/x', 'https://a.com:8443'), true);
  assert.equal(allowed('https://a.com/embed/x', 'https://a.com/embed/'), true);
  assert.equal(allowed('https://a.com/other/x', 'https://a.com/embed/'), false);
  assert.equal(allowed('https://a.com/x', 'https:'), true);
  assert.equal(allowed('https://a.com/x', '*'), true);
  assert.equal(allowed('https://a.com/x', "'self'", "'none'"), false);
  assert.equal(allowed('https://a.com/x'), false);
});
