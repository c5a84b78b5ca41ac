// `more` is stored once: db.json leaves it out when it is the whole content, and
// Hexo's documents still read it, fresh or loaded from db.json.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { readMore, storedMore } from '../../../plugins/excerpt/stored-more';
import { buildSite, note, projectRoot, type Site } from '../../helpers/site';

test('more is left out only when it is the content itself', () => {
  assert.equal(storedMore('<p>a</p>', '<p>a</p>'), undefined);
  assert.equal(storedMore('<p>rest</p>', '<p>a</p><span id="more"></span><p>rest</p>'), '<p>rest</p>');
  assert.equal(storedMore('', ''), undefined);
  assert.equal(storedMore(undefined, '<p>a</p>'), undefined);
  assert.equal(readMore(undefined, '<p>a</p>'), '<p>a</p>');
  assert.equal(readMore('<p>rest</p>', '<p>a</p>'), '<p>rest</p>');
});

interface Stored {
  source: string;
  content: string;
  more?: string;
  excerpt?: string;
}

/** Each post's fields as Hexo's own documents give them after loading the site's db.json. */
async function loadedPosts(dir: string): Promise<Stored[]> {
  const script = `
    const Hexo = require(${JSON.stringify(path.join(projectRoot, 'node_modules', 'hexo'))});
    const hexo = new Hexo(process.cwd(), { silent: true });
    hexo.init().then(() => hexo.load()).then(() => {
      const posts = hexo.locals.get('posts').toArray().concat(hexo.locals.get('pages').toArray());
      process.stdout.write(JSON.stringify(posts.map((p) => ({ source: p.source, content: p.content, more: p.more, excerpt: p.excerpt }))));
      return hexo.exit();
    });`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as Stored[];
}

let site: Site;
before(async () => {
  site = await buildSite({
    files: {
      '_posts/whole.md': note({ title: '整篇', id: 'whole' }, '没有分隔的笔记。\n\n## 小节\n\n正文。'),
      '_posts/cut.md': note({ title: '分隔', id: 'cut' }, '摘要部分。\n\n<!-- more -->\n\n其余部分。'),
      'about/index.md': note({ title: '关于', layout: 'page' }, '页面。'),
    },
  });
});
after(() => site.remove());

test('db.json holds a note\'s HTML once unless <!-- more --> cut it', () => {
  assert.equal(site.code, 0, site.output);
  const db = JSON.parse(fs.readFileSync(path.join(site.dir, 'db.json'), 'utf8')) as { models: { Post: Stored[]; Page: Stored[] } };
  const bySource = new Map([...db.models.Post, ...db.models.Page].map((p) => [p.source, p]));
  assert.ok(bySource.get('_posts/whole.md')?.content.includes('没有分隔的笔记'));
  assert.equal(bySource.get('_posts/whole.md')?.more, undefined);
  assert.equal(bySource.get('about/index.md')?.more, undefined);
  assert.match(bySource.get('_posts/cut.md')?.more ?? '', /^<p>其余部分。<\/p>$/);
});

test('documents loaded from db.json read more as Hexo set it', async () => {
  const posts = new Map((await loadedPosts(site.dir)).map((p) => [p.source, p]));
  const whole = posts.get('_posts/whole.md');
  assert.ok(whole?.content.includes('小节'));
  assert.equal(whole?.more, whole?.content);
  assert.equal(whole?.excerpt, '');
  const page = posts.get('about/index.md');
  assert.equal(page?.more, page?.content);
  const cut = posts.get('_posts/cut.md');
  assert.equal(cut?.excerpt, '<p>摘要部分。</p>');
  assert.equal(cut?.more, '<p>其余部分。</p>');
  assert.match(cut?.content ?? '', /<span id="more"><\/span>/);
});
