// The sharded index, built by the pure builder and queried by the browser's
// engine through an in-memory fetcher: results, order and counts equal those of
// a scan of every note's text (engine.ts over all notes), for the cases the
// issue names; and a query fetches only the entry, its grams' files and the
// fragments of the results shown.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IndexNote } from '../../../plugins/search/build-index';
import { cleanProse } from '../../../plugins/search/extract';
import { PostingsCache } from '../../../plugins/search/postings';
import { buildShards } from '../../../plugins/search/shards';
import { createSearchEngine } from '../../../themes/notes/browser/search/engine';
import { decodePostings, FIELD, parseShard, PostingWriter, termGrams } from '../../../shared/search-grams';
import { openIndex, type ShardSearch } from '../../../themes/notes/browser/search/query';

function mk(title: string, prose: string, opts: { tags?: string[]; code?: string; heading?: string } = {}): IndexNote {
  const section: IndexNote['sections'][number] = opts.code ? [opts.heading ?? '', '', prose, opts.code] : [opts.heading ?? '', '', prose];
  return { title, url: `/${encodeURIComponent(title)}/`, tags: opts.tags ?? [], date: '', sections: [section] };
}

async function open(notes: IndexNote[], options: { bucketBytes?: number; fragmentBytes?: number; cache?: PostingsCache } = {}) {
  const built = buildShards(notes, { dir: 'search-index/', ...options });
  const files = new Map(built.files.map((f) => [`https://site.test/${f.path}`, f.data]));
  files.set('https://site.test/search.json', JSON.stringify(built.entry));
  const requests: string[] = [];
  let fail: RegExp | null = null;
  const engine = await openIndex('https://site.test/search.json', (url) => {
    requests.push(url.slice('https://site.test/'.length));
    const data = files.get(url);
    if (data === undefined || fail?.test(url)) return Promise.reject(new Error(`${url}: HTTP 404`));
    return Promise.resolve(data);
  }, 'https://site.test');
  return { engine, built, requests, failOn: (re: RegExp | null) => (fail = re) };
}

/** The reference: today's engine scanning every note. */
async function same(engine: ShardSearch, notes: IndexNote[], query: string, limit = 10): Promise<void> {
  const expected = createSearchEngine(notes).search(query);
  const page = await engine.search(query, { limit, exactTotal: true });
  assert.deepEqual(page.results.map((r) => r.url), expected.slice(0, limit).map((r) => r.url), query);
  assert.equal(page.total, expected.length, query);
  assert.equal(page.exact, true);
}

describe('grams and posting lists', () => {
  test('a term of up to three characters is its own gram; longer ones are covered by trigrams', () => {
    assert.deepEqual(termGrams('模'), ['模']);
    assert.deepEqual(termGrams('大模型'), ['大模型']);
    assert.deepEqual(termGrams('语言模型'), ['语言模', '言模型']);
    assert.deepEqual(termGrams('transformer'), ['tra', 'nsf', 'orm', 'mer']);
    assert.deepEqual(termGrams('𠀀𠀁𠀂𠀃'), ['𠀀𠀁𠀂', '𠀁𠀂𠀃']);
  });

  test('posting text decodes to the ids, fields and hits written', () => {
    const w = new PostingWriter();
    for (const [delta, meta] of [[0, 8], [4000, 2047], [0, 1]] as const) {
      w.push(delta);
      w.push(meta);
    }
    const p = decodePostings(w.take());
    assert.deepEqual([...p.ids], [0, 4001, 4002]);
    assert.deepEqual([...p.masks], [8, 31, 1]);
    assert.deepEqual([...p.hits], [1, 64, 1]);
  });

  test('a gram records every field it is in and its non-overlapping hits', () => {
    const { built } = { built: buildShards([mk('aaaa', 'x aaaa', { tags: ['t'] })], { dir: '' }) };
    const lines = new Map(built.files.filter((f) => f.path.startsWith('p')).flatMap((f) => [...parseShard(f.data)]));
    const aaa = decodePostings(lines.get('aaa') ?? '');
    assert.equal(aaa.masks[0], FIELD.title | FIELD.prose);
    assert.equal(aaa.hits[0], 2);
    assert.ok(!lines.has('x a'), 'no gram spans white space');
  });
});

