import type { ParentNode } from 'domhandler';
import type { Hexo } from '../hexo';
import { registerPostTransform } from '../post-dom';
import { firstImageSrc } from './first-image';
import { sharingTags } from './meta';
import { sharedPage, type PageFields } from './page';

export default function register(hexo: Hexo): void {
  // A reader: the note's first picture, shown with a shared link when the front matter names no `cover:`.
  registerPostTransform(hexo, {
    name: 'sharing',
    phase: 'read',
    run($, post) {
      post.first_image = firstImageSrc($.root()[0] as ParentNode);
    },
  });
  // Called by the theme's head: canonical, OpenGraph, Twitter and JSON-LD tags of the page.
  hexo.extend.helper.register('sharing_meta', (page: PageFields, title: string) =>
    sharingTags(sharedPage(page, title, hexo.config)),
  );
}
