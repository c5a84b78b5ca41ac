// GitHub's emoji shortcodes, `:tada:` → 🎉, as GitHub, VitePress (markdown-it-emoji)
// and MkDocs Material (pymdownx.emoji) show them, and as notes written with
// hexo-filter-github-emojis hold them. Only marked's text tokens change, so code
// spans, fences, link addresses and HTML are never touched. A name GitHub does
// not know (`:foo:`) stays as written.
import type { MarkedExtension, Token, Tokens } from 'marked';
import { lazyRequire } from '../shared/lazy';

/** gemoji: GitHub's names → the emoji. */
const gemoji = lazyRequire<{ nameToEmoji: Readonly<Record<string, string>> }>('gemoji');

/** A shortcode not glued to a letter or digit on either side: the `:30:` of 10:30:45 is no emoji. */
const SHORTCODE = /(?<![A-Za-z0-9]):([a-z0-9_+-]+):(?![A-Za-z0-9])/g;

export function emojiOf(name: string): string | undefined {
  const names = gemoji().nameToEmoji;
  return Object.hasOwn(names, name) ? names[name] : undefined;
}

export function replaceShortcodes(text: string): string {
  return text.includes(':') ? text.replace(SHORTCODE, (written: string, name: string) => emojiOf(name) ?? written) : text;
}

const isToken = (value: unknown): value is Token => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/**
 * Every text token of the tree. Children are any list of tokens a token holds
 * (`tokens`, a list's `items`, marked-footnote's `content`), and a table's cells.
 */
function replaceInTokens(tokens: readonly Token[]): void {
  for (const token of tokens) {
    const lists = Object.values(token).filter((value): value is Token[] => Array.isArray(value) && isToken(value[0]));
    const text = (token as { text?: unknown }).text;
    if (token.type === 'text' && lists.length === 0 && typeof text === 'string') token.text = replaceShortcodes(text);
    for (const list of lists) replaceInTokens(list);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) replaceInTokens(cell.tokens);
    }
  }
}

/**
 * One walk of the tokens before rendering (marked's processAllTokens hook), not
 * an inline tokenizer (marked asks its `start` for the rest of the paragraph at
 * every text token) nor walkTokens (which gathers return values with concat):
 * both are quadratic in a paragraph's tokens.
 */
export function emojiMarkedExtension(): MarkedExtension {
  return {
    hooks: {
      processAllTokens(tokens) {
        replaceInTokens(tokens);
        return tokens;
      },
    },
  };
}
