// A note whose body is five CJK characters and two bare links, each on its own
// line: the links become cards, and neither a card's URL nor its site name counts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

const BODY = ['五个汉字啊', '', 'https://www.youtube.com/watch?v=BCfCdTp-fdM', '', 'http://localhost:8080/some/path'].join('\n');

describe('word count of a note with bare links', () => {
  let site: Site;
  before(async () => {
    site = await buildSite({
      files: {
        '_posts/bare.md': note({ title: 'Bare', id: 'bare' }, BODY),
        '_posts/labelled.md': note({ title: 'Labelled', id: 'labelled' }, `五个汉字啊\n\n项目地址：https://github.com/langchain-ai/langchain`),
      },
    });
  });
  after(() => site.remove());

  test('the build succeeds', () => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
  });

  test('the links are cards', () => {
    assert.equal(site.$('bare/index.html')('article a.link-card').length, 2);
  });

  test('only the five characters count', () => {
    assert.equal(site.$('bare/index.html')('.note-stats').attr('data-word-count'), '5');
  });

  test("the author's label before a bare link counts, the card's URL does not", () => {
    const $ = site.$('labelled/index.html');
    assert.equal($('article a.link-card .link-card-caption').text(), '项目地址');
    assert.equal($('.note-stats').attr('data-word-count'), '9');
  });
});
