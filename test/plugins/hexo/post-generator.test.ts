// Contact: plugins/hexo/post-generator.ts is a copy of Hexo's own post
// generator with its sort order as a parameter; for notes of distinct dates
// both give the same routes, layouts and prev/next links.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registerPostGenerator } from '../../../plugins/hexo/post-generator';
import { installed } from '../../../plugins/hexo/version';
import { plainHexo } from '../../helpers/hexo';

const hexoVersion = installed('hexo');
type Route = { path: string; layout?: string[]; data: unknown };
type Generate = (locals: unknown) => Route[];

const site = plainHexo();

interface Note {
  path: string;
  layout?: string;
  content?: string;
  date: number;
  source: string;
  prev?: Note;
  next?: Note;
  __post?: boolean;
}

/** Fresh notes each call (the generators set prev/next on them), as warehouse's sort and toArray give them. */
function locals(): { posts: { sort(order: string): { toArray(): Note[] } } } {
  const notes: Note[] = [
    { path: 'a/', layout: 'post', date: 3, source: '_posts/a.md', content: 'A' },
    { path: 'b/', layout: 'false', date: 2, source: '_posts/b.md', content: 'B' },
    { path: 'c/', layout: 'wide', date: 1, source: '_posts/c.md', content: 'C' },
  ];
  return { posts: { sort: (order) => ({ toArray: () => (order.startsWith('-date') ? [...notes].sort((x, y) => y.date - x.date) : notes) }) } };
}

function shape(routes: Route[]): unknown {
  return routes.map((r) => {
    const data = r.data as Note | string;
    return typeof data === 'string' ? { path: r.path, data } : { path: r.path, layout: r.layout, prev: data.prev?.path, next: data.next?.path, post: data.__post };
  });
}

test(`${hexoVersion}: our post generator gives what Hexo's own gives`, async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Hexo's own generator, by its path in the package (the contact checked here)
  const own = require('hexo/dist/plugins/generator/post') as Generate;
  assert.equal(typeof own, 'function', `${hexoVersion}: hexo/dist/plugins/generator/post is not a function`);
  registerPostGenerator(site.hexo, '-date source');
  // Hexo wraps a registered generator in a promise.
  const ours = site.hexo.extend.generator.get('post') as unknown as (locals: unknown) => Promise<Route[]>;
  assert.deepEqual(shape(await ours(locals())), shape(own(locals())), `${hexoVersion}: Hexo's post generator changed; update plugins/hexo/post-generator.ts to match it`);
});
