// `:tada:` shortcodes in notes as emoji (shortcodes.ts); `emoji: false` in
// _config.yml leaves them as written.
import type { MarkedExtension } from 'marked';
import type { Hexo } from '../hexo';
import { MARKED_USE } from '../pipeline';
import { emojiMarkedExtension } from './shortcodes';

export default function register(hexo: Hexo): void {
  if ((hexo.config as { emoji?: unknown }).emoji === false) return;
  // hexo-renderer-marked resets marked and runs this filter for every document it renders.
  hexo.extend.filter.register('marked:use', (use: (extension: MarkedExtension) => unknown) => {
    use(emojiMarkedExtension());
  }, MARKED_USE.EMOJI);
}
