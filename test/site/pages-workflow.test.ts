// The GitHub Pages workflow cannot run here: check it parses, builds with the
// README's commands and publishes public/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import YAML from 'yaml';
import { projectRoot } from '../helpers/site';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

test('.github/workflows/pages.yml builds with npm ci && npm run build and deploys public/', () => {
  const text = fs.readFileSync(path.join(projectRoot, '.github/workflows/pages.yml'), 'utf8');
  const workflow = YAML.parse(text, { prettyErrors: true, uniqueKeys: true }) as Workflow;
  assert.ok('push' in workflow.on);
  assert.equal(workflow.permissions.pages, 'write');
  assert.equal(workflow.permissions['id-token'], 'write');
  const build = workflow.jobs.build;
  assert.ok(build);
  const runs = build.steps.flatMap((s) => (s.run ? s.run.split(/&&|\n/).map((c) => c.trim()).filter(Boolean) : []));
  assert.deepEqual(runs, ['npm ci', 'npm run build']);
  const steps = build.steps.map((s) => s.uses ?? s.run ?? '');
  const checkout = steps.findIndex((s) => s.startsWith('actions/checkout@'));
  const node = steps.findIndex((s) => s.startsWith('actions/setup-node@'));
  const run = steps.findIndex((s) => s.includes('npm run build'));
  const upload = build.steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
  assert.ok(checkout === 0 && node > checkout && run > node && upload > run, steps.join(' | '));
  assert.equal(build.steps[upload]?.with?.path, 'public');
  const deploy = Object.values(workflow.jobs).find((job) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
  assert.equal(deploy?.needs, 'build');
  // The workflow's Node satisfies package.json's engines.
  const setup = build.steps[node]?.with?.['node-version'];
  assert.ok(Number(setup) >= 20, String(setup));
});

test('npm run build is tools/build.mjs', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  assert.equal(pkg.scripts.build, 'node tools/build.mjs');
});
