// The link-cards transform over one rendered note: replaces each card paragraph
// (when cards are on) and returns the fields saved with the note.
import type { NoteDom } from '../post-dom/transforms';
import { renderCard, type CardOptions } from './card';
import { findCardCandidates } from './detect';
import { cardsEnabled, type LinkCardSettings } from './settings';
import { cardSignature, storeKey, type StoreIndex } from './store';

/** Bumped when the card markup changes, so cached notes are rendered again. */
export const MARKUP_VERSION = 1;

/** The site settings a card's markup depends on. */
export interface SiteContext {
  url: string;
  root?: string;
  language?: unknown;
}

/** Everything besides the note and the store that ends up in a card. */
export function cardContext(config: SiteContext): string {
  return JSON.stringify([MARKUP_VERSION, config.url, config.root, config.language]);
}

export function cardOptions(config: SiteContext, videoLabel: string): CardOptions {
  return { siteUrl: config.url, root: config.root ?? '/', videoLabel };
}

/** What every note's cards are rendered from. */
export interface CardEnvironment {
  settings: LinkCardSettings;
  index: StoreIndex;
  /** From cardContext(). */
  context: string;
}

/** The fields saved with a note: `hexo linkcards` reads the URLs; the signature finds stale cached cards. */
export interface NoteCardFields {
  link_card_urls: string[];
  link_cards_sig: string;
}

/** The signature of a note's cards, given its card URLs, in this environment. */
export function noteSignature(note: Record<string, unknown>, urls: readonly string[], env: CardEnvironment): string {
  return cardSignature({ enabled: cardsEnabled(env.settings, note), context: env.context, urls, index: env.index });
}

/** Turns the note's card paragraphs into cards (unless cards are off for it). */
export function applyCards($: NoteDom, note: Record<string, unknown>, env: CardEnvironment, options: CardOptions): NoteCardFields {
  const candidates = findCardCandidates($);
  if (cardsEnabled(env.settings, note)) {
    for (const card of candidates) {
      $(card.paragraph).replaceWith(renderCard(card, env.index.get(storeKey(card.href) ?? ''), options));
    }
  }
  const urls = candidates.map((c) => c.href);
  return { link_card_urls: urls, link_cards_sig: noteSignature(note, urls, env) };
}
