import { full_url_for } from 'hexo-util';
import type { Hexo } from '../hexo';
import { BEFORE_GENERATE } from '../pipeline';
import { editLinks, repositoryOf } from './links';

interface PageLike {
  source?: string;
  title?: unknown;
  path?: string;
}

export default function register(hexo: Hexo): void {
  const setting = () => repositoryOf((hexo.config as unknown as Record<string, unknown>).repository);
  hexo.extend.filter.register(
    'before_generate',
    () => {
      const { problem } = setting();
      if (problem) hexo.log.warn(problem);
    },
    BEFORE_GENERATE.KNOWLEDGE_CHECKS,
  );

  hexo.extend.helper.register('note_edit_links', (page: PageLike) => {
    const { repository } = setting();
    if (!repository || !page.source || !page.path) return null;
    const url = full_url_for.call({ config: hexo.config }, page.path);
    const title = typeof page.title === 'string' ? page.title : '';
    return editLinks(repository, { file: `${hexo.config.source_dir}/${page.source}`, title, url });
  });
}
