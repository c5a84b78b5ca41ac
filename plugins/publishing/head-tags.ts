// The generator tag and the feed's autodiscovery link, written by the theme's
// head rather than injected. Hexo's meta_generator filter and
// hexo-generator-feed's autodiscovery filter each insert their tag before
// </head> of every page, unless the page already has one, and each insertion
// copies the whole page: a note of thousands of formulas is megabytes of KaTeX
// markup, copied once more per filter. With the tags in the head, both filters
// find them and leave the page as it is.

export interface HeadTagsContext {
  /** `meta_generator` in _config.yml: Hexo adds the tag unless it is false. */
  metaGenerator: unknown;
  /** hexo-generator-feed's settings, as it normalised them (absent when it is not loaded). */
  feed: { autodiscovery?: unknown; type?: unknown } | undefined;
  /** Whether a generator of this name is registered (the feed plugin registers one per feed type). */
  hasGenerator(name: string): boolean;
  /** Hexo's own helpers, so the tags read exactly as the filters would write them. */
  metaGeneratorTag(): string;
  feedTag(): string;
}

function feedIsLoaded(context: HeadTagsContext): boolean {
  const { feed } = context;
  if (!feed || feed.autodiscovery !== true) return false;
  const types = Array.isArray(feed.type) ? feed.type : [feed.type];
  return types.some((type) => typeof type === 'string' && context.hasGenerator(type));
}

/** The tags the two filters would insert, for the theme's head; '' where a filter would insert nothing. */
export function headTags(context: HeadTagsContext): string {
  const tags: string[] = [];
  if (context.metaGenerator) tags.push(context.metaGeneratorTag());
  if (feedIsLoaded(context)) tags.push(context.feedTag());
  return tags.join('\n');
}
