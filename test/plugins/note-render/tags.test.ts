// The decision made where Hexo renders a note's tags: text that is not a tag
// plugin is left as written (with a warning naming file and line), a failing tag
// becomes an error naming the tag and its line in the file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Logger } from '../../../plugins/hexo';
import type { TagRenderContext } from '../../../plugins/hexo/tag-render';
import { NoteRenderError, renderNoteTags, type NoteAssets } from '../../../plugins/note-render/tags';

const note = { source: '_posts/a.md', full_source: '/site/source/_posts/a.md', raw: '---\ntitle: a\n---\n\nText {{ x }} and {% note %}b{% endnote %}\n' };
const where = (n: { source: string }): string => `source/${n.source}`;
/** The note has one asset, diagram.png; the site two code files, demo.js (a page) and demo.py (copied as it is). */
const assets: NoteAssets = {
  has: (_note, slug) => slug === 'diagram.png',
  hint: () => 'post_asset_folder is off',
  codeFile: (file) => (file === 'demo.js' ? 'page' : file === 'demo.py' ? 'file' : null),
  codeDir: 'source/downloads/code/',
};

function context(render: TagRenderContext['render']): { tags: TagRenderContext; warnings: string[]; log: Logger } {
  const warnings: string[] = [];
  const log = { warn: (message: string) => warnings.push(message) } as unknown as Logger;
  return { tags: { render, isTag: (name) => name === 'note' }, warnings, log };
}

test('text with {{ }} that is not a tag plugin is kept as written, with a warning at its line; the tag plugins still render', async () => {
  const rendered: string[] = [];
  const { tags, warnings, log } = context((str) => (rendered.push(str), Promise.resolve(`rendered ${str}`)));
  const text = 'Text {{ x }} and {% note %}b{% endnote %} {% label info@y %}';
  assert.equal(await renderNoteTags(text, note, tags, log, where, assets), 'rendered Text {% raw %}{{{% endraw %} x }} and {% note %}b{% endnote %} {% raw %}{%{% endraw %} label info@y %}');
  assert.deepEqual(rendered.length, 1);
  assert.deepEqual(warnings, [
    'source/_posts/a.md:5: "{{ x }}" is not a tag plugin (and 1 more); shown as written, the note\'s tag plugins still render (wrap such text in {% raw %}…{% endraw %} or in backticks)',
  ]);
});

test('tag plugins only: Hexo renders them', async () => {
  const { tags, warnings, log } = context((str) => Promise.resolve(`rendered ${str}`));
  assert.equal(await renderNoteTags('{% note %}b{% endnote %}', note, tags, log, where, assets), 'rendered {% note %}b{% endnote %}');
  assert.deepEqual(warnings, []);
});

test('a tag that fails is named with its line in the file', async () => {
  const { tags, log } = context(() => Promise.reject(Object.assign(new Error('Template render error: (unknown path) [Line 1, Column 1]\n  boom'), { line: 1 })));
  const rendering = Promise.resolve(renderNoteTags('{% note %}b{% endnote %}', note, tags, log, where, assets));
  await assert.rejects(rendering, (error: unknown) => error instanceof NoteRenderError && error.line === 5 && error.message.includes('{% note %}'));
});

test('what is not a note (a tag plugin rendering a snippet) goes to Hexo as it is', async () => {
  const { tags, log } = context((str) => Promise.resolve(`rendered ${str}`));
  assert.equal(await renderNoteTags('{{ x }}', { source: 'x' }, tags, log, where, assets), 'rendered {{ x }}');
});

test('an asset tag naming a file the note does not have warns at its line; one it has, or in raw, does not', async () => {
  const { tags, warnings, log } = context((str) => Promise.resolve(str));
  const raw = '---\ntitle: a\n---\n\n{% asset_img diagram.png 图 %}\n{% asset_img left "missing one.png" 缺 %}\n{% asset_link gone.pdf %}\n';
  const text = '{% asset_img diagram.png 图 %}\n{% asset_img left "missing one.png" 缺 %}\n{% asset_link gone.pdf %}\n{% raw %}{% asset_path x.png %}{% endraw %}';
  await renderNoteTags(text, { ...note, raw }, { ...tags, isTag: () => true }, log, where, assets);
  assert.deepEqual(warnings, [
    'source/_posts/a.md:6: {% asset_img missing one.png %}: the note has no asset "missing one.png" (post_asset_folder is off); Hexo renders nothing for it',
    'source/_posts/a.md:7: {% asset_link gone.pdf %}: the note has no asset "gone.pdf" (post_asset_folder is off); Hexo renders nothing for it',
  ]);
});

test('an include_code whose file is not a page of code_dir warns at its line, saying why; its options read as Hexo reads them', async () => {
  const { tags, warnings, log } = context((str) => Promise.resolve(str));
  const raw = '---\ntitle: a\n---\n\n{% include_code 示例 lang:js demo.js %}\n{% include_code lang:js from:2 to:5 gone.js %}\n{% include_code demo.py %}\n';
  const text = '{% include_code 示例 lang:js demo.js %}\n{% include_code lang:js from:2 to:5 gone.js %}\n{% include_code demo.py %}\n{% raw %}{% include_code x.js %}{% endraw %}';
  await renderNoteTags(text, { ...note, raw }, { ...tags, isTag: () => true }, log, where, assets);
  assert.deepEqual(warnings, [
    'source/_posts/a.md:6: {% include_code gone.js %}: there is no source/downloads/code/gone.js; Hexo renders nothing for it (a fenced code block in the note shows it)',
    'source/_posts/a.md:7: {% include_code demo.py %}: Hexo includes only the files it renders as pages (such as .js, .css, .html), and source/downloads/code/demo.py is copied as it is; Hexo renders nothing for it (a fenced code block in the note shows it)',
  ]);
});
