// The search engine on small hand-made indexes: Ctrl+F-like substring matching
// over normalised text, AND of terms, literal regex characters, ranking, snippets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSearchEngine, makeSnippet, type SearchResult } from '../../../themes/notes/browser/search/engine';
import { dropSoftWraps, findRanges, normalize, queryTerms, toOriginalRanges } from '../../../themes/notes/browser/search/normalize';

type Section = [string, string, string, string?];
function entry(title: string, sections: Section[], extra: { tags?: string[]; date?: string; url?: string } = {}) {
  return { title, url: extra.url ?? `/${title}/`, tags: extra.tags ?? [], date: extra.date ?? '2024-01-01T00:00:00.000Z', sections };
}
const urls = (results: SearchResult[]) => results.map((r) => r.url);
/** The marked parts of a snippet or title, as text. */
const marked = (text: string, marks: [number, number][]) => marks.map(([s, e]) => text.slice(s, e));

describe('normalisation', () => {
  test('full-width Latin and digits fold to half-width, Latin case folds', () => {
    assert.equal(normalize('ＬＬＭ　Ｑ４').text, 'llm q4');
    assert.deepEqual(queryTerms('ＬＬＭ　微调'), ['llm', '微调']);
  });
  test('terms are split at any white space, duplicates dropped, at most 8', () => {
    assert.deepEqual(queryTerms('  a\tb  a '), ['a', 'b']);
    assert.equal(queryTerms('1 2 3 4 5 6 7 8 9 10').length, 8);
    assert.deepEqual(queryTerms('   '), []);
  });
  test('characters that expand keep offsets into the original', () => {
    const norm = normalize('㍿の ﬁle');
    assert.equal(norm.text, '株式会社の file');
    assert.ok(norm.map);
    const [range] = toOriginalRanges(norm, findRanges(norm.text, ['file']));
    assert.deepEqual(range, [3, 6]);
    assert.equal('㍿の ﬁle'.slice(...range), 'ﬁle');
    // A hit inside an expansion covers the whole original character.
    assert.deepEqual(toOriginalRanges(norm, findRanges(norm.text, ['会社'])), [[0, 1]]);
  });
  test('soft line breaks between CJK characters drop out, with offsets into the original', () => {
    const { text, offsets } = dropSoftWraps('软换\n  行 and\nEnglish');
    assert.equal(text, '软换行 and\nEnglish');
    assert.deepEqual([...(offsets ?? [])].slice(0, 4), [0, 1, 5, 6]);
    assert.equal(dropSoftWraps('无换行').offsets, null);
  });
  test('overlapping hits of several terms merge', () => {
    assert.deepEqual(findRanges('abcxabc', ['bc', 'ab']), [[0, 3], [4, 7]]);
  });
});

describe('matching', () => {
  const engine = createSearchEngine([
    entry('大模型', [
      ['', '', '大语言模型(large language model，LLM) 是一种语言模型。'],
      ['微调(Fine Tuning)', '微调-Fine-Tuning', '可以全量微调也可以通过 LoRA 方式来减少微调的性能消耗。'],
      ['PyTorch', 'PyTorch', '使用如下命令即可安装', 'pip3 install torch\nprint("默认设备为GPU")'],
    ]),
    entry('正则', [['语法', '语法', '匹配 a.b 与 (x|y)* 以及 C++ 和 [0-9]+ 还有 $HOME^']]),
    entry('全角', [['', '', 'ＧＰＵ 显存为 ２４ＧＢ']]),
  ]);

  test('a Chinese word inside a paragraph is found, like Ctrl+F', () => {
    assert.deepEqual(urls(engine.search('性能')), ['/大模型/']);
    assert.deepEqual(urls(engine.search('语言模')), ['/大模型/']);
    assert.deepEqual(urls(engine.search('调的性')), ['/大模型/']);
    assert.deepEqual(urls(engine.search('性能好')), []);
  });
  test('single CJK characters and Latin prefixes match', () => {
    assert.deepEqual(urls(engine.search('耗')), ['/大模型/']);
    assert.deepEqual(urls(engine.search('lor')), ['/大模型/']);
  });
  test('mixed Chinese and Latin in one term', () => {
    assert.deepEqual(urls(engine.search('LLM) 是一种')), ['/大模型/']);
    assert.deepEqual(urls(engine.search('通过 lora')), ['/大模型/']);
  });
  test('Latin is case-insensitive; full-width and half-width match each other', () => {
    assert.deepEqual(urls(engine.search('PYTORCH')), ['/大模型/']);
    assert.deepEqual(urls(engine.search('ＬＬＭ')), ['/大模型/']);
    assert.deepEqual(urls(engine.search('gpu 24gb')), ['/全角/']);
  });
  test('regex metacharacters are literal', () => {
    for (const q of ['a.b', '(x|y)*', 'C++', '[0-9]+', '$HOME^']) assert.deepEqual(urls(engine.search(q)), ['/正则/'], q);
    assert.deepEqual(urls(engine.search('a*b')), []);
    assert.deepEqual(urls(engine.search('.*')), []);
    assert.deepEqual(urls(engine.search('\\')), []);
  });
  test('several terms: all must appear (AND), in any section', () => {
    assert.deepEqual(urls(engine.search('微调 torch')), ['/大模型/']);
    assert.deepEqual(urls(engine.search('微调 显存')), []);
  });
  test('code is searched too', () => {
    const [result] = engine.search('pip3');
    assert.equal(result?.url, '/大模型/');
    assert.equal(result?.sections[0]?.anchor, 'PyTorch');
    assert.equal(result?.sections[0]?.snippet.code, true);
  });
  test('an empty query finds nothing', () => {
    assert.deepEqual(engine.search(''), []);
    assert.deepEqual(engine.search('  　 '), []);
  });
  test('a malformed index is refused with a message; malformed entries are skipped', () => {
    assert.throws(() => createSearchEngine({ notes: [] }), /not a list of notes/);
    const partial = createSearchEngine([null, { title: 'x' }, entry('好', [['', '', '内容']])]);
    assert.equal(partial.size, 1);
  });
});

