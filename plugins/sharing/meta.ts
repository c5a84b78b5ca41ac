// The head tags that make a shared link show a title, a summary and a picture:
// canonical URL, OpenGraph, a Twitter card and, on notes, JSON-LD TechArticle.
// Every value is escaped for where it goes: attribute values as HTML, the
// JSON-LD so that no `</script>` or `<!--` can end or change its element.
import { escapeHtml, scriptSafeJson } from '../shared/html';

export interface ArticleFacts {
  published: string;
  modified: string;
  tags: readonly string[];
  author: string;
}

export interface SharedPage {
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  siteName: string;
  /** BCP 47 (`zh-CN`), as `lang` gives it. */
  language: string;
  /** Absolute URL of the picture shown with the link. */
  image: string;
  /** Only notes are articles; other pages are websites. */
  article: ArticleFacts | null;
}

/** `zh-CN` → `zh_CN`, the form OpenGraph's `og:locale` takes. */
export const ogLocale = (language: string): string => language.replace('-', '_');

function techArticle(page: SharedPage, article: ArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: page.title,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    image: page.image,
    datePublished: article.published,
    dateModified: article.modified,
    inLanguage: page.language,
    keywords: article.tags,
    author: { '@type': 'Person', name: article.author },
    publisher: { '@type': 'Organization', name: page.siteName },
  };
}

export function sharingTags(page: SharedPage): string {
  const property = (name: string, value: string): string => `<meta property="${name}" content="${escapeHtml(value)}">`;
  const named = (name: string, value: string): string => `<meta name="${name}" content="${escapeHtml(value)}">`;
  const tags = [
    `<link rel="canonical" href="${escapeHtml(page.url)}">`,
    property('og:title', page.title),
    property('og:description', page.description),
    property('og:type', page.article ? 'article' : 'website'),
    property('og:url', page.url),
    property('og:site_name', page.siteName),
    property('og:locale', ogLocale(page.language)),
    property('og:image', page.image),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', page.title),
    named('twitter:description', page.description),
    named('twitter:image', page.image),
  ];
  if (page.article) {
    tags.push(property('article:published_time', page.article.published), property('article:modified_time', page.article.modified));
    for (const tag of page.article.tags) tags.push(property('article:tag', tag));
    tags.push(`<script type="application/ld+json">${scriptSafeJson(techArticle(page, page.article))}</script>`);
  }
  return tags.join('\n');
}
