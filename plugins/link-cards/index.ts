import type { Hexo } from '../hexo';
import { BEFORE_GENERATE, WRITE } from '../pipeline';
import { registerPostTransform } from '../post-dom';
import { uiString } from '../shared/i18n';
import { runLinkCards, storeUrls } from './command';
import { applyCards, cardContext, cardOptions, type CardEnvironment } from './note-cards';
import { readSettings } from './settings';
import { clearStaleNotes, renderedDocs } from './site-notes';
import { storeCache } from './site-store';
import { STORE_FILE, STORE_NAME } from './store';

export default function register(hexo: Hexo): void {
  const store = storeCache({
    data: () => (hexo.model('Data').findById(STORE_NAME) as { data?: unknown } | undefined)?.data,
    sourceDir: hexo.source_dir,
    warn: (message) => hexo.log.warn(message),
  });
  const environment = (): CardEnvironment => ({ settings: readSettings(hexo.config.link_cards), index: store.get(), context: cardContext(hexo.config) });

  registerPostTransform(hexo, {
    name: 'link-cards',
    phase: 'write',
    order: WRITE.LINK_CARDS,
    run($, post) {
      Object.assign(post, applyCards($, post, environment(), cardOptions(hexo.config, uiString(hexo, 'link_card_video'))));
    },
  });

  hexo.extend.filter.register(
    'before_generate',
    () => {
      store.reset();
      return clearStaleNotes(hexo, environment());
    },
    BEFORE_GENERATE.STALE_CARDS,
  );

  hexo.extend.console.register(
    'linkcards',
    `Fill source/${STORE_FILE} from the pages the notes' link cards point to`,
    { options: [{ name: '--refresh', desc: 'Fetch again the URLs already in the store' }] },
    async function linkcards(args) {
      await hexo.load();
      const settings = readSettings(hexo.config.link_cards);
      const result = await runLinkCards({ urls: storeUrls(renderedDocs(hexo)), sourceDir: hexo.source_dir, settings, refresh: Boolean(args.refresh), log: hexo.log });
      if (result.code !== 0) process.exitCode = result.code;
    },
  );
}
