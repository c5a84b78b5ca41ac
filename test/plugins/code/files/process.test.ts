import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { noteFolder, numbered, processNote, type NoteOptions } from '../../../../plugins/code/files/process';

const OPTIONS: NoteOptions = { folder: 'ai/', root: '/', reserved: ['index.html'], source: 'source/_posts/a.md', lineOffset: 6, t: (key) => `[${key}]` };

/** The HTML Hexo would put back: the protected block with its entities decoded. */
function html(markdown: string): cheerio.CheerioAPI {
  const blocks = [...markdown.matchAll(/<hexoPostRenderCodeBlock>([\s\S]*?)<\/hexoPostRenderCodeBlock>/g)].map((m) => m[1] ?? '');
  return cheerio.load(blocks.join('\n'));
}

const SEED = [
  '可以使用如下 `docker-compose.yaml` 文件运行：',
  '',
  '```yaml',
  'services:',
  '  openhands:',
  '    image: ghcr.io/all-hands-ai/openhands:0.11',
  '    environment:',
  '      - SANDBOX_USER_ID=${UID}',
  '    volumes:',
  '      - ${WORKSPACE_BASE}:/opt/workspace_base',
  '    ports:',
  '      - "3000:3000"',
  '```',
  '',
  '环境配置项如下 `.env`：',
  '',
  '```env',
  'WORKSPACE_BASE=./workspace',
  'UID=$(id -u)',
  '```',
  '',
  '```yaml',
  'services:',
  '  maxkb:',
  '    image: maxkb',
  '    ports: ["8080:8080"]',
  '```',
  '',
].join('\n');

test('compose and env blocks become file figures; their files keep the exact text', () => {
  const result = processNote(SEED, OPTIONS);
  assert.deepEqual(result.warnings, []);
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['ai/docker-compose.yaml', 'ai/dot.env', 'ai/docker-compose-2.yaml'],
  );
  assert.equal(result.files[1]?.text, 'WORKSPACE_BASE=./workspace\nUID=$(id -u)\n');
  assert.ok(!result.markdown.includes('```'), 'no fence left for Hexo');
  assert.ok(!/[{}$]/.test(result.markdown.replace(/`[^`]*`/g, '')), 'nothing for Nunjucks or math filters');
  const $ = html(result.markdown);
  const figures = $('figure.code-file');
  assert.deepEqual(
    figures.map((_, f) => [[$(f).attr('data-kind'), $(f).attr('data-filename'), $(f).find('a[download]').attr('download'), $(f).find('a[download]').attr('href')]]).get(),
    [
      ['compose', 'docker-compose.yaml', 'docker-compose.yaml', '/ai/docker-compose.yaml'],
      ['env', '.env', '.env', '/ai/dot.env'],
      ['compose', 'docker-compose.yaml', 'docker-compose.yaml', '/ai/docker-compose-2.yaml'],
    ],
  );
  // The shown lines and the final newline (data-final-newline) are the download's bytes.
  assert.equal(figures.eq(0).attr('data-final-newline'), '');
  assert.equal(`${figures.eq(0).find('pre code').text()}\n`, result.files[0]?.text);
  assert.equal($('tr[data-service="openhands"] .compose-ports a').attr('href'), 'http://localhost:3000');
  assert.equal($('tr[data-service="maxkb"] .compose-ports a').attr('href'), 'http://localhost:8080');
  assert.deepEqual(
    $('#code-file-1 tr[data-var]').map((_, r) => [[$(r).attr('data-var'), $(r).find('[data-defined]').attr('data-defined')]]).get(),
    [
      ['UID', 'true'],
      ['WORKSPACE_BASE', 'true'],
    ],
  );
  assert.deepEqual(
    $('table.env-vars tr[data-key]').map((_, r) => [[$(r).attr('data-key'), $(r).attr('data-used'), $(r).find('.env-used a').attr('href')]]).get(),
    [
      ['WORKSPACE_BASE', 'true', '#code-file-1'],
      ['UID', 'true', '#code-file-1'],
    ],
  );
  assert.equal($('#code-file-1-up').text(), 'docker compose up -d');
  assert.equal($('#code-file-1 .compose-run button[data-copy]').attr('data-copy-target'), 'code-file-1-up');
});

test('without an env block variables show defaults but no defined/undefined column', () => {
  const md = '```yaml\nservices:\n  a:\n    image: x:${TAG:-1.0}\n    ports: ["${P:-8080}:80"]\n```\n';
  const $ = html(processNote(md, OPTIONS).markdown);
  assert.equal($('tr[data-var="TAG"] .compose-var-default').text(), '1.0');
  assert.equal($('[data-defined]').length, 0);
  assert.equal($('tr[data-service="a"] .compose-ports a').attr('href'), 'http://localhost:8080');
});

test('an env value drives the port link; undefined variables say so', () => {
  const md = '```yaml\nservices:\n  a:\n    image: x\n    ports: ["${P:-8080}:80"]\n    environment: ["X=${MISSING}"]\n```\n\n```env\nP=9000\n```\n';
  const $ = html(processNote(md, OPTIONS).markdown);
  assert.equal($('tr[data-service="a"] .compose-ports a').attr('href'), 'http://localhost:9000');
  assert.equal($('tr[data-var="MISSING"] [data-defined]').attr('data-defined'), 'false');
  assert.equal($('tr[data-var="P"] [data-defined]').attr('data-defined'), 'true');
});

test('YAML that does not parse: plain file block and a warning with file, line and message', () => {
  const md = 'Intro\n\n`docker-compose.yaml`：\n\n```yaml\nservices:\n  web:\n    image: "unclosed\n    ports: [1\n```\n';
  const result = processNote(md, OPTIONS);
  assert.equal(result.warnings.length, 1);
  assert.match(result.warnings[0] ?? '', /^source\/_posts\/a\.md:\d+: docker-compose\.yaml: YAML does not parse: [^:]+ \([A-Z_]+\); shown as plain code$/);
  const line = Number(/:(\d+):/.exec(result.warnings[0] ?? '')?.[1]);
  assert.ok(line > 6 + 5 && line <= 6 + 9, `line ${line} is inside the block`);
  const $ = html(result.markdown);
  assert.equal($('figure.code-file').attr('data-kind'), 'file');
  assert.equal($('figure.code-file').attr('data-filename'), 'docker-compose.yaml');
  assert.equal($('table').length, 0);
  assert.equal(result.files[0]?.text, 'services:\n  web:\n    image: "unclosed\n    ports: [1\n');
});

test('everything from the note is escaped', () => {
  const evil = '</code></pre><script>alert(1)</script>';
  const md = `\`\`\`yaml title="a&quot;<b>.yml"\nservices:\n  "<img src=x>":\n    image: "${evil}"\n    ports: ["${evil}:80"]\n\`\`\`\n\n\`\`\`env\nX="${evil}"\n# ${evil}\nY=1\n\`\`\`\n`;
  const $ = html(processNote(md, OPTIONS).markdown);
  assert.equal($('script').length, 0);
  assert.equal($('img').length, 0);
  assert.equal($('b').length, 0);
  assert.equal($('td.compose-image code').text(), evil);
  // (A selector holding `<…>` would make cheerio build HTML, so compare attributes.)
  assert.deepEqual($('tr[data-service]').map((_, r) => $(r).attr('data-service')).get(), ['<img src=x>']);
  assert.equal($('tr[data-key="X"] .env-value').text(), evil);
  assert.equal($('tr[data-key="Y"] .env-comment').text(), evil);
});

test('Nunjucks-looking text inside a block never reaches Nunjucks', () => {
  const md = '```yaml\nservices:\n  a:\n    image: x\n    labels:\n      t: "{{ .Name }} {% raw %}"\n```\n';
  const out = processNote(md, OPTIONS).markdown;
  assert.ok(!out.includes('{{') && !out.includes('{%'));
  assert.equal(`${html(out)('pre code').text()}\n`, 'services:\n  a:\n    image: x\n    labels:\n      t: "{{ .Name }} {% raw %}"\n');
});

test('secrets warn with the note, line and key; placeholders do not', () => {
  const md = '```env\n# real\nOPENAI_API_KEY=sk-proj-4fT9qLx2VbN8wZ3mK7pR1sD6hJ0yUeCa\nDB_PASSWORD=your-password\n```\n\n```yaml\nservices:\n  a:\n    environment:\n      - GITHUB_TOKEN=ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5\n      - ELASTIC_PASSWORD=<ELASTIC_PASSWORD>\n  b:\n    environment:\n      HF_TOKEN: hf_QwErTyUiOpAsDfGhJkLzXcVbNm1234567890\n      KEY: ${KEY}\n```\n';
  const { warnings } = processNote(md, OPTIONS);
  assert.deepEqual(warnings, [
    'source/_posts/a.md:9: .env: OPENAI_API_KEY looks like a real secret; publish a placeholder instead',
    'source/_posts/a.md:13: docker-compose.yaml: GITHUB_TOKEN looks like a real secret; publish a placeholder instead',
    'source/_posts/a.md:13: docker-compose.yaml: HF_TOKEN looks like a real secret; publish a placeholder instead',
  ]);
});

test('same names are numbered; names never escape the note folder or replace its page', () => {
  const md = '```env\nA=1\n```\n\n```env\nB=1\n```\n\n`index.html`:\n\n```html\n<p>\n```\n\n```yaml title="../../etc/passwd.yml"\nx: 1\n```\n';
  const result = processNote(md, OPTIONS);
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['ai/dot.env', 'ai/dot-2.env', 'ai/index-2.html', 'ai/passwd.yml'],
  );
  assert.equal(numbered('docker-compose.yaml', 3), 'docker-compose-3.yaml');
  assert.equal(numbered('Dockerfile', 2), 'Dockerfile-2');
});

