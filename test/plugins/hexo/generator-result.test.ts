// Contact: Hexo's generator registry wraps each generator in bluebird's
// Promise.method, whose promise of a synchronous generator is fulfilled at once
// and tells its value (generatorResult).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatorResult } from '../../../plugins/hexo/generator-result';
import { installed } from '../../../plugins/hexo/version';
import { plainHexo } from '../../helpers/hexo';

const hexoVersion = installed('hexo');
const site = plainHexo();

type Registered = (locals: unknown) => unknown;

test(`${hexoVersion}: a synchronous generator's output is there as soon as it returns`, () => {
  site.hexo.extend.generator.register('sync-one', () => ({ path: 'a.json', data: '{}' }));
  const generator = site.hexo.extend.generator.get('sync-one') as unknown as Registered;
  const returned = generator({});
  assert.equal(typeof (returned as { then?: unknown }).then, 'function', `${hexoVersion}: the registry no longer wraps generators in a promise`);
  assert.deepEqual(generatorResult(returned), { ready: true, value: { path: 'a.json', data: '{}' } }, `${hexoVersion}: the wrapped promise does not tell its value at once`);
});

test('an asynchronous generator is left to be awaited; a plain value is ready', async () => {
  let finish: (value: string) => void = () => undefined;
  site.hexo.extend.generator.register('async-one', () => new Promise<string>((resolve) => (finish = resolve)));
  const generator = site.hexo.extend.generator.get('async-one') as unknown as Registered;
  const result = generatorResult(generator({}));
  assert.equal(result.ready, false);
  finish('later');
  assert.equal(result.ready ? null : await result.pending, 'later');
  assert.deepEqual(generatorResult({ path: 'x' }), { ready: true, value: { path: 'x' } });
  assert.deepEqual(generatorResult(null), { ready: true, value: null });
});
