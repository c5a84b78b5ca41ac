// Real Hexo builds: the seed note's compose and .env blocks, and fixture notes for
// every bad-input case. Downloads are compared byte for byte with the blocks.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serveStatic } from '../../../../tools/chromium';
import { buildSite, note, projectRoot, type Site } from '../../../helpers/site';

/** The blocks of a language in a Markdown text, as the files they stand for. */
function blocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1] ?? '');
}

describe('the seed note', () => {
  let site: Site;
  const seed = fs.readFileSync(path.join(projectRoot, 'source/_posts/ai.md'), 'utf8');

  before(async () => {
    site = await buildSite({ projectSource: true });
  });
  after(() => site?.remove());

  test('builds without errors or warnings about its blocks', () => {
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    assert.deepEqual(site.warnings.filter((w) => w.includes('ai.md')), []);
  });

  test('two compose blocks with service summaries and linked ports', () => {
    const $ = site.$('ai/index.html');
    const compose = $('article.note figure.code-file[data-kind="compose"]');
    assert.equal(compose.length, 2);
    assert.deepEqual(compose.map((_, f) => $(f).attr('data-filename')).get(), ['docker-compose.yaml', 'docker-compose.yaml']);
    assert.equal(compose.eq(0).find('tr[data-service="openhands"] .compose-ports a').attr('href'), 'http://localhost:3000');
    assert.equal(compose.eq(0).find('tr[data-service="openhands"] .compose-ports a').text(), '3000 → 3000');
    assert.equal(compose.eq(0).find('tr[data-service="openhands"] .compose-image').text(), 'ghcr.io/all-hands-ai/openhands:0.11');
    assert.equal(compose.eq(1).find('tr[data-service="maxkb"] .compose-ports a').attr('href'), 'http://localhost:8080');
    assert.equal(compose.eq(0).find('.code-kind').text(), 'Docker Compose');
    assert.equal(compose.eq(0).find('.compose-run code').text(), 'docker compose up -d');
    // The variables are defined by the note's .env block.
    const vars = compose.eq(0).find('tr[data-var]');
    assert.deepEqual(vars.map((_, r) => $(r).attr('data-var')).get().sort(), ['UID', 'WORKSPACE_BASE']);
    assert.deepEqual(vars.map((_, r) => $(r).find('[data-defined]').attr('data-defined')).get(), ['true', 'true']);
  });

  test('the .env block: highlighted, both keys marked as used by the OpenHands compose block', () => {
    const $ = site.$('ai/index.html');
    const env = $('figure.code-file[data-kind="env"]');
    assert.equal(env.length, 1);
    assert.equal(env.attr('data-filename'), '.env');
    assert.deepEqual(env.find('pre code .hljs-attr').map((_, el) => $(el).text()).get(), ['WORKSPACE_BASE', 'UID']);
    const rows = env.find('tr[data-key]');
    assert.deepEqual(rows.map((_, r) => $(r).attr('data-key')).get(), ['WORKSPACE_BASE', 'UID']);
    assert.deepEqual(rows.map((_, r) => $(r).attr('data-used')).get(), ['true', 'true']);
    const openhands = $('figure.code-file[data-kind="compose"]').first().attr('id') ?? '';
    assert.deepEqual(rows.map((_, r) => $(r).find('.env-used a').attr('href')).get(), [`#${openhands}`, `#${openhands}`]);
    assert.match(rows.first().find('.env-used').text(), /openhands/);
  });

  test('downloads are the exact block text, on disk and over HTTP', async () => {
    const $ = site.$('ai/index.html');
    const expected = [...blocks(seed, 'yaml'), ...blocks(seed, 'env')];
    const links = [
      ...$('figure.code-file[data-kind="compose"] a.code-download').map((_, a) => $(a).attr('href')).get(),
      $('figure.code-file[data-kind="env"] a.code-download').attr('href') ?? '',
    ];
    assert.deepEqual(links, ['/ai/docker-compose.yaml', '/ai/docker-compose-2.yaml', '/ai/dot.env']);
    assert.deepEqual(
      $('figure.code-file a.code-download').map((_, a) => $(a).attr('download')).get(),
      ['docker-compose.yaml', '.env', 'docker-compose.yaml'],
    );
    const server = await serveStatic(site.publicDir);
    try {
      for (const [i, href] of links.entries()) {
        assert.ok(expected[i]?.includes('services:') || expected[i]?.includes('WORKSPACE_BASE='));
        assert.equal(fs.readFileSync(path.join(site.publicDir, href)).toString('utf8'), expected[i]);
        const response = await fetch(server.url + href);
        assert.equal(response.status, 200);
        assert.equal(await response.text(), expected[i]);
      }
    } finally {
      await server.close();
    }
    // The copy button copies the `pre code` lines and the file's final newline (data-final-newline): the same bytes.
    const first = $('figure.code-file').first();
    assert.equal(first.attr('data-final-newline'), '');
    assert.equal(`${first.find('pre code').text()}\n`, expected[0]);
  });

  test('a second generate from the cache (db.json) still publishes the files', async () => {
    fs.rmSync(site.publicDir, { recursive: true });
    const again = await site.hexo('generate');
    assert.equal(again.code, 0);
    assert.equal(site.read('ai/dot.env'), blocks(seed, 'env')[0]);
    assert.equal(site.$('ai/index.html')('figure.code-file').length, 3);
  });
});

