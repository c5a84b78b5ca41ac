import type { Hexo } from '../hexo';
import { servesStatic, useLiveReload, useNotFoundPage, type App } from './middleware';
import { SERVER_MIDDLEWARE } from '../pipeline';

export default function register(hexo: Hexo): void {
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
