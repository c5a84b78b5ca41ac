// One note that cannot render never takes the site down: it is named with its
// file and line, `npm run build` fails, and every other note is still written.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';
import { npmBuild } from '../../helpers/build';

describe('a note whose {{ }} is not a tag plugin', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/helm.md': note({ title: 'Helm', id: 'helm' }, 'Intro\n\nSet {{ .Values.image }} and {% if x %} here.\n\n```yaml\nimage: {{ .Values.image }}\n```'),
        '_posts/links.md': note({ title: 'Links', id: 'links' }, 'See {% post_link helm %}.'),
        '_posts/mixed.md': note({ title: 'Mixed', id: 'mixed' }, 'See {% post_link helm %} and {% gallery 相册 %}.\n\n{% blockquote 鲁迅 %}\n引用的话\n{% endblockquote %}'),
      },
    });
  });
  after(() => site.remove());

  test('the build succeeds with a warning naming file and line', () => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
    const warning = site.warnings.find((w) => w.includes('helm.md'));
    assert.ok(warning, site.output);
    assert.match(warning, /source\/_posts\/helm\.md:10: "\{\{ \.Values\.image \}\}" is not a tag plugin/);
  });

  test('the note shows its text as written', () => {
    const $ = site.$('helm/index.html');
    assert.match($('.note-body p').eq(1).text(), /Set \{\{ \.Values\.image \}\} and \{% if x %\} here\./);
    assert.match($('.note-body pre code').text(), /image: \{\{ \.Values\.image \}\}/);
  });

  test('other notes still go through Nunjucks', () => {
    assert.equal(site.$('links/index.html')('.note-body a[href="/helm/"]').length, 1);
  });

  test('beside another theme’s tag, the note’s own tag plugins still render', () => {
    const $ = site.$('mixed/index.html');
    assert.equal($('.note-body a[href="/helm/"]').length, 1);
    assert.match($('.note-body p').first().text(), /and \{% gallery 相册 %\}\./);
    assert.equal($('.note-body blockquote footer').text(), '鲁迅');
    assert.ok(site.warnings.some((w) => /mixed\.md:\d+: "\{% gallery 相册 %\}" is not a tag plugin; shown as written/.test(w)), site.warnings.join('\n'));
  });
});

describe('a site with one broken note', () => {
  let dir: string;
  let result: { code: number; output: string };
  before(async () => {
    const s = await buildSite({
      files: {
        '_posts/good.md': note({ title: 'Good', id: 'good' }, 'fine'),
        // A block tag never closed: Nunjucks cannot render the note at all.
        '_posts/broken.md': note({ title: 'Broken', id: 'broken' }, 'one\n\ntwo {% codeblock %}'),
        '_posts/also-good.md': note({ title: 'Also good', id: 'also-good' }, 'fine too'),
      },
    });
    dir = s.dir;
    fs.rmSync(path.join(dir, 'public'), { recursive: true, force: true });
    fs.rmSync(path.join(dir, 'db.json'), { force: true });
    result = await npmBuild(dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('npm run build exits non-zero and names the note with its line', () => {
    assert.notEqual(result.code, 0, result.output);
    assert.match(result.output, /The build logged 1 error\(s\):\n {2}ERROR source\/_posts\/broken\.md:10: failed to render: \{% codeblock %\}: unexpected end of file/);
  });

  test('every other note is still written', () => {
    for (const id of ['good', 'also-good']) assert.ok(fs.existsSync(path.join(dir, 'public', id, 'index.html')), id);
    assert.match(fs.readFileSync(path.join(dir, 'public/index.html'), 'utf8'), /href="\/good\/"/);
  });

  test('a second build from the cache still fails on it', async () => {
    const again = await npmBuild(dir);
    assert.notEqual(again.code, 0);
    assert.match(again.output, /ERROR source\/_posts\/broken\.md:10/);
  });
});

test('a note that is not UTF-8: a clear error naming the file, the rest builds', async () => {
  // Latin-1: é is the single byte 0xE9.
  const latin1 = Buffer.from(note({ title: 'Latin', id: 'latin' }, 'café au lait'), 'latin1');
  const site = await buildSite({ files: { '_posts/latin.md': latin1, '_posts/ok.md': note({ title: 'Ok', id: 'ok' }, 'ok') } });
  try {
    assert.deepEqual(
      site.errors.filter((e) => e.includes('latin.md')),
      ['ERROR source/_posts/latin.md:8: the file is not UTF-8 text; save it as UTF-8'],
    );
    assert.ok(site.exists('ok/index.html'));
  } finally {
    site.remove();
  }
});

describe("Hexo's asset tags", () => {
  let site: Site;
  const body = '{% asset_img diagram.png 架构图 %}\n\n{% asset_img missing.png 缺的图 %}\n\n{% asset_link notes.txt 附件 %}\n';
  before(async () => {
    site = await buildSite({
      config: { post_asset_folder: true },
      files: {
        '_posts/assets.md': note({ title: 'Assets', id: 'assets' }, body),
        // A 1×1 PNG.
        '_posts/assets/diagram.png': Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
      },
    });
  });
  after(() => site.remove());

  test('an asset the note has renders; a missing one warns with file, line and where it was looked for', () => {
    assert.deepEqual(site.errors, []);
    // Hexo's asset_img writes its text as the title; the image gets it as its alt too.
    assert.equal(site.$('assets/index.html')('article.note img[src="/assets/diagram.png"][alt="架构图"]').length, 1);
    const warned = site.warnings.filter((w) => w.includes('the note has no asset'));
    assert.deepEqual(
      warned.map((w) => w.replace(/^WARN\s+/, '')),
      [
        'source/_posts/assets.md:10: {% asset_img missing.png %}: the note has no asset "missing.png" (no such file in source/_posts/assets/); Hexo renders nothing for it',
        'source/_posts/assets.md:12: {% asset_link notes.txt %}: the note has no asset "notes.txt" (no such file in source/_posts/assets/); Hexo renders nothing for it',
      ],
    );
  });
});

describe('{% include_code %}', () => {
  const gone = note({ title: 'gone', id: 'gone' }, '前文\n\n{% include_code lang:js from:2 to:3 missing.js %}\n\n{% include_code demo.py %}');
  const lineOf = (text: string): number => gone.split('\n').findIndex((line) => line.includes(text)) + 1;
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        // Several notes, so that a note would render before the code file if they raced.
        ...Object.fromEntries(['a', 'b', 'c'].map((id) => [`_posts/${id}.md`, note({ title: id, id }, `正文 ${id}\n\n{% include_code 示例 lang:js demo.js %}`)])),
        '_posts/gone.md': gone,
        'downloads/code/demo.js': 'console.log("included demo");\n',
        'downloads/code/demo.py': 'print("not a page")\n',
      },
    });
  });
  after(() => site.remove());

  test('a page under code_dir is included in every note that names it (code files render first); a missing file or one Hexo cannot include warns at its line', () => {
    assert.deepEqual(site.errors, []);
    for (const id of ['a', 'b', 'c']) {
      const code = site.$(`${id}/index.html`)('article.note figure.code-block');
      assert.match(code.find('code').text(), /console\.log\("included demo"\)/, id);
      assert.equal(code.find('.code-caption a').attr('href'), '/downloads/code/demo.js', id);
    }
    const warned = site.warnings.filter((w) => w.includes('include_code')).map((w) => w.replace(/^WARN\s+/, ''));
    assert.deepEqual(warned, [
      `source/_posts/gone.md:${lineOf('missing.js')}: {% include_code missing.js %}: there is no source/downloads/code/missing.js; Hexo renders nothing for it (a fenced code block in the note shows it)`,
      `source/_posts/gone.md:${lineOf('demo.py')}: {% include_code demo.py %}: Hexo includes only the files it renders as pages (such as .js, .css, .html), and source/downloads/code/demo.py is copied as it is; Hexo renders nothing for it (a fenced code block in the note shows it)`,
    ]);
  });
});

