// Embedded players and media from other sites shown as links (convert.ts): a
// post-dom writer, with a warning per embed naming the note and the line of its address.
import type { Hexo } from '../hexo';
import { readSettings } from '../csp/settings';
import { WRITE } from '../pipeline';
import { registerPostTransform } from '../post-dom';
import { noteFile, reportProblem } from '../shared/problems';
import { attributeForms, lineOfFirst } from '../shared/source-lines';
import { embedSources, linkEmbeds, mayHoldEmbeds, type LinkedEmbed } from './convert';

function message(embed: LinkedEmbed): string {
  const allow = embed.tag === 'iframe' ? 'frame-src' : embed.tag === 'video' || embed.tag === 'audio' ? 'media-src' : null;
  const hint = allow ? ` (to embed it, allow https://${embed.from} under csp.extra.${allow} in _config.yml)` : '';
  return `<${embed.tag}> from ${embed.from} is shown as a link to ${embed.to}: the site loads nothing from another origin${hint}`;
}

export default function register(hexo: Hexo): void {
  registerPostTransform(hexo, {
    name: 'embeds',
    phase: 'write',
    order: WRITE.EMBEDS,
    run: ($, post) => {
      if (!mayHoldEmbeds(post.content)) return;
      const linked = linkEmbeds($.root().toArray(), embedSources(readSettings(hexo.config.csp).extra));
      for (const embed of linked) {
        reportProblem(hexo, { level: 'warn', file: noteFile(hexo, post), line: lineOfFirst(post.raw, attributeForms(embed.src)), message: message(embed) });
      }
    },
  });
}