const EVIL = '</code></pre><script>alert(1)</script>';

describe('fixture notes', () => {
  let site: Site;

  before(async () => {
    site = await buildSite({
      files: {
        '_posts/bad-yaml.md': note(
          { title: 'bad yaml', id: 'bad-yaml' },
          '用如下 `docker-compose.yaml` 运行：\n\n```yaml\nservices:\n  web:\n    image: nginx\n     ports: ["80:80"]\n```\n\n后面的内容照常。\n',
        ),
        '_posts/escaped.md': note(
          { title: 'escaped', id: 'escaped' },
          `\`\`\`yaml\nservices:\n  web:\n    image: "${EVIL}"\n    environment:\n      NOTE: "${EVIL}"\n\`\`\`\n\n\`\`\`env\n# ${EVIL}\nX="${EVIL}"\n\`\`\`\n`,
        ),
        '_posts/templates.md': note(
          { title: 'templates', id: 'templates' },
          '`compose.yaml`:\n\n```yaml\nservices:\n  traefik:\n    image: traefik\n    labels:\n      - "rule={{ .Name }}"\n      - "{% raw %}x{% endraw %}"\n    ports:\n      - "${HTTP_PORT:-8000}:80"\n```\n\n```env\nHTTP_PORT=9090\nTPL={{ not nunjucks }}\n```\n',
        ),
        '_posts/same-name.md': note(
          { title: 'same name', id: 'same-name' },
          '开发环境 `.env`：\n\n```env\nA=1\n```\n\n生产环境 `.env`：\n\n```env\nA=2\n```\n\n```python\nprint("ordinary")\n```\n',
        ),
        '_posts/nested.md': note(
          { title: 'nested', id: 'nested' },
          '> 引用里的 `.env`：\n>\n> ```env\n> Q=1\n> ```\n\n1. 第一步 `docker-compose.yml`：\n\n   ```yaml\n   services:\n     app:\n       image: app\n   ```\n\n```yaml title="compose.override.yml"\nservices:\n  app:\n    ports: ["3000"]\n```\n\n~~~~markdown\n```yaml\nservices:\n  inner:\n    image: x\n```\n~~~~\n',
        ),
        'setup/index.md': '---\ntitle: 安装\n---\n\n把下面的 `.env` 放在项目根目录：\n\n```env\nPORT=8080\n```\n',
        '_posts/secret.md': note(
          { title: 'secret', id: 'secret' },
          '```env\nOPENAI_API_KEY=sk-proj-4fT9qLx2VbN8wZ3mK7pR1sD6hJ0yUeCa\nDB_PASSWORD=your-password\n```\n',
        ),
      },
    });
  });
  after(() => site?.remove());

  test('the build succeeds whatever the blocks hold', () => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
  });

  test('YAML that does not parse: highlighted code with its filename and a warning', () => {
    const warning = site.warnings.find((w) => w.includes('bad-yaml.md'));
    assert.ok(warning, site.output);
    // The body starts on line 8 (6 lines of front matter, a blank line); yaml reports the block's line 3.
    assert.equal(
      warning,
      'WARN  source/_posts/bad-yaml.md:13: docker-compose.yaml: YAML does not parse: Nested mappings are not allowed in compact mappings (BLOCK_AS_IMPLICIT_KEY); shown as plain code',
    );
    const $ = site.$('bad-yaml/index.html');
    const figure = $('figure.code-file');
    assert.equal(figure.attr('data-kind'), 'file');
    assert.equal(figure.attr('data-filename'), 'docker-compose.yaml');
    assert.ok(figure.find('pre code .hljs-attr').length > 0, 'still highlighted as YAML');
    assert.equal(figure.find('table').length, 0);
    assert.match($('article.note').text(), /后面的内容照常/);
    assert.equal(site.read('bad-yaml/docker-compose.yaml'), 'services:\n  web:\n    image: nginx\n     ports: ["80:80"]\n');
  });

  test('everything is escaped', () => {
    const $ = site.$('escaped/index.html');
    assert.equal($('article.note .note-body script').length, 0);
    assert.equal($('tr[data-service="web"] .compose-image').text(), EVIL);
    assert.equal($('tr[data-key="X"] .env-value').text(), EVIL);
    assert.equal($('tr[data-key="X"] .env-comment').text(), EVIL);
    assert.match($('figure.code-file[data-kind="compose"] pre code').text(), /image: "<\/code><\/pre><script>/);
  });

  test('template syntax in blocks never reaches Nunjucks and is published as written', () => {
    const $ = site.$('templates/index.html');
    const compose = $('figure.code-file[data-kind="compose"]');
    assert.equal(compose.attr('data-filename'), 'compose.yaml');
    assert.match(compose.find('pre code').text(), /rule=\{\{ \.Name \}\}/);
    assert.match(compose.find('pre code').text(), /\{% raw %\}x\{% endraw %\}/);
    assert.equal(compose.find('tr[data-service="traefik"] .compose-ports a').attr('href'), 'http://localhost:9090');
    assert.equal(site.read('templates/dot.env'), 'HTTP_PORT=9090\nTPL={{ not nunjucks }}\n');
    assert.match(site.read('templates/compose.yaml'), /"rule=\{\{ \.Name \}\}"/);
  });

  test('two blocks with the same name get their own files', () => {
    const $ = site.$('same-name/index.html');
    const links = $('figure.code-file a.code-download');
    assert.deepEqual(links.map((_, a) => $(a).attr('download')).get(), ['.env', '.env']);
    assert.deepEqual(links.map((_, a) => $(a).attr('href')).get(), ['/same-name/dot.env', '/same-name/dot-2.env']);
    assert.equal(site.read('same-name/dot.env'), 'A=1\n');
    assert.equal(site.read('same-name/dot-2.env'), 'A=2\n');
    assert.equal($('figure.code-block[data-lang="python"]').length, 1, 'ordinary code stays a code block');
  });

  test('fences in blockquotes and lists, titles in the info string, longer outer fences', () => {
    const $ = site.$('nested/index.html');
    const files = $('figure.code-file');
    assert.deepEqual(files.map((_, f) => `${$(f).attr('data-kind')} ${$(f).attr('data-filename')}`).get(), [
      'env .env',
      'compose docker-compose.yml',
      'compose compose.override.yml',
    ]);
    assert.equal($('blockquote figure.code-file').length, 1);
    assert.equal($('ol figure.code-file').length, 1);
    assert.equal(site.read('nested/docker-compose.yml'), 'services:\n  app:\n    image: app\n');
    assert.equal(files.eq(2).find('.compose-run code').text(), 'docker compose -f compose.override.yml up -d');
    assert.equal(files.eq(2).find('.compose-ports li').text(), '随机端口 → 3000');
    // The inner fence of a ````markdown block is text, not a file.
    assert.equal($('figure.code-block[data-lang="markdown"]').length, 1);
  });

  test('pages publish their files next to them too', () => {
    assert.equal(site.$('setup/index.html')('figure.code-file a.code-download').attr('href'), '/setup/dot.env');
    assert.equal(site.read('setup/dot.env'), 'PORT=8080\n');
  });

  test('a real-looking secret warns with the note and key; a placeholder does not', () => {
    const secret = site.warnings.filter((w) => w.includes('secret.md'));
    assert.deepEqual(secret, ['WARN  source/_posts/secret.md:9: .env: OPENAI_API_KEY looks like a real secret; publish a placeholder instead']);
  });
});

describe('```lang:name fences (Zenn, Qiita)', () => {
  let site: Site;
  before(async () => {
    const body = ['```java:Hello.java', 'class Hello {}', '```', '', '```python:hello', 'print(1)', '```'].join('\n');
    site = await buildSite({ files: { '_posts/colon.md': note({ title: 'colon', id: 'colon' }, body) } });
  });
  after(() => site?.remove());

  test('a file name after the colon is a file block with its download; any other word is the block’s title', () => {
    assert.deepEqual(site.errors, []);
    const $ = site.$('colon/index.html');
    const file = $('.note-body figure.code-file');
    assert.deepEqual([file.attr('data-filename'), file.attr('data-lang'), file.find('a.code-download').attr('href')], ['Hello.java', 'java', '/colon/Hello.java']);
    assert.equal(fs.readFileSync(path.join(site.publicDir, 'colon/Hello.java'), 'utf8'), 'class Hello {}\n');
    const block = $('.note-body figure.code-block');
    assert.deepEqual([block.attr('data-lang'), block.attr('data-title')], ['python', 'hello']);
  });
});
