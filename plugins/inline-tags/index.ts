// Inline tags of other Hexo themes (render.ts): registered once every plugin and
// script has loaded, and only under names nobody registered, so a theme or
// plugin that has its own `label` or `btn` keeps it.
import type { Hexo } from '../hexo';
import { isTagPlugin } from '../hexo/tag-render';
import { buttonHtml, checkboxHtml, kbdHtml, labelHtml } from './render';

const TAGS: ReadonlyArray<[string, (args: string[]) => string]> = [
  ['label', labelHtml],
  ['button', buttonHtml],
  ['btn', buttonHtml],
  ['kbd', kbdHtml],
  ['cb', checkboxHtml],
  ['checkbox', checkboxHtml],
];

export default function register(hexo: Hexo): void {
  hexo.on('ready', () => {
    for (const [name, render] of TAGS) if (!isTagPlugin(hexo, name)) hexo.extend.tag.register(name, render);
  });
}
