import path from 'node:path';
import type { Hexo, PostData } from '../hexo';
import { uiString } from '../shared/i18n';
import { bodyLineOffset } from '../shared/site';
import { noteFolder, processNote } from './process';
import { BEFORE_POST_RENDER } from '../pipeline';

interface NoteDoc extends PostData {
  path?: string;
}

export default function register(hexo: Hexo): void {
  hexo.extend.filter.register(
    'before_post_render',
    (data: NoteDoc) => {
      // Tag plugins render Markdown snippets through here too: they have no page to put files next to.
      if (!data.source || typeof data.content !== 'string') return data;
      const route = typeof data.path === 'string' ? data.path : '';
      const source = data.full_source ? path.relative(hexo.base_dir, data.full_source) : data.source;
      const result = processNote(data.content, {
        folder: noteFolder(route),
        root: hexo.config.root,
        reserved: ['index.html', route.slice(route.lastIndexOf('/') + 1)].filter(Boolean),
        source,
        lineOffset: bodyLineOffset(data.raw, data.content),
        t: (key) => uiString(hexo, key),
      });
      for (const warning of result.warnings) hexo.log.warn(warning);
      data.content = result.markdown;
      // Saved with the post in db.json, so a cached (not re-rendered) note still publishes its files.
      data.code_files = result.files;
      return data;
    },
    BEFORE_POST_RENDER.CODE_FILES,
  );

  // The downloads: real files beside the note, the exact block text.
  hexo.extend.generator.register('code-files', (locals) => {
    const routes: Array<{ path: string; data: string }> = [];
    const add = (doc: object): void => {
      for (const file of (doc as PostData).code_files ?? []) routes.push({ path: file.path, data: file.text });
    };
    locals.posts.forEach(add);
    locals.pages.forEach(add);
    return routes;
  });
}
