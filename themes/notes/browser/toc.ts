// The table of contents (nav.toc, written by plugins/flags): marks the entry of the
// section in view with aria-current="true" and keeps it visible in the sticky
// sidebar; on narrow screens the list sits behind a toggle above the note.
// Clicking an entry is a plain link (the browser scrolls and sets the hash).

/** Same breakpoint as style.css, where the TOC moves above the note. */
const NARROW = '(max-width: 1200px)';

export interface TocTarget {
  link: HTMLAnchorElement;
  heading: HTMLElement;
}

/**
 * The index of the section being read: the last heading whose top has passed the
 * reading line, or -1 above the first heading.
 */
export function currentSection(tops: readonly number[], line: number): number {
  let current = -1;
  for (let i = 0; i < tops.length; i += 1) {
    if ((tops[i] ?? Infinity) > line) break;
    current = i;
  }
  return current;
}

/** Scrolls `box` (not the page) so that `el` is inside it. */
function keepVisible(box: HTMLElement, el: HTMLElement): void {
  if (box.scrollHeight <= box.clientHeight) return;
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const margin = 24;
  if (r.top < b.top + margin) box.scrollTop -= b.top + margin - r.top;
  else if (r.bottom > b.bottom - margin) box.scrollTop += r.bottom - (b.bottom - margin);
}

export function initToc(doc: Document): void {
  const nav = doc.querySelector<HTMLElement>('nav.toc[data-toc]');
  const view = doc.defaultView;
  if (!nav || !view) return;
  const toggle = nav.querySelector<HTMLButtonElement>('[data-toc-toggle]');
  const narrow = view.matchMedia(NARROW);
  const targets: TocTarget[] = [];
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')) {
    const heading = doc.getElementById((link.getAttribute('href') ?? '').slice(1));
    if (heading) targets.push({ link, heading });
  }

  const setOpen = (open: boolean): void => toggle?.setAttribute('aria-expanded', String(open));
  toggle?.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));

  let active: HTMLAnchorElement | null = null;
  const mark = (link: HTMLAnchorElement | null): void => {
    if (link === active) return;
    active?.removeAttribute('aria-current');
    active = link;
    if (!link) return;
    link.setAttribute('aria-current', 'true');
    if (!narrow.matches) keepVisible(nav, link);
  };

  // After a click the clicked entry stays marked, even when its section is too
  // short to reach the reading line, until the reader scrolls by hand.
  let pinned = false;
  const readingLine = (): number =>
    (Number.parseFloat(view.getComputedStyle(doc.documentElement).scrollPaddingTop) || 0) + 8;
  const update = (): void => {
    if (pinned) return;
    const index = currentSection(
      targets.map((t) => t.heading.getBoundingClientRect().top),
      readingLine(),
    );
    mark(targets[index]?.link ?? null);
  };

  nav.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-toc-link]');
    if (!link) return;
    // Collapse first, so the browser scrolls to where the heading ends up.
    if (narrow.matches) setOpen(false);
    pinned = true;
    mark(link);
  });
  const unpin = (): void => {
    pinned = false;
  };
  for (const type of ['wheel', 'touchmove', 'keydown', 'mousedown']) view.addEventListener(type, unpin, { passive: true });

  let frame = 0;
  const schedule = (): void => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  view.addEventListener('scroll', schedule, { passive: true });
  view.addEventListener('resize', schedule, { passive: true });
  update();
}
