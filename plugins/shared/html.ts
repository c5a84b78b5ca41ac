// Escaping for text and attribute values written into HTML by plugins.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Characters that later before_post_render filters, Nunjucks or Markdown could
 * act on (`{`/`}`, fence runs, `$` math, line breaks) as entities: the HTML means
 * the same and nothing in it looks like a tag, a fence or a formula.
 */
export function inertHtml(html: string): string {
  return html.replace(/[{}`~$\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Finished HTML handed through the rest of Hexo's pipeline untouched: Hexo sets
 * aside `<hexoPostRenderCodeBlock>` content before Nunjucks and Markdown run and
 * puts it back afterwards (its own highlighter relies on the same).
 */
export function protectHtml(html: string): string {
  return `<hexoPostRenderCodeBlock>${inertHtml(html)}</hexoPostRenderCodeBlock>`;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JS line
 * separators are escaped, so no title can end the script element
 * (`</script>`) or start a comment; the JSON means the same.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
