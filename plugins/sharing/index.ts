import type { Hexo } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { sharingTags } from './meta';
import { sharedPage, type PageFields } from './page';

export default function register(hexo: Hexo): void {
  // A reader: the note's first picture, shown with a shared link when the front matter names no `cover:`.
  registerPostTransform(hexo, {
    name: 'sharing',
    phase: 'read',
    run($, post) {
      post.first_image = $('img[src]').first().attr('src') ?? null;
    },
  });
  // Called by the theme's head: canonical, OpenGraph, Twitter and JSON-LD tags of the page.
  hexo.extend.helper.register('sharing_meta', (page: PageFields, title: string) =>
    sharingTags(sharedPage(page, title, hexo.config)),
  );
}
