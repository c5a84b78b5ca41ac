// Footnote popovers: hovering or focusing a reference (`sup.footnote-ref a`) shows
// its footnote beside it; Escape or leaving hides it. On touch, the first tap
// shows it and a second tap follows the link to the footnotes.
let popover: HTMLElement | null = null;
let shownFor: HTMLAnchorElement | null = null;
let lastPointer = '';

function footnoteOf(link: HTMLAnchorElement): Element | null {
  const id = decodeURIComponent(link.hash.slice(1));
  return id ? link.ownerDocument.getElementById(id) : null;
}

function show(link: HTMLAnchorElement): void {
  const note = footnoteOf(link);
  if (!note) return;
  const doc = link.ownerDocument;
  if (!popover) {
    popover = doc.createElement('div');
    popover.className = 'footnote-popover';
    popover.id = 'footnote-popover';
    popover.setAttribute('role', 'tooltip');
    doc.body.append(popover);
  }
  const content = note.cloneNode(true) as Element;
  for (const back of content.querySelectorAll('.footnote-backref')) back.remove();
  content.removeAttribute('id');
  popover.replaceChildren(...Array.from(content.childNodes));
  const box = link.getBoundingClientRect();
  popover.style.top = `${box.bottom + window.scrollY + 6}px`;
  popover.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + doc.documentElement.clientWidth - 328))}px`;
  popover.hidden = false;
  link.setAttribute('aria-describedby', popover.id);
  shownFor = link;
}

function hide(): void {
  if (popover) popover.hidden = true;
  shownFor?.removeAttribute('aria-describedby');
  shownFor = null;
}

function refLink(target: EventTarget | null): HTMLAnchorElement | null {
  return (target as Element | null)?.closest?.<HTMLAnchorElement>('.footnote-ref a') ?? null;
}

export function initFootnotes(doc: Document): void {
  if (!doc.querySelector('.footnote-ref')) return;
  doc.addEventListener('focusin', (event) => {
    const link = refLink(event.target);
    if (link) show(link);
    else hide();
  });
  doc.addEventListener('focusout', (event) => {
    if (refLink(event.target)) hide();
  });
  // This module loads after the page (main.ts): a reference may have the focus already.
  const focused = refLink(doc.activeElement);
  if (focused) show(focused);
  doc.addEventListener('mouseover', (event) => {
    const link = refLink(event.target);
    if (link) show(link);
    else if (!(event.target as Element | null)?.closest?.('.footnote-popover') && shownFor && doc.activeElement !== shownFor) hide();
  });
  doc.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
  });
  doc.addEventListener('click', (event) => {
    const link = refLink(event.target);
    if (!link || lastPointer !== 'touch' || shownFor === link) return;
    event.preventDefault();
    show(link);
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shownFor) hide();
  });
}
