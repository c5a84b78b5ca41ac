// Every chapter of the math-heavy so-large-lm notes builds: no ERROR, and the
// number of formulas KaTeX rejected is printed (target 0).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite, note, shared, type Site } from '../../helpers/site';

const corpus = shared('corpus/so-large-lm');

describe('so-large-lm chapters', { skip: corpus ? false : '../shared/corpus/so-large-lm is absent' }, () => {
  let site: Site;
  let chapters: string[];
  before(async () => {
    const dir = corpus as string;
    chapters = fs.readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
    const files: Record<string, string> = {};
    for (const name of chapters) {
      files[`_posts/${name}`] = note({ title: name, id: path.basename(name, '.md') }, fs.readFileSync(path.join(dir, name), 'utf8'));
    }
    site = await buildSite({ files });
  });
  after(() => site?.remove());

  test('every chapter builds with no ERROR and every formula renders', (t) => {
    assert.equal(site.code, 0, site.output);
    assert.deepEqual(site.errors, []);
    let formulas = 0;
    let failed = 0;
    for (const name of chapters) {
      const $ = site.$(`${path.basename(name, '.md')}/index.html`);
      formulas += $('.note-body .math').length;
      failed += $('.note-body .math-error').length;
      // No TeX left to Markdown: a `_` in a formula never became <em>.
      $('.note-body em').each((_, em) => assert.ok(!/\\[a-zA-Z]/.test($(em).text()), `${name}: <em>${$(em).text()}</em>`));
    }
    const warnings = site.warnings.filter((w) => w.includes('math:'));
    t.diagnostic(`${chapters.length} chapters, ${formulas} formulas, ${failed} failed`);
    console.log(`so-large-lm: ${chapters.length} chapters, ${formulas} formulas, ${failed} failed to render`);
    assert.ok(formulas > 500, `${formulas} formulas`);
    assert.equal(failed, 0, warnings.join('\n'));
    assert.equal(warnings.length, 0, warnings.join('\n'));
  });

  test('pages with formulas link the KaTeX stylesheet; chapters without do not', () => {
    for (const name of chapters) {
      const $ = site.$(`${path.basename(name, '.md')}/index.html`);
      const hasMath = $('.note-body .math').length > 0;
      assert.equal($('link[href="/vendor/katex/katex.min.css"]').length, hasMath ? 1 : 0, name);
    }
  });
});
