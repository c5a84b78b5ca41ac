// Images of the site's own source in real builds: asset folders ({% asset_img %},
// ./x.png), a page's folder, a missing or broken image (a warning with file:line,
// the rest renders), WebP copies made once and kept, a changed image or store
// entry seen without `hexo clean`, captions with caption_from_alt off.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { makeSite, note, openSite, runHexo, type Site } from '../../helpers/site';

const png = (width: number, height: number): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 60, b: 30, alpha: 0.5 } } }).png().toBuffer();

describe('images of the site itself', () => {
  let dir: string;
  let site: Site;
  let wide: Buffer;

  before(async () => {
    wide = await png(1000, 500);
    dir = makeSite({
      config: { post_asset_folder: true },
      files: {
        '_posts/trip.md': note({ title: 'Trip', id: 'trip' }, [
          '{% asset_img photo.png 图 1：旅途 %}',
          '![相对路径](./photo.png)',
          'Between them ![inline](photo.png) in a sentence.',
          '![](/images/wide.png)',
          '![丢失的图](./nope.png)',
          '![broken](/images/broken.png)',
          'The rest of the note still renders.',
          '![主题自带的图](/images/og-default.png)',
          '![没有地址]()',
          '```md\n![]()\n```',
          '{% img left %}',
          '<img src="">',
          // Pasted from Zhihu: an SVG placeholder (safe-html removes it) and the real address in data-original.
          `<img src="data:image/svg+xml;utf8,&lt;svg xmlns='http://www.w3.org/2000/svg'&gt;&lt;/svg&gt;" data-original="/images/wide.png" class="lazy">`,
        ].join('\n\n')),
        '_posts/trip/photo.png': await png(120, 80),
        'images/wide.png': wide,
        'images/broken.png': 'not an image at all',
        'about/index.md': '---\ntitle: About\nlayout: page\n---\n\n![图 3：页面里的图](me.png)\n',
        'about/me.png': await png(64, 48),
      },
    });
    site = openSite(dir, await runHexo(dir, ['generate']));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('asset folder images resolve ({% asset_img %}, ./x.png, x.png) with their sizes and figures', () => {
    assert.deepEqual(site.errors, []);
    const $ = site.$('trip/index.html');
    const imgs = $('.note-body img').toArray().slice(0, 3).map((el) => [$(el).attr('src'), $(el).attr('width'), $(el).attr('height')]);
    assert.deepEqual(imgs, [['/trip/photo.png', '120', '80'], ['/trip/photo.png', '120', '80'], ['/trip/photo.png', '120', '80']]);
    assert.ok(site.exists('trip/photo.png'));
    const captions = $('figure.note-figure figcaption').toArray().map((el) => $(el).text());
    assert.deepEqual(captions.slice(0, 2), ['图 1：旅途', '相对路径']);
    assert.equal($('img[alt="inline"]').closest('figure').length, 0, 'an image inside a sentence stays inline');
  });

  test("a page's own folder image resolves too", () => {
    const img = site.$('about/index.html')('.note-body img');
    assert.deepEqual([img.attr('src'), img.attr('width'), img.attr('height')], ['/about/me.png', '64', '48']);
    assert.equal(site.$('about/index.html')('figcaption').text(), '图 3：页面里的图');
  });

  test('a missing or unreadable image is a warning with file:line, and the rest of the note renders', () => {
    const warnings = site.warnings.filter((w) => w.includes('trip.md'));
    assert.ok(warnings.some((w) => /source\/_posts\/trip\.md:16: image \.\/nope\.png: no such file in source\/ or the theme's source\//.test(w)), warnings.join('\n'));
    assert.ok(warnings.some((w) => /source\/_posts\/trip\.md:18: image \/images\/broken\.png: source\/images\/broken\.png is not an image/.test(w)), warnings.join('\n'));
    const $ = site.$('trip/index.html');
    assert.equal($('img[alt="丢失的图"]').attr('width'), undefined);
    assert.match($('.note-body').text(), /The rest of the note still renders\./);
  });

  test('an image with no address warns at its line (one in a fence is no image) and is its alt text, or nothing; a lazy-loader\'s real address is used', () => {
    const warnings = site.warnings.filter((w) => w.includes('no address'));
    assert.deepEqual(warnings.map((w) => /trip\.md:(\d+):/.exec(w)?.[1]), ['24', '30', '32'], warnings.join('\n'));
    assert.match(warnings[0] ?? '', /its alt text "没有地址" shown instead/);
    const $ = site.$('trip/index.html');
    assert.equal($('.note-body img:not([src]), .note-body img[src=""]').length, 0);
    assert.ok($('.note-body p').toArray().some((p) => $(p).text() === '没有地址'));
    assert.equal($('.note-body pre').text().trim(), '![]()');
    const pasted = $('.note-body img.lazy');
    assert.deepEqual([pasted.attr('src'), pasted.attr('data-original')], ['/images/wide.png', undefined]);
  });

  test("an image of the theme's source/ (published at the same path) is found and sized, with no warning", () => {
    const img = site.$('trip/index.html')('img[alt="主题自带的图"]');
    assert.equal(img.attr('src'), '/images/og-default.png');
    assert.match(img.attr('width') ?? '', /^\d+$/);
    assert.match(img.attr('height') ?? '', /^\d+$/);
    assert.ok(!site.warnings.some((w) => w.includes('og-default')), site.warnings.join('\n'));
  });

  test('a wide local image gets a WebP copy in a <picture>, the original as fallback', () => {
    const $ = site.$('trip/index.html');
    const img = $('img[src="/images/wide.png"]');
    assert.equal(img.parent().prop('tagName'), 'PICTURE');
    const srcset = img.parent().find('source[type="image/webp"]').attr('srcset') ?? '';
    assert.match(srcset, /^\/images\/webp\/[0-9a-f]{16}\.webp$/);
    assert.equal(fs.readFileSync(path.join(site.publicDir, srcset)).subarray(8, 12).toString('latin1'), 'WEBP');
    assert.ok(site.exists('images/wide.png'));
  });

  test('a second build reuses the WebP copies; a changed image is seen without hexo clean', async () => {
    const cache = path.join(dir, '.cache/images');
    const [copy] = fs.readdirSync(cache);
    const before = fs.statSync(path.join(cache, copy ?? '')).mtimeMs;
    const again = openSite(dir, await runHexo(dir, ['generate']));
    assert.deepEqual(again.errors, []);
    assert.equal(fs.statSync(path.join(cache, copy ?? '')).mtimeMs, before, 'the copy is not made again');
    fs.writeFileSync(path.join(dir, 'source/_posts/trip/photo.png'), await png(90, 30));
    const changed = openSite(dir, await runHexo(dir, ['generate']));
    const $ = changed.$('trip/index.html');
    assert.deepEqual([$('.note-body img').first().attr('width'), $('.note-body img').first().attr('height')], ['90', '30']);
  });

  test('a store entry added or broken by hand is seen without hexo clean', async () => {
    fs.mkdirSync(path.join(dir, 'source/images/remote'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'source/images/remote/x.png'), await png(10, 20));
    const md = path.join(dir, 'source/_posts/trip.md');
    fs.appendFileSync(md, '\n![remote](https://img.example/x.png)\n\n![gone](https://img.example/gone.png)\n');
    fs.mkdirSync(path.join(dir, 'source/_data'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'source/_data/images.yml'), [
      'https://img.example/x.png: { path: /images/remote/x.png, width: 10, height: 20, type: png, bytes: 9, fetched: 2024-01-02 }',
      'https://img.example/gone.png: { path: /images/remote/gone.png, width: 1, height: 1, type: png }',
    ].join('\n'));
    const built = openSite(dir, await runHexo(dir, ['generate']));
    assert.deepEqual(built.errors, []);
    const $ = built.$('trip/index.html');
    assert.deepEqual([$('img[alt="remote"]').attr('src'), $('img[alt="remote"]').attr('width')], ['/images/remote/x.png', '10']);
    assert.equal($('img[alt="gone"]').attr('src'), 'https://img.example/gone.png');
    assert.ok(built.warnings.some((w) => /source\/_data\/images\.yml: https:\/\/img\.example\/gone\.png: \/images\/remote\/gone\.png is missing/.test(w)), built.warnings.join('\n'));
    assert.ok(built.warnings.some((w) => /images: 1 remote image\(s\) are not in/.test(w)));
  });
});

test('with images.caption_from_alt: false only alt text that reads as a caption becomes one', async () => {
  const dir = makeSite({
    config: { images: { caption_from_alt: false } },
    files: {
      '_posts/c.md': note({ title: 'C', id: 'c' }, '![图 2：流程](/images/a.png)\n\n![just a description](/images/a.png)\n\n![](/images/a.png "Title caption")\n\n![](/images/a.png)'),
      'images/a.png': await png(20, 10),
    },
  });
  try {
    const site = openSite(dir, await runHexo(dir, ['generate']));
    assert.deepEqual(site.errors, []);
    const $ = site.$('c/index.html');
    assert.equal($('figure.note-figure').length, 4);
    assert.deepEqual($('figcaption').toArray().map((el) => $(el).text()), ['图 2：流程', 'Title caption']);
    const fragments = fs.readdirSync(path.join(site.publicDir, 'search-index')).filter((f) => f.startsWith('f'));
    const text = fragments.map((f) => site.read(`search-index/${f}`)).join('');
    assert.match(text, /图 2：流程/, 'search reads the caption');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