describe('post links to notes that do not exist', () => {
  const body = '前文 {% post_link renamed-note 旧笔记 %} 与 <a href="{% post_path gone-note %}">路径</a>，{% post_link here %} 还在。\n\n```js\nconsole.log(1)\n```';
  const source = note({ title: 'links', id: 'dead-links' }, body);
  const line = source.split('\n').findIndex((l) => l.includes('renamed-note')) + 1;
  let site: Site;
  let strict: Site;
  before(async () => {
    const files = { '_posts/dead-links.md': source, '_posts/here.md': note({ title: '在这里', id: 'here' }, '正文') };
    site = await buildSite({ files });
    strict = await buildSite({ files, config: { links: { strict: true } } });
  });
  after(() => {
    site.remove();
    strict.remove();
  });

  test('each is a dead link warned at its line; the rest of the note renders, its other post link too', () => {
    assert.deepEqual(site.errors, []);
    const warned = site.warnings.filter((w) => w.includes('no note has that file name')).map((w) => w.replace(/^WARN\s+/, ''));
    assert.deepEqual(warned, [
      `source/_posts/dead-links.md:${line}: {% post_link renamed-note %}: no note has that file name or title, so it links nowhere; its text is shown`,
      `source/_posts/dead-links.md:${line}: {% post_path gone-note %}: no note has that file name or title, so it links nowhere; it gives no address`,
    ]);
    const $ = site.$('dead-links/index.html');
    assert.match($('article.note .note-body p').first().text(), /前文 旧笔记 与 路径，在这里 还在。/);
    assert.equal($('article.note .note-body a[href="/here/"]').length, 1);
    assert.equal($('article.note figure.code-block').length, 1);
  });

  test('with links.strict they are errors, as dead links are', () => {
    assert.equal(strict.errors.filter((e) => e.includes('no note has that file name')).length, 2, strict.output);
  });
});

describe('links and images addressed by a tag, as Hexo’s documentation writes them', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      config: { post_asset_folder: true },
      files: {
        '_posts/linking.md': note({ title: 'linking', id: 'linking' }, '见 [那篇 **笔记**]({% post_path target %}) 与 ![图]({% asset_path dot.png %})。\n\n```md\n[围栏里]({% post_path target %})\n```'),
        // A 1×1 PNG.
        '_posts/linking/dot.png': Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
        '_posts/target.md': note({ title: '目标', id: 'target' }, '正文'),
      },
    });
  });
  after(() => site.remove());

  test('they reach the note and the asset (Hexo alone writes a link to "!--swig￼0--"); in a fence they stay code', () => {
    assert.deepEqual(site.errors, []);
    assert.deepEqual(site.warnings.filter((w) => w.includes('linking.md')), []);
    const $ = site.$('linking/index.html');
    const link = $('.note-body a[href="/target/"]');
    assert.equal(link.length, 1);
    assert.equal(link.find('strong').text(), '笔记');
    assert.equal($('.note-body img[alt="图"]').attr('src'), '/linking/dot.png');
    assert.match($('.note-body figure.code-block code').text(), /\[围栏里\]\(\{% post_path target %\}\)/);
    assert.doesNotMatch(site.read('linking/index.html'), /swig/);
  });
});
