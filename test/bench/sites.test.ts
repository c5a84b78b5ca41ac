import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import YAML from 'yaml';
import { makeSites } from '../../bench/sites';
import { projectRoot } from '../helpers/site';

describe('bench scratch sites', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sites-'));
  // Stands in for the cached npm install of plain Hexo.
  const install = path.join(root, 'install');
  fs.mkdirSync(path.join(install, 'node_modules'), { recursive: true });
  fs.writeFileSync(path.join(install, 'package.json'), JSON.stringify({ hexo: { version: '8.1.2' }, dependencies: {} }));
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const sites = makeSites(projectRoot, install, root, 12, true);
  const posts = (dir: string) => fs.readdirSync(path.join(dir, 'source', '_posts'), { recursive: true }).map(String).filter((f) => f.endsWith('.md'));

  test('both sites get the same notes: N from the corpus, the seed, the diagram and the image fixtures', () => {
    assert.equal(sites.corpus.kind, 'built-in fallback from source/_posts/ai.md (--fallback-corpus)');
    const ours = posts(sites.ours).sort();
    assert.equal(ours.length, 12 + 3);
    assert.ok(ours.includes('ai.md') && ours.includes('bench-diagrams.md') && ours.includes('bench-images.md') && ours.includes(path.join('bench', 'note-11.md')));
    assert.deepEqual(posts(sites.plain).sort(), ours);
    const shots = (dir: string) => fs.readdirSync(path.join(dir, 'source', 'images', 'bench')).sort();
    assert.equal(shots(sites.ours).length, 12);
    assert.deepEqual(shots(sites.plain), shots(sites.ours));
  });

  test('our copy links the code and copies the config; builds write into the scratch folder only', () => {
    for (const name of ['plugins', 'themes', 'scripts', 'node_modules']) {
      assert.equal(fs.realpathSync(path.join(sites.ours, name)), fs.realpathSync(path.join(projectRoot, name)));
    }
    for (const name of ['_config.yml', 'package.json', 'source']) assert.equal(fs.lstatSync(path.join(sites.ours, name)).isSymbolicLink(), false, name);
    for (const name of ['.git', 'public', 'db.json', 'bench-results', '.cache']) assert.equal(fs.existsSync(path.join(sites.ours, name)), false, name);
  });

  test('the plain site uses landscape, the same URLs, and Nunjucks off for the corpus math', () => {
    const config = YAML.parse(fs.readFileSync(path.join(sites.plain, '_config.yml'), 'utf8')) as Record<string, unknown>;
    assert.equal(config.theme, 'landscape');
    assert.equal(config.permalink, ':id/');
    assert.deepEqual(config.marked, { disableNunjucks: true });
    assert.equal(fs.realpathSync(path.join(sites.plain, 'node_modules')), fs.realpathSync(path.join(install, 'node_modules')));
  });
});
