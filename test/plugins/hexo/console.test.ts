// Contact: Hexo's console registry keeps each command's description and options
// on its function, and its abbreviations in `extend.console.alias`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type Hexo from 'hexo';
import { commandName, registeredCommand } from '../../../plugins/hexo/console';
import { installed } from '../../../plugins/hexo/version';
import { literally, plainHexo } from '../../helpers/hexo';

const hexoVersion = installed('hexo');
const site = plainHexo();

test(`${hexoVersion}: \`new\` is registered with its description and options`, () => {
  const command = registeredCommand(site.hexo, 'new');
  assert.ok(command, `${hexoVersion}: no console command new`);
  assert.equal(typeof command.run, 'function');
  assert.match(command.desc ?? '', /\w/, `${hexoVersion}: the console command's desc is not kept on its function`);
  assert.ok(command.options.options?.some((o) => o.name.includes('--path')), `${hexoVersion}: \`new\` has no --path option kept on its function`);
  assert.equal(registeredCommand(site.hexo, 'no-such-command'), null);
});

test(`${hexoVersion}: extend.console.alias resolves abbreviations`, () => {
  assert.equal(commandName(site.hexo, 'g'), 'generate', `${hexoVersion}: extend.console.alias does not map g to generate`);
  assert.equal(commandName(site.hexo, 'server'), 'server');
  const fake = { extend: { console: {} } } as unknown as Hexo;
  assert.throws(() => commandName(fake, 'g'), new RegExp(`${literally(hexoVersion)}: extend\\.console\\.alias`));
});

test(`${hexoVersion}: \`generate\` takes the pages in flight as --concurrency (plugins/generation fills it in)`, () => {
  const command = registeredCommand(site.hexo, 'generate');
  assert.ok(command, `${hexoVersion}: no console command generate`);
  assert.ok(command.options.options?.some((o) => /--concurrency\b/.test(o.name)), `${hexoVersion}: \`generate\` has no --concurrency option`);
});