describe('ranking', () => {
  const engine = createSearchEngine([
    entry('in code', [['', '', 'nothing', 'rope = 1']], { url: '/code/' }),
    entry('in prose', [['', '', 'rope scaling']], { url: '/prose/' }),
    entry('in tag', [['', '', 'nothing']], { url: '/tag/', tags: ['RoPE'] }),
    entry('in heading', [['RoPE 位置编码', 'rope', 'nothing']], { url: '/heading/' }),
    entry('RoPE in title', [['', '', 'nothing']], { url: '/title/' }),
    entry('prose twice', [['', '', 'rope and rope']], { url: '/prose-twice/' }),
    entry('prose new', [['', '', 'rope']], { url: '/prose-new/', date: '2025-06-01T00:00:00.000Z' }),
    entry('prose old', [['', '', 'rope']], { url: '/prose-old/', date: '2020-06-01T00:00:00.000Z' }),
  ]);
  test('title > heading > tag > prose > code, then hits, then newer first', () => {
    assert.deepEqual(urls(engine.search('rope')), [
      '/title/',
      '/heading/',
      '/tag/',
      '/prose-twice/',
      '/prose-new/',
      '/prose/',
      '/prose-old/',
      '/code/',
    ]);
  });
  test('a term in a title outweighs two terms in headings', () => {
    const e = createSearchEngine([
      entry('b', [['alpha beta', 'h', '']], { url: '/headings/' }),
      entry('alpha', [['', '', 'x', 'beta']], { url: '/title/' }),
    ]);
    assert.deepEqual(urls(e.search('alpha beta')), ['/title/', '/headings/']);
  });
  test('sections holding more terms come first; a title-only hit shows the first section', () => {
    const e = createSearchEngine([
      entry('笔记', [
        ['一', 'one', '只有 alpha'],
        ['二', 'two', 'alpha 和 beta 都有'],
        ['三', 'three', '只有 beta'],
      ]),
    ]);
    const [result] = e.search('alpha beta');
    assert.deepEqual(result?.sections.map((s) => s.anchor), ['two', 'one', 'three']);
    assert.deepEqual(e.search('alpha beta', { sections: 1 })[0]?.sections.length, 1);
    const [byTitle] = e.search('笔记');
    assert.deepEqual(byTitle?.sections.map((s) => s.anchor), ['one']);
    assert.deepEqual(byTitle?.titleMarks, [[0, 2]]);
  });
});

describe('results', () => {
  const engine = createSearchEngine([
    entry('大模型 LLM', [
      ['微调(Fine Tuning)', '微调-Fine-Tuning', `${'前文'.repeat(40)}，微调是指对已经训练好的模型进行调整。\n下一段也讲微调。${'后文'.repeat(60)}`],
    ], { url: '/ai/' }),
  ]);
  test('a result links to its section; the snippet shows the first hit with every hit marked', () => {
    const [result] = engine.search('微调');
    const section = result?.sections[0];
    assert.ok(section);
    assert.equal(decodeURIComponent(section.url), '/ai/#微调-Fine-Tuning');
    assert.equal(section.heading, '微调(Fine Tuning)');
    assert.deepEqual(marked(section.heading, section.headingMarks), ['微调']);
    const { snippet } = section;
    assert.deepEqual(marked(snippet.text, snippet.marks), ['微调', '微调']);
    assert.ok(snippet.cutStart && snippet.cutEnd);
    assert.ok(!snippet.text.includes('\n'), 'block boundaries read as spaces');
    assert.ok(snippet.text.length <= 100);
  });
  test('marks point into the original text when normalisation changed it', () => {
    const e = createSearchEngine([entry('Ｑ４ 量化', [['', '', '使用 ＬＬＭ 的 Q4 量化']])]);
    const [result] = e.search('llm q4');
    assert.ok(result);
    assert.deepEqual(marked(result.title, result.titleMarks), ['Ｑ４']);
    const snippet = result.sections[0]?.snippet;
    assert.ok(snippet);
    assert.deepEqual(marked(snippet.text, snippet.marks), ['ＬＬＭ', 'Q4']);
  });
  test('makeSnippet starts at the line of the hit when it is close', () => {
    const text = 'first line\nsecond line with hit';
    const snippet = makeSnippet(text, normalize(text), ['hit'], text.indexOf('hit'), false);
    assert.equal(snippet.text, 'second line with hit');
    assert.equal(snippet.cutStart, true);
    assert.equal(snippet.cutEnd, false);
  });
});
