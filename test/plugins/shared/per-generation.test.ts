// A value made once per generation: kept between uses, made again once Hexo
// starts the next generation, separate for each site.
import assert from 'node:assert/strict';
import os from 'node:os';
import { test } from 'node:test';
import Hexo from 'hexo';
import { perGeneration } from '../../../plugins/shared/per-generation';

const site = (): Hexo => new Hexo(os.tmpdir(), { silent: true });

test('made on first use with its arguments, then kept for the generation', () => {
  const made: string[] = [];
  const value = perGeneration((_hexo, name: string) => {
    made.push(name);
    return { name };
  });
  const hexo = site();
  const first = value(hexo, 'a');
  assert.equal(value(hexo, 'b'), first, 'later arguments are not read while the value is kept');
  assert.deepEqual(made, ['a']);
});

test('made again after Hexo starts the next generation', () => {
  let made = 0;
  const value = perGeneration(() => ++made);
  const hexo = site();
  assert.equal(value(hexo), 1);
  hexo.emit('generateBefore');
  hexo.emit('generateBefore');
  assert.equal(value(hexo), 2, 'once per generation, however many started in between');
  assert.equal(value(hexo), 2);
});

test('made for the site it is asked for', () => {
  const hexo = site();
  assert.equal(perGeneration((made) => made)(hexo), hexo);
});

test('each site has its own', () => {
  const value = perGeneration((_hexo, n: number) => n);
  const one = site();
  const two = site();
  assert.equal(value(one, 1), 1);
  assert.equal(value(two, 2), 2);
  one.emit('generateBefore');
  assert.equal(value(two, 3), 2, 'another site\'s generation does not reset it');
  assert.equal(value(one, 4), 4);
});
