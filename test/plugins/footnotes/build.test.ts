// A real build of a note whose footnote is written inside its brackets, as the
// so-large-lm notes write one: it becomes a footnote, later warnings keep their lines.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, type Site } from '../../helpers/site';

describe('a footnote written inside its brackets', () => {
  let site: Site;
  before(async () => {
    const body = [
      '模型是任务不可知（task-agnostic）[^这个词组描述一种不针对特定任务进行优化的方法，例如 **GPT-3**。]的。',
      '',
      '另见[^typo]。',
    ].join('\n');
    site = await buildSite({ files: { '_posts/inline-fn.md': note({ title: 'inline-fn', id: 'inline-fn' }, body) } });
  });
  after(() => site?.remove());

  test('is a numbered footnote holding that text, and an undefined name still warns at its own line', () => {
    assert.equal(site.code, 0);
    assert.deepEqual(site.errors, []);
    const $ = site.$('inline-fn/index.html');
    assert.equal($('.note-body sup.footnote-ref').length, 1);
    const item = $('section.footnotes li');
    assert.equal(item.length, 1);
    assert.match(item.text(), /不针对特定任务进行优化的方法，例如 GPT-3。/);
    assert.equal(item.find('strong').text(), 'GPT-3');
    assert.doesNotMatch($('.note-body > p').first().text(), /\[\^/);
    const warnings = site.warnings.filter((w) => w.includes('inline-fn.md'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0] ?? '', /inline-fn\.md:\d+: footnote \[\^typo\] has no definition/);
    const line = Number(/inline-fn\.md:(\d+):/.exec(warnings[0] ?? '')?.[1]);
    assert.equal(fs.readFileSync(path.join(site.dir, 'source', '_posts', 'inline-fn.md'), 'utf8').split('\n')[line - 1], '另见[^typo]。');
  });
});
