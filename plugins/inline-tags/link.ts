// {% link %} as Hexo writes it, and as the themes notes come from wrote it:
//   {% link 文字 https://… [true|false] [标题] %}              Hexo: an inline link (true: a new window)
//   {% link 标题, https://…, https://…/icon.png %}              Butterfly, Volantis: a card (the icon is another site's; not loaded)
//   {% link https://… [标题] [icon:…] [desc:…] %}              Stellar: a card
// Hexo's own tag reads the second as a link to "https://…," (comma and all),
// the third as a link with no text, and writes target="" on every link, which
// is not valid HTML. The cards are written as a paragraph holding one link,
// which the link cards feature draws as a card. Pure.
import { escapeHtml } from '../shared/html';

/** An address a card may link to: another site's (http, https, protocol-relative) or a path of this one. */
const CARD_ADDRESS = /^(?:https?:)?\/\/\S+$|^\/\S*$/i;

/** Hexo's own test for the address among the arguments (hexo/dist/plugins/tag/link.js). */
const HEXO_URL = /((([A-Za-z]{3,9}:(?:\/\/)?)(?:[-;:&=+$,\w]+@)?[A-Za-z0-9.-]+|(?:www.|[-;:&=+$,\w]+@)[A-Za-z0-9.-]+)((?:\/[+~%/.\w-_]*)?\??(?:[-+=&;%@.\w_]*)#?(?:[.!/\\w]*))?)/;

/** Stellar's options: `icon:…`, `desc:true`. */
const OPTION = /^[a-z]+:(?!\/\/)/i;

function cardHtml(url: string, text: string): string {
  return `<p><a href="${escapeHtml(url)}">${escapeHtml(text || url)}</a></p>`;
}

/** Butterfly's and Volantis' `标题, 地址[, 图标]`, or null. */
function commaCard(args: readonly string[]): string | null {
  const parts = args.join(' ').split(',').map((part) => part.trim());
  if (parts.length < 2 || parts.length > 3) return null;
  const [title = '', url = ''] = parts;
  return title && CARD_ADDRESS.test(url) ? cardHtml(url, title) : null;
}

/** Stellar's address first, then the title and options, or null. */
function addressFirstCard(args: readonly string[]): string | null {
  const [url = '', ...rest] = args;
  if (!CARD_ADDRESS.test(url)) return null;
  return cardHtml(url, rest.filter((arg) => !OPTION.test(arg)).join(' ').trim());
}

/** Hexo's form: the text up to the address (Hexo's test, or a path of this site), then `true`/`false` for a new window, then the title. */
function hexoLink(args: readonly string[]): string {
  const urlAt = args.findIndex((arg) => HEXO_URL.test(arg));
  const at = urlAt >= 0 ? urlAt : args.findIndex((arg) => arg.startsWith('/'));
  // No address at all: the text, as text (Hexo writes a link to nowhere).
  if (at < 0) return escapeHtml(args.join(' '));
  const text = args.slice(0, at).join(' ');
  const url = args[at] ?? '';
  const rest = args.slice(at + 1);
  const external = rest[0] === 'true';
  if (rest[0] === 'true' || rest[0] === 'false') rest.shift();
  const title = rest.join(' ');
  const attributes = [`href="${escapeHtml(url)}"`, title ? `title="${escapeHtml(title)}"` : '', external ? 'target="_blank" rel="noopener"' : ''].filter(Boolean).join(' ');
  return `<a ${attributes}>${escapeHtml(text || url)}</a>`;
}

export function linkHtml(args: readonly string[]): string {
  return commaCard(args) ?? addressFirstCard(args) ?? hexoLink(args);
}
