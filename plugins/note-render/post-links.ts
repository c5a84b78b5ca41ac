// {% post_link x %} and {% post_path x %} to a note that does not exist (renamed,
// deleted, never migrated): Hexo throws, and the whole note fails to render.
// Here it is a dead link like any other (link-check): a warning at its line, an
// error with `links.strict`, and the rest of the note renders; post_link shows
// its text, post_path gives no address. Pure.

export interface DeadPostLink {
  tag: 'post_link' | 'post_path';
  slug: string;
}

/** What a post link to no note shows instead: its title as written, else the name it was given; post_path nothing. */
export function deadPostLinkText(tag: DeadPostLink['tag'], args: readonly string[]): string {
  if (tag === 'post_path') return '';
  const [slug = '', ...rest] = args;
  // The last argument may be post_link's `escape` flag.
  if (rest[rest.length - 1] === 'true' || rest[rest.length - 1] === 'false') rest.pop();
  return rest.length > 0 ? rest.join(' ') : (slug.split('#')[0] ?? '');
}

export function deadPostLinkMessage(link: DeadPostLink): string {
  return `{% ${link.tag} ${link.slug} %}: no note has that file name or title, so it links nowhere; ${link.tag === 'post_link' ? 'its text is shown' : 'it gives no address'}`;
}
