import type { Hexo } from '../hexo';
import { settleSavesAfter } from '../hexo/watch';
import { servesStatic, useLiveReload, useNotFoundPage, type App } from './middleware';
import { SERVER_MIDDLEWARE } from '../pipeline';

/**
 * A save is read once the file has held its size this long. An editor writes a
 * note in one go (or renames a finished temporary file); Hexo's 200 ms, polled
 * every 100 ms, made every save wait up to 300 ms. A file still being copied in
 * is read again when it changes: its last change is what is shown.
 */
const SETTLE_MS = 50;
const SETTLE_POLL_MS = 25;

export default function register(hexo: Hexo): void {
  settleSavesAfter(hexo, SETTLE_MS, SETTLE_POLL_MS);
  // server_middleware filters run only under `hexo server`: nothing of this
  // reaches `hexo generate` output.
  hexo.extend.filter.register(
    'server_middleware',
    (app: App) => {
      if (!servesStatic(hexo)) useLiveReload(hexo, app);
    },
    SERVER_MIDDLEWARE.LIVE_RELOAD,
  );
  // After hexo-server's own middlewares: only what they did not serve gets the 404 page.
  hexo.extend.filter.register(
    'server_middleware',
    (app: App) => {
      if (!servesStatic(hexo)) useNotFoundPage(hexo, app);
    },
    SERVER_MIDDLEWARE.NOT_FOUND_FALLBACK,
  );
}