test('a note’s folder from its route', () => {
  assert.equal(noteFolder('ai/'), 'ai/');
  assert.equal(noteFolder('ai/index.html'), 'ai/');
  assert.equal(noteFolder('2024/01/post.html'), '2024/01/post/');
  assert.equal(noteFolder('about.html'), 'about/');
});

test('links to files in a folder with non-ASCII characters are encoded', () => {
  const result = processNote('```env\nA=1\n```\n', { ...OPTIONS, folder: '笔记/' });
  assert.equal(result.files[0]?.path, '笔记/dot.env');
  assert.equal(html(result.markdown)('a.code-download').attr('href'), '/%E7%AC%94%E8%AE%B0/dot.env');
});

test('a warning names the line as written: lines removed with [!code --] still count', () => {
  // lineOffset 6: the fence is line 7 of the file, its first line line 8.
  const env = '```env\nOLD=1 # [!code --]\nOLDER=2 # [!code --]\nOPENAI_API_KEY=sk-proj-4fT9qLx2VbN8wZ3mK7pR1sD6hJ0yUeCa\n```\n';
  assert.deepEqual(processNote(env, OPTIONS).warnings, ['source/_posts/a.md:10: .env: OPENAI_API_KEY looks like a real secret; publish a placeholder instead']);
  const yaml = '```yaml title="docker-compose.yml"\nservices:\n  old: x # [!code --]\n  a:\n    image: [unclosed\n```\n';
  const [warning] = processNote(yaml, OPTIONS).warnings;
  assert.match(warning ?? '', /^source\/_posts\/a\.md:11: docker-compose\.yml: YAML does not parse: /);
});
