// The preparation around hexo-filter-mermaid-diagrams, with the plugin's own filter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { convertDiagrams, escapeDiagram } from '../../../plugins/mermaid/fences';

type PluginFilter = (this: { config: { mermaid: { enable: boolean } } }, data: { source: string; content: string }) => void;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the plugin is CommonJS without types
const pluginFilter = require('hexo-filter-mermaid-diagrams/lib/render') as PluginFilter;

function convert(markdown: string): { text: string; diagrams: number } {
  return convertDiagrams(markdown, (content) => {
    const data = { source: '_posts/a.md', content };
    pluginFilter.call({ config: { mermaid: { enable: true } } }, data);
    return data.content;
  });
}

test('the diagram text is escaped and reaches the page as the original text', () => {
  const source = 'classDiagram\n  Animal <|-- Duck\n  A : {{hex}} & "q" `x`\n  B[a<br>b]';
  const { text, diagrams } = convert(`前文\n\n\`\`\`mermaid\n${source}\n\`\`\`\n\n后文\n`);
  assert.equal(diagrams, 1);
  assert.ok(!text.includes('{{') && !text.includes('<|'), text);
  const $ = cheerio.load(text);
  assert.equal($('pre.mermaid').length, 1);
  assert.equal($('pre.mermaid').text(), source);
  assert.match(text, /^前文\n\n<pre class="mermaid">[^\n]*<\/pre>\n\n后文\n$/);
});

test('~~~mermaid and longer fences are diagrams too', () => {
  const { text } = convert('~~~mermaid\ngraph TD\nA-->B\n~~~\n\n````mermaid\ngraph LR\n````\n');
  const $ = cheerio.load(text);
  assert.deepEqual(
    $('pre.mermaid').map((_, el) => $(el).text()).get(),
    ['graph TD\nA-->B', 'graph LR'],
  );
});

test('a ```mermaid fence shown inside a longer outer fence stays code, untouched', () => {
  const markdown = '````md\n```mermaid\ngraph TD\n```\n````\n\n```mermaid\ngraph LR\n```\n';
  const { text } = convert(markdown);
  assert.ok(text.startsWith('````md\n```mermaid\ngraph TD\n```\n````\n'), text);
  assert.equal(cheerio.load(text)('pre.mermaid').text(), 'graph LR');
});

test('a diagram inside a list item or a quote stays on its line', () => {
  const { text } = convert('- step\n  ```mermaid\n  graph LR\n  X --> Y\n  ```\n');
  assert.match(text, /^- step\n {2}<pre class="mermaid">graph LR&#10;X --&gt; Y<\/pre>\n$/);
});

test('an empty or unclosed mermaid fence stays code', () => {
  assert.equal(convert('```mermaid\n```\n\ntext\n').text, '```mermaid\n```\n\ntext\n');
  assert.equal(convert('```mermaid\ngraph').text, '```mermaid\ngraph');
});

test('a note without diagrams is returned as it was', () => {
  const markdown = 'text with `` ```mermaid `` in a code span\n';
  assert.equal(convert(markdown).text, markdown);
  assert.equal(convert('plain').diagrams, 0);
});

test('escaping', () => {
  assert.equal(escapeDiagram('a<b>&{c}\r\nd`'), 'a&lt;b&gt;&amp;&#123;c&#125;&#10;d&#96;');
});

test('a mermaid fence inside an HTML comment stays in the comment, as Hexo leaves it', () => {
  const markdown = '<!--\n```mermaid\ngraph TD\n```\n-->\n\n```mermaid\ngraph LR\n```\n';
  const { text, diagrams } = convert(markdown);
  assert.equal(diagrams, 1);
  assert.ok(text.startsWith('<!--\n```mermaid\ngraph TD\n```\n-->\n'), text);
  assert.equal(cheerio.load(text)('pre.mermaid').text(), 'graph LR');
});
