// The index's routes: the notes reach the index's thread while the other
// generators are still to run, not after them.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { GeneratorReturn, SiteLocals } from '../../../plugins/hexo';
import type { IndexNote } from '../../../plugins/search/build-index';
import { indexThread } from '../../../plugins/search/off-thread';
import { searchRoutes } from '../../../plugins/search/routes';
import { plainHexo } from '../../helpers/hexo';

const site = plainHexo();
after(() => indexThread().stop());

const post = { title: '一', path: 'one/', date: new Date(0), search_sections: [['', '', '正文']] };
const list = { sort: () => list, forEach: (fn: (p: typeof post) => void) => [post].forEach(fn) };

test('a synchronous hexo-generator-search hands the notes to the thread before the call returns', async () => {
  // Registered, then taken back, as plugins/search/index.ts takes hexo-generator-search's: Hexo wraps it in a promise.
  site.hexo.extend.generator.register('json-like', () => ({ path: 'search.json', data: JSON.stringify([{ title: '一', url: '/one/' }]) }));
  const upstream = site.hexo.extend.generator.get('json-like') as unknown as Parameters<typeof searchRoutes>[1];
  const thread = indexThread();
  const asked: IndexNote[][] = [];
  const build = thread.build.bind(thread);
  thread.build = (notes, options) => {
    asked.push(notes);
    return build(notes, options);
  };
  try {
    const routes = searchRoutes(site.hexo, upstream, { posts: list, pages: { sort: () => ({ forEach: () => undefined }), forEach: () => undefined } } as unknown as SiteLocals, 'search.json', false);
    assert.deepEqual(asked.map((notes) => notes.map((n) => n.url)), [['/one/']]);
    const files: GeneratorReturn[] = await routes;
    assert.equal(files[0]?.path, 'search.json');
    assert.ok(files.length > 1);
  } finally {
    thread.build = build;
  }
});
