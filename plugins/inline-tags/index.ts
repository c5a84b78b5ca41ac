// Inline tags of other Hexo themes (render.ts) and older Hexo's embedding tags
// (embeds.ts): registered once every plugin and script has loaded, and only
// under names nobody registered, so a theme or plugin that has its own `label`
// or `youtube` keeps it. Hexo's own {% link %} is replaced by one that also reads
// the themes' forms of it (link.ts), unless a theme or plugin replaced it first;
// so is its {% image %}, which also reads Stellar's options (image.ts).
// Butterfly's {% flink %} friend links are lists of links (flink.ts).
import type { Hexo, PostData } from '../hexo';
import { isHexoImageTag, isHexoLinkTag, isTagPlugin, tagFunction } from '../hexo/tag-render';
import { bilibiliHtml, caniuseHtml, ghcardHtml, gistHtml, jsfiddleHtml, mediaHtml, pdfHtml, vimeoHtml, youtubeHtml } from './embeds';
import { flinkHtml } from './flink';
import { stellarImageArgs } from './image';
import { escapeHtml } from '../shared/html';
import { linkHtml } from './link';
import { uiString } from '../shared/i18n';
import { noteFile, reportProblem } from '../shared/problems';
import { lineOfFirst } from '../shared/source-lines';
import { buttonHtml, checkboxHtml, hideInlineHtml, inlineImageHtml, kbdHtml, labelHtml, styledTextHtml, TEXT_TAG_NAMES, textTagHtml } from './render';

const TAGS: ReadonlyArray<[string, (args: string[]) => string]> = [
  ['label', labelHtml],
  ['button', buttonHtml],
  ['btn', buttonHtml],
  ['kbd', kbdHtml],
  ['cb', checkboxHtml],
  ['checkbox', checkboxHtml],
  ['inlineImg', inlineImageHtml],
  ['span', (args) => styledTextHtml('span', args)],
  ['p', (args) => styledTextHtml('p', args)],
  ['youtube', youtubeHtml],
  ['vimeo', vimeoHtml],
  ['bilibili', bilibiliHtml],
  ['gist', gistHtml],
  ['jsfiddle', jsfiddleHtml],
  ['pdf', pdfHtml],
  ['caniuse', caniuseHtml],
  ['ghcard', ghcardHtml],
  ['video', mediaHtml('video')],
  ['audio', mediaHtml('audio')],
];

/**
 * The tag as Hexo calls it. A tag with nothing to show (`{% youtube %}` with no
 * id, `{% u %}` with no text) is left out with a warning at its line, not dropped unseen.
 */
function reportingEmpty(hexo: Hexo, name: string, render: (args: string[]) => string): (this: PostData, args: string[]) => string {
  return function (this: PostData, args: string[]): string {
    const html = render(args);
    if (html) return html;
    const line = lineOfFirst(this.raw, [`{% ${name}`, `{%- ${name}`]);
    reportProblem(hexo, { level: 'warn', file: noteFile(hexo, this), line, message: `{% ${name} %} has nothing to show (no address, id or text); left out` });
    return '';
  };
}

/** Butterfly's {% flink %}: its YAML unreadable, the body is shown as written, with a warning at the line. */
function flinkTag(hexo: Hexo): (this: PostData, args: string[], content: string) => string {
  return function (this: PostData, _args: string[], content: string): string {
    const result = flinkHtml(content);
    const at = lineOfFirst(this.raw, ['{% flink', '{%- flink']);
    const file = noteFile(hexo, this);
    if ('error' in result) {
      // The body's own line in the file: the first tag's line would be wrong for a later {% flink %}.
      const bodyAt = lineOfFirst(this.raw, [content]);
      const line = bodyAt !== null && result.line !== null ? bodyAt + result.line - 1 : at;
      reportProblem(hexo, { level: 'warn', file, line, message: `{% flink %}: ${result.error}; shown as written` });
      return `<pre><code>${escapeHtml(content)}</code></pre>`;
    }
    for (const problem of result.problems) reportProblem(hexo, { level: 'warn', file, line: at, message: `{% flink %}: ${problem}` });
    return result.html;
  };
}

export default function register(hexo: Hexo): void {
  const tags: ReadonlyArray<[string, (args: string[]) => string]> = [
    ...TAGS,
    ['hideInline', (args) => hideInlineHtml(args, uiString(hexo, 'hide_inline'))],
    ...TEXT_TAG_NAMES.map((name): [string, (args: string[]) => string] => [name, (args) => textTagHtml(name, args)]),
  ];
  hexo.on('ready', () => {
    for (const [name, render] of tags) if (!isTagPlugin(hexo, name)) hexo.extend.tag.register(name, reportingEmpty(hexo, name, render));
    if (!isTagPlugin(hexo, 'flink')) hexo.extend.tag.register('flink', flinkTag(hexo), { ends: true });
    for (const name of ['link', 'a', 'anchor']) if (isHexoLinkTag(hexo, name)) hexo.extend.tag.register(name, linkHtml);
    const hexoImage = isHexoImageTag(hexo) ? tagFunction(hexo, 'image') : undefined;
    if (hexoImage) hexo.extend.tag.register('image', function (this: unknown, args: string[]) {
      return String(hexoImage.call(this, stellarImageArgs(args) ?? args));
    });
  });
}
