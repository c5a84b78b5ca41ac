import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileText, looksLikeFileName, nameFromParagraph, parseInfo, recognise } from '../../../../plugins/code/files/recognise';
import { findFences } from '../../../../plugins/shared/fences';

/** Kind and name of each fenced block in the Markdown (null: ordinary code). */
function kinds(markdown: string): Array<string | null> {
  return findFences(markdown).map((f) => {
    const r = recognise(markdown, f, fileText(f));
    return r ? `${r.kind} ${r.name}` : null;
  });
}

const COMPOSE = 'services:\n  web:\n    image: nginx\n';

test('file names are told from other inline code', () => {
  for (const name of ['docker-compose.yaml', '.env', '.env.local', 'application.yaml', 'config/app.yml', 'Dockerfile', 'prod.env', 'requirements.txt']) {
    assert.ok(looksLikeFileName(name), name);
  }
  for (const text of ['torch.cuda', 'docker compose up', 'v1.2', 'pip install x', '3.14', 'a..b/']) {
    assert.ok(!looksLikeFileName(text), text);
  }
});

test('the info string names a file with title= or a second word', () => {
  assert.deepEqual(parseInfo('yaml title="compose.override.yml"'), { lang: 'yaml', name: 'compose.override.yml' });
  assert.deepEqual(parseInfo("yaml title='my file.yml'"), { lang: 'yaml', name: 'my file.yml' });
  assert.deepEqual(parseInfo('yaml docker-compose.yaml'), { lang: 'yaml', name: 'docker-compose.yaml' });
  assert.deepEqual(parseInfo('YAML'), { lang: 'yaml', name: null });
  assert.deepEqual(parseInfo('java:Hello.java'), { lang: 'java', name: 'Hello.java' });
  assert.deepEqual(parseInfo('yaml:docker-compose.yml'), { lang: 'yaml', name: 'docker-compose.yml' });
  assert.deepEqual(parseInfo('js:hello'), { lang: 'js', name: null });
  assert.deepEqual(parseInfo('title="compose.yaml"'), { lang: '', name: 'compose.yaml' });
  assert.deepEqual(parseInfo('js Hello world'), { lang: 'js', name: null });
});

test('the paragraph right before a fence names the file in its last inline code', () => {
  const at = (md: string): string | null => nameFromParagraph(md, md.indexOf('```'));
  assert.equal(at('可以使用如下 `docker-compose.yaml` 文件运行：\n\n```yaml\n'), 'docker-compose.yaml');
  assert.equal(at('环境配置项如下 `.env`：\n\n```env\n'), '.env');
  assert.equal(at('Save it as `application.yaml`:\n```yaml\n'), 'application.yaml');
  assert.equal(at('> 配置 `config.toml`\n>\n> ```toml\n'), 'config.toml');
  assert.equal(at('First line\nthen `compose.yml`\n\n```yaml\n'), 'compose.yml');
  assert.equal(at('`a.yaml` 是配置文件，修改后需要重启服务才会生效，否则不会生效。\n\n```yaml\n'), null);
  assert.equal(at('调用 `torch.cuda`：\n\n```python\n'), null);
  assert.equal(at('## `docker-compose.yaml`\n\n```yaml\n'), null);
  assert.equal(at('```yaml\n'), null);
});

test('a YAML mapping with a services mapping is compose, whatever its name', () => {
  assert.deepEqual(kinds(`\`\`\`yaml\n${COMPOSE}\`\`\`\n`), ['compose docker-compose.yaml']);
  assert.deepEqual(kinds(`Use \`application.yaml\`:\n\n\`\`\`yaml\n${COMPOSE}\`\`\`\n`), ['compose application.yaml']);
  assert.deepEqual(kinds(`\`\`\`yml title="compose.override.yml"\n${COMPOSE}\`\`\`\n`), ['compose compose.override.yml']);
  assert.deepEqual(kinds(`\`\`\` title="compose.yaml"\n${COMPOSE}\`\`\`\n`), ['compose compose.yaml']);
  // Anchors and merge keys parse; `services` must be a mapping.
  assert.deepEqual(kinds('```yaml\nx: &base\n  image: a\nservices:\n  web:\n    <<: *base\n```\n'), ['compose docker-compose.yaml']);
  assert.deepEqual(kinds('```yaml\nservices:\n  - web\n```\n'), [null]);
  assert.deepEqual(kinds('`app.yaml`:\n\n```yaml\nservices: [web]\n```\n'), ['file app.yaml']);
});

test('env blocks by language or by name, with .env as the default name', () => {
  assert.deepEqual(kinds('```env\nA=1\n```\n'), ['env .env']);
  assert.deepEqual(kinds('```dotenv\nA=1\n```\n'), ['env .env']);
  assert.deepEqual(kinds('`.env.local`:\n\n```bash\nA=1\n```\n'), ['env .env.local']);
  assert.deepEqual(kinds('```ini prod.env\nA=1\n```\n'), ['env prod.env']);
});

test('other named blocks are files; unnamed ordinary code stays ordinary', () => {
  assert.deepEqual(kinds('`config.json`：\n\n```json\n{}\n```\n'), ['file config.json']);
  assert.deepEqual(kinds('```yaml\na: 1\n```\n'), [null]);
  assert.deepEqual(kinds('```yaml\na: [1\n```\n'), [null], 'a broken YAML snippet is not a file');
  assert.deepEqual(kinds('```yaml\nservices:\n  a:\n    image: [x\n```\n'), ['file docker-compose.yaml'], 'a broken compose file is');
  assert.deepEqual(kinds('```python\nprint(1)\n```\n'), [null]);
  // A shell session after a file name is the command that uses the file.
  assert.deepEqual(kinds('然后用 `docker-compose.yaml` 启动：\n\n```bash\ndocker compose up -d\n```\n'), [null]);
  assert.deepEqual(kinds('`run.sh`:\n\n```bash\necho hi\n```\n'), ['file run.sh']);
  assert.deepEqual(kinds('`a.yaml`:\n\n```mermaid\ngraph TD\n```\n'), [null]);
  assert.deepEqual(kinds('`a.yaml`:\n\n```yaml highlight:false\na: 1\n```\n'), [null]);
});

test('a named YAML block that does not parse is still a file, with its errors', () => {
  const md = '`docker-compose.yaml`:\n\n```yaml\nservices:\n  web:\n    image: [unclosed\n```\n';
  const [fence] = findFences(md);
  assert.ok(fence);
  const r = recognise(md, fence, fileText(fence));
  assert.equal(r?.kind, 'file');
  assert.equal(r?.name, 'docker-compose.yaml');
  assert.ok((r?.yaml?.errors.length ?? 0) > 0);
});

test('the file text drops list indentation and ends with a newline', () => {
  const [listed] = findFences('- ```yaml\n  services:\n    a:\n      image: x\n  ```\n');
  assert.ok(listed);
  assert.equal(fileText(listed), 'services:\n  a:\n    image: x\n');
  const [quoted] = findFences('> ```env\n> A=1\n> B=2\n> ```\n');
  assert.ok(quoted);
  assert.equal(fileText(quoted), 'A=1\nB=2\n');
  const [empty] = findFences('```env\n```\n');
  assert.ok(empty);
  assert.equal(fileText(empty), '');
});

test('only blocks Hexo highlights become files: an unclosed or highlight:false block stays code', () => {
  assert.deepEqual(kinds('```yaml highlight:false\nservices:\n  a:\n    image: x\n```\n'), [null]);
  assert.deepEqual(kinds('```yaml\nservices:\n  a:\n    image: x\n'), [null]);
});
