// Embedding tags of older Hexo and its plugins: `{% youtube id %}`,
// `{% vimeo id %}`, `{% gist id %}` and `{% jsfiddle id %}` (built into Hexo up
// to 6) and `{% bilibili BV… %}` (the hexo-tag-bilibili family) load another
// site's player, and nothing the site serves may come from another origin: each
// is a link, in a paragraph of its own (the player was a block too), so it
// becomes a link card, as a pasted video URL does; NexT's `{% pdf url %}` is a
// link to the file, Volantis' and Stellar's `{% ghcard user/repo %}` a link to
// the repository. NexT's `{% video url %}` /
// `{% audio url %}` are players; the embeds writer turns those that play from
// another site into links. Pure.
import { escapeHtml } from '../shared/html';

/** An address as a paragraph holding only a link whose text is the address (what a link card reads as bare). */
function videoLink(url: string): string {
  const href = escapeHtml(url);
  return `<p><a href="${href}">${href}</a></p>`;
}

/** An id as the tag's first argument: a full address is taken as it is. */
function idOf(args: readonly string[]): string {
  return (args[0] ?? '').trim();
}

const isUrl = (text: string): boolean => /^https?:\/\//i.test(text);

/** `{% youtube id [video|playlist] [cookie] %}`: the video, or the playlist with `playlist`. */
export function youtubeHtml(args: readonly string[]): string {
  const id = idOf(args);
  if (!id) return '';
  if (isUrl(id)) return videoLink(id);
  const playlist = (args[1] ?? '').toLowerCase() === 'playlist';
  return videoLink(playlist ? `https://www.youtube.com/playlist?list=${encodeURIComponent(id)}` : `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`);
}

/** `{% vimeo id %}`. */
export function vimeoHtml(args: readonly string[]): string {
  const id = idOf(args);
  if (!id) return '';
  return videoLink(isUrl(id) ? id : `https://vimeo.com/${encodeURIComponent(id)}`);
}

/** `{% bilibili BV1xx… [page] %}` or an av number (`av170001`, `170001`). */
export function bilibiliHtml(args: readonly string[]): string {
  const id = idOf(args);
  if (!id) return '';
  if (isUrl(id)) return videoLink(id);
  const video = /^\d+$/.test(id) ? `av${id}` : id;
  const page = /^\d+$/.test(args[1] ?? '') && Number(args[1]) > 1 ? `?p=${Number(args[1])}` : '';
  return videoLink(`https://www.bilibili.com/video/${encodeURIComponent(video)}/${page}`);
}

/** `{% gist user/id [file] %}` (or a bare id): the gist's page. */
export function gistHtml(args: readonly string[]): string {
  const id = idOf(args);
  if (!id) return '';
  return videoLink(isUrl(id) ? id : `https://gist.github.com/${id.split('/').map(encodeURIComponent).join('/')}`);
}

/** `{% jsfiddle id [tabs] [skin] [width] [height] %}`: the fiddle's page. */
export function jsfiddleHtml(args: readonly string[]): string {
  const id = idOf(args);
  if (!id) return '';
  return videoLink(isUrl(id) ? id : `https://jsfiddle.net/${id.split('/').map(encodeURIComponent).join('/')}/`);
}

/** NexT's `{% caniuse feature @past-1,@current %}`: the feature's page on Can I use (the embed is another site's frame). */
export function caniuseHtml(args: readonly string[]): string {
  const feature = (args[0] ?? '').trim();
  if (!/^[\w.-]+$/.test(feature)) return feature ? escapeHtml(args.join(' ')) : '';
  return videoLink(`https://caniuse.com/${feature}`);
}

/** `{% ghcard user/repo %}` or `{% ghcard user %}` (Volantis, Stellar): the repository's or the user's GitHub page. */
export function ghcardHtml(args: readonly string[]): string {
  const name = (args[0] ?? '').replace(/,$/, '').trim();
  if (!/^[\w.-]+(?:\/[\w.-]+)?$/.test(name)) return name ? escapeHtml(name) : '';
  return videoLink(`https://github.com/${name}`);
}

/** `{% pdf url [height] %}` (NexT, which drew it with a PDF viewer): a link to the file, named by its file name when it is this site's. */
export function pdfHtml(args: readonly string[]): string {
  const url = idOf(args);
  if (!url) return '';
  if (isUrl(url)) return videoLink(url);
  const name = url.split(/[?#]/)[0]?.split('/').filter(Boolean).pop() ?? url;
  return `<p><a href="${escapeHtml(url)}">${escapeHtml(name)}</a></p>`;
}

/** `{% video url %}` / `{% audio url %}` (NexT): a player with its controls, in a paragraph of its own. */
export function mediaHtml(kind: 'video' | 'audio'): (args: readonly string[]) => string {
  return (args) => {
    const src = idOf(args);
    if (!src) return '';
    return `<p><${kind} src="${escapeHtml(src)}" controls preload="metadata"></${kind}></p>`;
  };
}