describe('the sharded index finds what a scan finds', () => {
  const notes = [
    mk('大模型', '在一段话的中间有微调这个词，还有语言模型。'),
    mk('Mixed', 'RoBERTa 与 BERT 都是 Transformer；GPT-4 用了 ＬＬＭ 技术', { tags: ['Docker'] }),
    mk('换行', cleanProse('作者软换\n行的词')),
    mk('假阳性', '语言模拟和方言模型不是那个词', { tags: ['Docker'] }),
    mk('代码', '说明', { code: 'docker compose up -d\nnginx: latest', heading: '部署' }),
  ];

  test('CJK inside a paragraph, mixed scripts, full-width, Latin inside a word, one character', async () => {
    const { engine } = await open(notes);
    for (const q of ['微调', '语言模型', 'GPT-4', 'llm', 'ＬＬＭ', 'bert', 'ERT', 'roberta', '的', 'e', '换行', 'docker', 'nginx', '部署', 'R', '模型 微调', '不存在']) {
      await same(engine, notes, q);
    }
  });

  test('a term spanning a soft line break is found', async () => {
    const { engine } = await open(notes);
    const page = await engine.search('软换行', { limit: 10 });
    assert.deepEqual(page.results.map((r) => r.title), ['换行']);
  });

  test('a longer term whose trigrams occur apart is confirmed in the fragments: no false hit', async () => {
    const { engine } = await open(notes);
    const page = await engine.search('语言模型', { limit: 10, exactTotal: true });
    assert.deepEqual(page.results.map((r) => r.title), ['大模型']);
    assert.equal(page.total, 1);
  });

  test('#tag keeps only notes with that tag, alone or with terms', async () => {
    const { engine } = await open(notes);
    assert.deepEqual((await engine.search('#docker', { limit: 10 })).results.map((r) => r.title), ['Mixed', '假阳性']);
    assert.deepEqual((await engine.search('#Docker bert', { limit: 10 })).results.map((r) => r.title), ['Mixed']);
    assert.equal((await engine.search('#nope', { limit: 10 })).total, 0);
  });

  test('a bare #word that no note is tagged with is text; a tag of that name makes it a filter again', async () => {
    const code = [mk('C', '头文件', { code: '#include <stdio.h>' }), mk('Include', '头文件说明', { tags: ['include'] }), mk('Colour', '颜色 #FFF 与 #fff')];
    const { engine } = await open(code.slice(0, 1).concat(code.slice(2)));
    const page = await engine.search('#INCLUDE 头文件', { limit: 10 });
    assert.deepEqual(page.results.map((r) => r.title), ['C']);
    assert.equal(page.words, '头文件 #INCLUDE');
    assert.deepEqual((await engine.search('#fff', { limit: 10 })).results.map((r) => r.title), ['Colour']);
    const tagged = await open(code);
    const filtered = await tagged.engine.search('#include 头文件', { limit: 10 });
    assert.deepEqual(filtered.results.map((r) => r.title), ['Include']);
    assert.equal(filtered.words, '头文件');
    // Quoted, it is always a filter.
    assert.equal((await engine.search('#"fff"', { limit: 10 })).total, 0);
  });

  test('a tag with a space is filtered by its quoted form, with either kind of quotes', async () => {
    const spaced = [mk('Boot', '配置说明', { tags: ['Spring  Boot'] }), mk('Plain', '配置说明', { tags: ['Spring'] })];
    const { engine } = await open(spaced);
    const titles = async (q: string) => (await engine.search(q, { limit: 10 })).results.map((r) => r.title);
    assert.deepEqual(await titles('配置 #"spring boot"'), ['Boot']);
    assert.deepEqual(await titles('#“Spring Boot”'), ['Boot']);
    assert.deepEqual(await titles('#Spring'), ['Plain']);
    // Unquoted, the second word is a term to find: no note holds "boot".
    assert.deepEqual(await titles('#Spring Boot'), []);
  });

  test('a dense gram has a file of its own and is found the same', async () => {
    const many = Array.from({ length: 300 }, (_, i) => mk(`n${i}`, `第${i}篇的内容`));
    const { engine, built } = await open(many, { bucketBytes: 400 });
    assert.ok('的' in built.entry.d, 'the gram 的 is dense');
    await same(engine, many, '的', 10);
    await same(engine, many, '篇的内', 10);
  });

  test('a search fetches the entry, the grams\' files and only the shown results\' fragments', async () => {
    const many = Array.from({ length: 200 }, (_, i) => mk(`n${i}`, `第${i}篇 ${i % 3 === 0 ? '微调' : '训练'}`));
    const { engine, built, requests } = await open(many, { fragmentBytes: 200 });
    await engine.search('微调', { limit: 5 });
    const grams = requests.filter((r) => /\/[pd][^/]*\.txt$/.test(r));
    const fragments = requests.filter((r) => /\/f\d+-/.test(r));
    assert.equal(requests[0], 'search.json');
    assert.equal(grams.length, 1);
    assert.ok(fragments.length >= 1 && fragments.length <= 5, fragments.join());
    assert.ok(built.entry.fs.length > 20);
  });

  test('a file that fails to load fails the search; a retry fetches it again', async () => {
    const { engine, failOn } = await open(notes);
    failOn(/\/f\d+-/);
    await assert.rejects(engine.search('微调', { limit: 10 }));
    failOn(null);
    assert.equal((await engine.search('微调', { limit: 10 })).total, 1);
  });

  test('random notes and queries: the same notes, order and count as a scan', async () => {
    const alphabet = '模型训练数据的微调语言aBcdE ';
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const text = (n: number): string => Array.from({ length: n }, () => alphabet[rand(alphabet.length)]).join('');
    const random = Array.from({ length: 120 }, (_, i) => mk(`t${i}${text(3)}`, text(60), { tags: [text(2).trim() || 'x'], code: rand(2) ? text(20) : undefined, heading: text(4) }));
    const { engine } = await open(random, { bucketBytes: 2000, fragmentBytes: 500 });
    for (let k = 0; k < 60; k++) {
      const q = text(1 + rand(5)).trim() || '的';
      await same(engine, random, q, 10);
      const page2 = await engine.search(q, { offset: 10, limit: 10 });
      assert.deepEqual(page2.results.map((r) => r.url), createSearchEngine(random).search(q).slice(10, 20).map((r) => r.url), q);
    }
  });
});

