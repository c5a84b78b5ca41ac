import fs from 'node:fs';
import path from 'node:path';
import type { Hexo, PostData } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { parseNoteHtml } from '../post-dom/transforms';
import { uiString } from '../shared/i18n';
import { renderCard } from './card';
import { runLinkCards } from './command';
import { findCardCandidates } from './detect';
import { removeHostileUrls } from './safe-url';
import { cardsEnabled, readSettings } from './settings';
import { cardSignature, readStore, STORE_FILE, STORE_NAME, storeKey, type StoreIndex } from './store';

/** Bumped when the card markup changes, so cached notes are rendered again. */
const MARKUP_VERSION = 1;

/** The documents Hexo renders (posts and pages), as the fields this feature reads and writes. */
interface RenderedDoc extends PostData {
  link_card_urls?: string[];
  link_cards_sig?: string;
  save(): Promise<unknown>;
}

function renderedDocs(hexo: Hexo): RenderedDoc[] {
  return ['Post', 'Page'].flatMap((name) => hexo.model(name).toArray() as unknown as RenderedDoc[]);
}

export default function register(hexo: Hexo): void {
  // The store, read once per generate (and on first use outside one).
  let store: StoreIndex | null = null;
  const loadStore = (): StoreIndex => {
    if (store) return store;
    const doc = hexo.model('Data').findById(STORE_NAME) as { data?: unknown } | undefined;
    const imageExists = (sitePath: string): boolean => fs.existsSync(path.join(hexo.source_dir, ...sitePath.split('/').filter(Boolean)));
    const { index, warnings } = readStore(doc?.data, imageExists);
    for (const warning of warnings) hexo.log.warn(`source/${STORE_FILE}: ${warning}`);
    store = index;
    return index;
  };
  // Everything besides the note and the store that ends up in a card.
  const context = (): string => JSON.stringify([MARKUP_VERSION, hexo.config.url, hexo.config.root, hexo.config.language]);

  registerPostTransform(hexo, {
    name: 'unsafe-urls',
    priority: 5,
    run($, post) {
      const removed = removeHostileUrls($);
      for (const r of removed) hexo.log.warn(`${post.source}: removed a ${r.scheme}: URL from <${r.tag} ${r.attribute}>`);
      // Hexo's excerpt filter has already copied the parts around <!-- more --> (the
      // feed shows them); they are pieces of this content, so only a note that had
      // a hostile URL needs them cleaned too.
      if (removed.length === 0) return;
      for (const field of ['excerpt', 'more'] as const) {
        const part = post[field];
        if (typeof part !== 'string' || part === '') continue;
        const dom = parseNoteHtml(part);
        removeHostileUrls(dom);
        post[field] = dom.html();
      }
    },
  });

  registerPostTransform(hexo, {
    name: 'link-cards',
    priority: 20,
    run($, post) {
      const settings = readSettings(hexo.config.link_cards);
      const enabled = cardsEnabled(settings, post);
      const candidates = findCardCandidates($);
      const urls = candidates.map((c) => c.href);
      const index = loadStore();
      if (enabled) {
        const options = { siteUrl: String(hexo.config.url), root: String(hexo.config.root ?? '/'), videoLabel: uiString(hexo, 'link_card_video') };
        for (const card of candidates) {
          $(card.paragraph).replaceWith(renderCard(card, index.get(storeKey(card.href) ?? ''), options));
        }
      }
      // Saved with the note: `hexo linkcards` reads the URLs; the signature finds stale cached cards.
      post.link_card_urls = urls;
      post.link_cards_sig = cardSignature({ enabled, context: context(), urls, index });
    },
  });

  // A note cached in db.json keeps the cards it was rendered with. When the store,
  // the switch or the site context changed since, render that note again
  // (before Hexo's render_post filter, priority 10, renders notes without content).
  hexo.extend.filter.register(
    'before_generate',
    async () => {
      store = null;
      const index = loadStore();
      const settings = readSettings(hexo.config.link_cards);
      const stale = renderedDocs(hexo).filter((doc) => {
        if (doc.content == null) return false;
        const urls = doc.link_card_urls;
        if (!Array.isArray(urls) || typeof doc.link_cards_sig !== 'string') return true;
        return doc.link_cards_sig !== cardSignature({ enabled: cardsEnabled(settings, doc), context: context(), urls, index });
      });
      for (const doc of stale) {
        (doc as { content?: string }).content = undefined;
        await doc.save();
      }
    },
    5,
  );

  hexo.extend.console.register(
    'linkcards',
    `Fill source/${STORE_FILE} from the pages the notes' link cards point to`,
    { options: [{ name: '--refresh', desc: 'Fetch again the URLs already in the store' }] },
    async function linkcards(args) {
      await hexo.load();
      const settings = readSettings(hexo.config.link_cards);
      if (!settings.enable) hexo.log.info('linkcards: cards are off (link_cards.enable: false in _config.yml); the store is still filled');
      const urls = renderedDocs(hexo)
        .filter((doc) => doc.link_cards !== false)
        .flatMap((doc) => doc.link_card_urls ?? []);
      const result = await runLinkCards({ urls, sourceDir: hexo.source_dir, settings, refresh: Boolean(args.refresh), log: hexo.log });
      if (result.code !== 0) process.exitCode = result.code;
    },
  );
}
