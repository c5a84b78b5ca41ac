import { storedRecords, type Hexo, type PostData } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { uiString } from '../shared/i18n';
import { runLinkCards, storeUrls } from './command';
import { applyCards, cardContext, cardOptions, type CardEnvironment } from './note-cards';
import { readSettings } from './settings';
import { storeCache } from './site-store';
import { staleNotes } from './stale';
import { STORE_FILE, STORE_NAME } from './store';
import { BEFORE_GENERATE, WRITE } from '../pipeline';

/** The documents Hexo renders (posts and pages); the fields this feature stores are in plugins/fields.ts. */
interface RenderedDoc extends PostData {
  save(): Promise<unknown>;
}

function renderedDocs(hexo: Hexo): RenderedDoc[] {
  return ['Post', 'Page'].flatMap((name) => hexo.model(name).toArray() as unknown as RenderedDoc[]);
}

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

  // Cached notes whose cards are stale lose their content, so that the render_post
  // filter (renders notes without content) renders them again.
  hexo.extend.filter.register(
    'before_generate',
    async () => {
      store.reset();
      for (const name of ['Post', 'Page']) {
        for (const record of staleNotes(storedRecords(hexo, name), environment())) {
          const doc = hexo.model(name).findById(record._id) as unknown as RenderedDoc;
          (doc as { content?: string }).content = undefined;
          await doc.save();
        }
      }
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
