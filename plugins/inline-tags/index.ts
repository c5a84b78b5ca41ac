// Inline tags of other Hexo themes (render.ts) and older Hexo's embedding tags
// (embeds.ts): registered once every plugin and script has loaded, and only
// under names nobody registered, so a theme or plugin that has its own `label`
// or `youtube` keeps it. Hexo's own {% link %} is replaced by one that also reads
// the themes' forms of it (link.ts), unless a theme or plugin replaced it first;
// so is its {% image %}, which also reads Stellar's options (image.ts).
import type { Hexo } from '../hexo';
import { isHexoImageTag, isHexoLinkTag, isTagPlugin, tagFunction } from '../hexo/tag-render';
import { bilibiliHtml, caniuseHtml, ghcardHtml, gistHtml, jsfiddleHtml, mediaHtml, pdfHtml, vimeoHtml, youtubeHtml } from './embeds';
import { stellarImageArgs } from './image';
import { linkHtml } from './link';
import { uiString } from '../shared/i18n';
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

export default function register(hexo: Hexo): void {
  const tags: ReadonlyArray<[string, (args: string[]) => string]> = [
    ...TAGS,
    ['hideInline', (args) => hideInlineHtml(args, uiString(hexo, 'hide_inline'))],
    ...TEXT_TAG_NAMES.map((name): [string, (args: string[]) => string] => [name, (args) => textTagHtml(name, args)]),
  ];
  hexo.on('ready', () => {
    for (const [name, render] of tags) if (!isTagPlugin(hexo, name)) hexo.extend.tag.register(name, render);
    for (const name of ['link', 'a', 'anchor']) if (isHexoLinkTag(hexo, name)) hexo.extend.tag.register(name, linkHtml);
    const hexoImage = isHexoImageTag(hexo) ? tagFunction(hexo, 'image') : undefined;
    if (hexoImage) hexo.extend.tag.register('image', function (this: unknown, args: string[]) {
      return String(hexoImage.call(this, stellarImageArgs(args) ?? args));
    });
  });
}
