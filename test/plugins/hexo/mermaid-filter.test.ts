// Contact: hexo-filter-mermaid-diagrams registers `lib/render` (a filter of the
// note's data) for before_post_render; takeMermaidFilter finds and removes it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mermaidFilterModule, takeMermaidFilter } from '../../../plugins/hexo/mermaid-filter';
import { installed } from '../../../plugins/hexo/version';
import { plainHexo } from '../../helpers/hexo';

const plugin = installed('hexo-filter-mermaid-diagrams');
const site = plainHexo();

test(`${plugin}: lib/render is a filter of one argument`, () => {
  const render = mermaidFilterModule();
  assert.equal(typeof render, 'function', `${plugin}: lib/render does not export a function`);
  assert.equal(render?.length, 1, `${plugin}: lib/render no longer takes the note's data alone`);
});

test(`${plugin}: the plugin registers it; taken out, it still converts a fence`, async () => {
  assert.equal(takeMermaidFilter(site.hexo), null, 'not registered before the plugin is loaded');
  await site.hexo.loadPlugin(require.resolve('hexo-filter-mermaid-diagrams'));
  const render = takeMermaidFilter(site.hexo);
  assert.ok(render, `${plugin}: loading the plugin did not register lib/render for before_post_render`);
  assert.ok(!(site.hexo.extend.filter.list('before_post_render') as unknown[]).includes(render), 'unregistered');
  const data = { source: '_posts/a.md', content: '```mermaid\ngraph TD; A-->B\n```\n' };
  render.call(site.hexo, data);
  assert.match(data.content, /<pre class="mermaid">graph TD; A-->B<\/pre>/, `${plugin}: lib/render does not turn a mermaid fence into <pre class="mermaid">`);
});
