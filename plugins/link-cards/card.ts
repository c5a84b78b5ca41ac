// The card markup: one <a class="link-card"> holding spans only (valid inside a
// link), every text escaped. `.link-card-title` is the only prose part (markup contract).
import { escapeHtml } from '../shared/html';
import { ICONS } from './icons';
import type { CardCandidate } from './detect';
import { siteInfo } from './site-kind';
import type { StoreEntry } from './store';

export interface CardOptions {
  /** The site's own URL (config.url): links elsewhere get rel="noopener noreferrer". */
  siteUrl: string;
  /** The site root (config.root), prefixed to local image paths. */
  root: string;
  /** UI string for the video marker. */
  videoLabel: string;
}

/** Longest description kept in the page (the CSS shows two lines). */
const MAX_DESCRIPTION = 240;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function isExternal(url: URL, siteUrl: string): boolean {
  try {
    return url.host !== new URL(siteUrl).host;
  } catch {
    return true;
  }
}

const span = (cls: string, text: string): string => `<span class="${cls}">${escapeHtml(text)}</span>`;

export function renderCard(card: Pick<CardCandidate, 'href' | 'url' | 'text' | 'label' | 'bare'>, entry: StoreEntry | undefined, options: CardOptions): string {
  const info = siteInfo(card.url);
  const title = card.bare ? (entry?.title ?? info.readable) : card.text;
  const rel = isExternal(card.url, options.siteUrl) ? ' rel="noopener noreferrer"' : '';
  const meta = [
    span('link-card-site', entry?.site_name ?? info.siteName),
    info.repo ? span('link-card-repo', info.repo) : '',
    info.video ? span('link-card-video', options.videoLabel) : '',
    span('link-card-url', info.readable),
  ].join('');
  const image = entry?.image
    ? `<span class="link-card-media"><img class="link-card-image" src="${escapeHtml(options.root.replace(/\/?$/, '/') + entry.image.replace(/^\//, ''))}" alt="" loading="lazy" decoding="async"></span>`
    : '';
  return (
    `<a class="link-card" href="${escapeHtml(card.href)}"${rel} data-kind="${info.kind}"${info.video ? ' data-video=""' : ''}>` +
    `<span class="link-card-icon" aria-hidden="true">${ICONS[info.kind]}</span>` +
    '<span class="link-card-body">' +
    (card.label ? span('link-card-caption', card.label) : '') +
    span('link-card-title', title) +
    (entry?.description ? span('link-card-desc', clip(entry.description, MAX_DESCRIPTION)) : '') +
    `<span class="link-card-meta">${meta}</span>` +
    '</span>' +
    image +
    '</a>'
  );
}
