// `hexo generate` with a bound on the pages in flight (concurrency.ts). `hexo
// deploy -g` and `hexo g -d` go through the same command.
import type { Hexo } from '../hexo';
import { registeredCommand } from '../hexo/console';
import { readConcurrency, withConcurrency } from './concurrency';

export default function register(hexo: Hexo): void {
  const builtIn = registeredCommand(hexo, 'generate');
  if (!builtIn) return;
  const { concurrency, ignored } = readConcurrency(hexo.config.generate);
  if (ignored !== null) hexo.log.warn(`_config.yml generate.concurrency: ${ignored} is not a whole number ≥ 1; using ${concurrency}`);
  hexo.extend.console.register('generate', builtIn.desc ?? 'Generate static files.', builtIn.options, function (args) {
    return builtIn.run.call(this, withConcurrency(args, concurrency));
  });
}