describe('postings kept from one build to the next', () => {
  const notes = Array.from({ length: 40 }, (_, i) => mk(`n${i}`, `第${i}篇 微调 ${i % 2 ? 'docker' : 'nginx'} 的内容`, { tags: [i % 3 ? 'A' : 'B'] }));

  test('a rebuild gathers only the notes that changed, and writes what a fresh build writes', () => {
    const cache = new PostingsCache();
    const first = buildShards(notes, { dir: 'i/', cache });
    assert.equal(first.gathered, notes.length);
    const edited = notes.map((n, i) => (i === 7 ? mk(n.title, '改过的 语言模型 内容', { tags: ['C'] }) : n));
    edited.splice(20, 1);
    const again = buildShards(edited, { dir: 'i/', cache });
    assert.equal(again.gathered, 1);
    const fresh = buildShards(edited, { dir: 'i/', cache: new PostingsCache() });
    assert.equal(fresh.gathered, edited.length);
    assert.deepEqual(again.entry, fresh.entry);
    assert.deepEqual(again.files, fresh.files);
    assert.notDeepEqual(again.entry, first.entry);
  });

  test('postings gathered ahead (warm) serve the build, count as gathered anew once, and change nothing', () => {
    const cache = new PostingsCache();
    for (const n of notes.slice(0, 10)) cache.warm(n);
    // Warmed with a tag the build will not have: that note is gathered again.
    cache.warm({ ...notes[10]!, tags: ['other'] });
    const warmed = buildShards(notes, { dir: 'i/', cache });
    assert.equal(warmed.gathered, notes.length);
    const fresh = buildShards(notes, { dir: 'i/', cache: new PostingsCache() });
    assert.deepEqual(warmed.files, fresh.files);
    assert.equal(buildShards(notes, { dir: 'i/', cache }).gathered, 0);
  });

  test('a note that moved (another URL and date, the same text) keeps its postings', () => {
    const cache = new PostingsCache();
    buildShards(notes, { dir: 'i/', cache });
    const moved = notes.map((n, i) => (i === 3 ? { ...n, url: '/moved/', date: '2026-01-01T00:00:00.000Z' } : n));
    const again = buildShards(moved, { dir: 'i/', cache });
    assert.equal(again.gathered, 0);
    assert.deepEqual(again.files, buildShards(moved, { dir: 'i/', cache: new PostingsCache() }).files);
  });

  test('a note whose text is unchanged but whose neighbours moved keeps its postings and is still found', async () => {
    const cache = new PostingsCache();
    buildShards(notes, { dir: 'search-index/', cache });
    const reordered = [...notes].reverse();
    const { engine, built } = await open(reordered, { cache });
    assert.equal(built.gathered, 0);
    await same(engine, reordered, '微调', 10);
    await same(engine, reordered, 'docker', 10);
  });
});
