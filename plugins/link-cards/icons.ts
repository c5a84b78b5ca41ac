// Site icons drawn inline (no favicon is fetched from anywhere). 24×24 view boxes,
// brand colours where the mark is known by its colour.
import type { SiteKind } from './site-kind';

const svg = (body: string): string =>
  `<svg viewBox="0 0 24 24" width="24" height="24" focusable="false" aria-hidden="true">${body}</svg>`;

export const ICONS: Record<SiteKind, string> = {
  github: svg(
    '<path fill="currentColor" transform="translate(4 4)" d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.01 8.01 0 0 0 16 8c0-4.42-3.58-8-8-8z"/>',
  ),
  youtube: svg(
    '<rect x="1.5" y="5" width="21" height="14.5" rx="4" fill="#ff0033"/><path d="M10 8.9v6.7l5.8-3.35z" fill="#fff"/>',
  ),
  bilibili: svg(
    '<path d="M7 2.8l3 3M17 2.8l-3 3" stroke="#00a1d6" stroke-width="1.8" stroke-linecap="round"/>' +
      '<rect x="2" y="6" width="20" height="14.5" rx="4" fill="none" stroke="#00a1d6" stroke-width="2"/>' +
      '<path d="M8 11.5v2M16 11.5v2" stroke="#00a1d6" stroke-width="2" stroke-linecap="round"/>',
  ),
  zhihu: svg(
    '<rect x="1.5" y="1.5" width="21" height="21" rx="5" fill="#1772f6"/>' +
      '<text x="12" y="16.6" text-anchor="middle" font-size="12" font-weight="700" fill="#fff" font-family="sans-serif">知</text>',
  ),
  huggingface: svg(
    '<circle cx="12" cy="12" r="10" fill="#ffd21e"/><circle cx="8.6" cy="10" r="1.4" fill="#3a3b45"/>' +
      '<circle cx="15.4" cy="10" r="1.4" fill="#3a3b45"/><path d="M7.8 13.6c1 2.1 2.4 3.1 4.2 3.1s3.2-1 4.2-3.1z" fill="#3a3b45"/>' +
      '<path d="M5 14.5c-1.2.9-1.5 2.4-.6 3.3.8.8 2 .5 2.6-.3M19 14.5c1.2.9 1.5 2.4.6 3.3-.8.8-2 .5-2.6-.3" fill="#ff9d0b"/>',
  ),
  default: svg(
    '<g fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">' +
      '<path d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L11.6 6"/>' +
      '<path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.6-1.6"/></g>',
  ),
};
