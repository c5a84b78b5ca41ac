import type { Hexo } from '../hexo';
import { registeredCommand } from '../hexo/console';
import { newNoteCommand } from './command';

export default function register(hexo: Hexo): void {
  const builtIn = registeredCommand(hexo, 'new');
  if (!builtIn) return;
  hexo.extend.console.register(
    'new',
    builtIn.desc ?? 'Create a new post.',
    {
      ...builtIn.options,
      options: [...(builtIn.options.options ?? []), { name: '--id', desc: 'The note\'s id, its URL /<id>/ (default: derived from the title)' }],
    },
    newNoteCommand(builtIn.run),
  );
}
