// Video tags of older Hexo and its plugins, as links: `{% youtube id %}` and
// `{% vimeo id %}` (built into Hexo up to 6), `{% bilibili BV… %}` (the
// hexo-tag-bilibili family). Nothing the site serves may come from another
// origin, so no player is embedded: the link, in a paragraph of its own (Hexo's
// player was a block too), becomes a link card, as a pasted video URL does. Pure.
import { escapeHtml } from '../shared/html';

/** A video address as a paragraph holding only a link whose text is the address (what a link card reads as bare). */
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
