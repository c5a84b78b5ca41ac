import { storedRecords, type Hexo, type PostData } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { noteFile, reportProblem } from '../shared/problems';
import { runImages } from './command';
import { webpRoutes, type Route } from './local-copies';
import { applyImages, type WebpJob } from './note-images';
import { readSettings } from './settings';
import { noAddressLines, records, savedList, siteImages, srcLine } from './site-images';
import { staleNotes, unstoredCount } from './stale';
import { STORE_FILE } from './store';
import { BEFORE_GENERATE, WRITE } from '../pipeline';

export default function register(hexo: Hexo): void {
  const site = siteImages(hexo);
  // `hexo images` loads the site too: it then lists what it could not store instead.
  let fetching = false;

  registerPostTransform(hexo, {
    name: 'images',
    phase: 'write',
    order: WRITE.IMAGES,
    run($, post: PostData) {
      const { fields, missing, unaddressed } = applyImages($, site.page(post), site.environment(), (dep) => site.state(dep));
      Object.assign(post, fields);
      for (const m of missing) {
        reportProblem(hexo, { level: 'warn', file: noteFile(hexo, post), line: srcLine(post.raw, m.src), message: `image ${m.src}: ${m.reason}; shown without its size` });
      }
      const lines = unaddressed.length > 0 ? noAddressLines(post.raw) : [];
      unaddressed.forEach((alt, i) => {
        const shown = alt ? `its alt text "${alt}" shown instead` : 'left out';
        reportProblem(hexo, { level: 'warn', file: noteFile(hexo, post), line: lines[i] ?? null, message: `an image with no address (nothing to load); ${shown}` });
      });
    },
  });

  // Cached notes whose images changed lose their content, so that render_post renders them again.
  hexo.extend.filter.register('before_generate', async () => {
    site.reset();
    for (const name of ['Post', 'Page']) {
      for (const record of staleNotes(storedRecords(hexo, name), site.environment(), (dep) => site.state(dep))) {
        const doc = hexo.model(name).findById(record._id) as unknown as { content?: string; save(): Promise<unknown> };
        doc.content = undefined;
        await doc.save();
      }
    }
  }, BEFORE_GENERATE.STALE_IMAGES);

  hexo.extend.filter.register('before_generate', () => {
    const store = site.environment().store;
    const count = unstoredCount(records(hexo), (url) => store.has(url));
    if (count > 0 && !fetching) hexo.log.warn(`images: ${count} remote image(s) are not in source/${STORE_FILE}, so pages load them from other sites; run \`npx hexo images\` to download them`);
  }, BEFORE_GENERATE.REMOTE_IMAGES);

  hexo.extend.generator.register('image-webp', async (): Promise<Route[]> => {
    return webpRoutes(savedList<WebpJob>(records(hexo), 'image_webp'), { base: hexo.base_dir, source: hexo.source_dir }, (message) => hexo.log.warn(message));
  });

  hexo.extend.console.register('images', `Download the notes' remote images into source/ and record them in source/${STORE_FILE}`, { options: [{ name: '--refresh', desc: 'Fetch again the images already in the store' }] }, async function images(args) {
    fetching = true;
    await hexo.load();
    const urls = savedList<string>(records(hexo), 'image_urls');
    const result = await runImages({ urls, sourceDir: hexo.source_dir, settings: readSettings(hexo.config.images), refresh: Boolean(args.refresh), log: hexo.log, today: new Date().toISOString().slice(0, 10) });
    if (result.code !== 0) process.exitCode = result.code;
  });
}
