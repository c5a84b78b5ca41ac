// Every real compose and env file in ../shared/corpus, each as a block in a note:
// the services shown are the ones `yaml` finds, the keys the ones dotenv finds,
// and every download is the file's exact text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse as parseEnv } from 'dotenv';
import { parseDocument } from 'yaml';
import { buildSite, note, shared, type Site } from '../../../helpers/site';

interface CorpusFile {
  /** e.g. compose/flask/compose.yaml */
  rel: string;
  name: string;
  kind: 'compose' | 'env';
  text: string;
  id: string;
}

function corpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const set of ['compose', 'llm-apps']) {
    const root = shared(`corpus/${set}`);
    if (!root) continue;
    for (const stack of fs.readdirSync(root).sort()) {
      const dir = path.join(root, stack);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const name of fs.readdirSync(dir).sort()) {
        const kind = /\.ya?ml$/.test(name) ? 'compose' : /^\.env|^env\.|\.env$/.test(name) ? 'env' : null;
        if (!kind) continue;
        const raw = fs.readFileSync(path.join(dir, name), 'utf8');
        // A fenced block's text always ends with a newline.
        const text = raw.endsWith('\n') ? raw : `${raw}\n`;
        files.push({ rel: `${set}/${stack}/${name}`, name, kind, text, id: `${set}-${stack}-${files.length}`.toLowerCase().replace(/[^a-z0-9-]/g, '-') });
      }
    }
  }
  return files;
}

const missing = shared('corpus/compose') && shared('corpus/llm-apps') ? false : '../shared/corpus is absent: the corpus test needs ../shared/corpus/compose and ../shared/corpus/llm-apps';

describe('the shared compose and env corpus', { skip: missing }, () => {
  let site: Site;
  let files: CorpusFile[];

  before(async () => {
    files = corpusFiles();
    const notes: Record<string, string> = {};
    for (const file of files) {
      const lang = file.kind === 'compose' ? 'yaml' : 'env';
      notes[`_posts/${file.id}.md`] = note({ title: file.rel, id: file.id }, `来自 ${file.rel} 的 \`${file.name}\`：\n\n\`\`\`${lang}\n${file.text}\`\`\`\n`);
    }
    site = await buildSite({ files: notes });
  });
  after(() => site?.remove());

  test('builds every note without errors and without false secret warnings', () => {
    assert.ok(files.length >= 40, `found ${files.length} files`);
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    assert.deepEqual(site.warnings.filter((w) => w.includes('secret')), []);
  });

  test('compose blocks list the services yaml finds; downloads are exact', () => {
    for (const file of files.filter((f) => f.kind === 'compose')) {
      const $ = site.$(`${file.id}/index.html`);
      const figure = $('figure.code-file');
      assert.equal(figure.attr('data-kind'), 'compose', file.rel);
      assert.equal(figure.attr('data-filename'), file.name, file.rel);
      const services = (parseDocument(file.text, { merge: true }).toJS() as { services: Record<string, unknown> }).services;
      assert.deepEqual(
        figure.find('tr[data-service]').map((_, r) => $(r).attr('data-service')).get(),
        Object.keys(services),
        file.rel,
      );
      // The shown lines plus the final newline the figure announces (data-final-newline) are the file.
      const finalNewline = figure.attr('data-final-newline') === undefined ? '' : '\n';
      assert.equal(figure.find('pre code').text() + finalNewline, file.text, file.rel);
      const href = figure.find('a.code-download').attr('href') ?? '';
      assert.equal(site.read(href), file.text, file.rel);
    }
  });

  test('env blocks list the keys dotenv finds; downloads are exact', () => {
    const envs = files.filter((f) => f.kind === 'env');
    assert.ok(envs.length > 0);
    for (const file of envs) {
      const $ = site.$(`${file.id}/index.html`);
      const figure = $('figure.code-file');
      assert.equal(figure.attr('data-kind'), 'env', file.rel);
      const keys = figure.find('tr[data-key]').map((_, r) => $(r).attr('data-key')).get();
      assert.deepEqual([...new Set(keys)], Object.keys(parseEnv(file.text)), file.rel);
      assert.equal(site.read(figure.find('a.code-download').attr('href') ?? ''), file.text, file.rel);
    }
  });
});
