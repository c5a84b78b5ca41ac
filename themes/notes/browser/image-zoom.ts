// Zoom for note images (`img[data-zoom]`, marked by plugins/images): a click, or
// Enter / Space on the focused image, opens it at full size with its caption in a
// modal <dialog>; Esc, a click anywhere but the caption, or the close button
// closes it and focus returns to the image. One delegated listener; the dialog is
// made on first use.
import { t } from './ui-strings';

const SELECTOR = '.note-body img[data-zoom]';

interface Zoom {
  dialog: HTMLDialogElement;
  img: HTMLImageElement;
  caption: HTMLElement;
}

/** The figure's caption, for the dialog. */
export function captionFor(img: Element): string {
  return img.closest('figure.note-figure')?.querySelector('figcaption')?.textContent?.trim() ?? '';
}

function makeZoom(doc: Document): Zoom {
  const dialog = doc.createElement('dialog');
  dialog.className = 'image-zoom';
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'image-zoom-close';
  close.setAttribute('aria-label', t('image_zoom_close'));
  close.textContent = '×';
  const figure = doc.createElement('figure');
  const img = doc.createElement('img');
  const caption = doc.createElement('figcaption');
  figure.append(img, caption);
  dialog.append(close, figure);
  // Any click but one on the caption closes: the backdrop, the image, the button.
  dialog.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('figcaption')) dialog.close();
  });
  doc.body.append(dialog);
  return { dialog, img, caption };
}

/**
 * Focusable and announced as a button that opens a dialog; its alt stays its
 * name. An image without alt text (`alt=""`, which makes an image decorative,
 * and a decorative image cannot be a button) is named after what the button does.
 */
function upgrade(img: HTMLImageElement): void {
  img.tabIndex = 0;
  img.setAttribute('role', 'button');
  img.setAttribute('aria-haspopup', 'dialog');
  img.title ||= t('image_zoom');
  if (img.alt.trim()) return;
  img.alt = t('image_zoom');
  img.dataset.zoomNoAlt = '';
}

export function initImageZoom(doc: Document): void {
  const images = doc.querySelectorAll<HTMLImageElement>(SELECTOR);
  if (images.length === 0) return;
  images.forEach(upgrade);
  let zoom: Zoom | null = null;
  let opener: HTMLImageElement | null = null;
  const open = (img: HTMLImageElement): void => {
    zoom ??= makeZoom(doc);
    const z = zoom;
    opener = img;
    // The original file (the <img>'s own src, not a smaller WebP copy) at full size.
    z.img.src = img.src;
    // The zoomed copy is no button: an image without alt text stays without.
    z.img.alt = 'zoomNoAlt' in img.dataset ? '' : img.alt;
    z.caption.textContent = captionFor(img);
    z.caption.hidden = z.caption.textContent === '';
    z.dialog.addEventListener('close', () => opener?.focus(), { once: true });
    z.dialog.showModal();
  };
  const target = (event: Event): HTMLImageElement | null => (event.target as Element | null)?.closest<HTMLImageElement>(SELECTOR) ?? null;
  doc.addEventListener('click', (event) => {
    const img = target(event);
    if (img) open(img);
  });
  doc.addEventListener('keydown', (event) => {
    const img = target(event);
    if (!img || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    open(img);
  });
}
