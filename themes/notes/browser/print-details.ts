// Collapsible blocks (`::: details`) are closed on screen and open on paper: CSS
// cannot open a <details>, so the ones closed before printing open for it and
// close again after.
export function initPrintDetails(win: Window): void {
  const doc = win.document;
  if (!doc.querySelector('details.callout')) return;
  let opened: HTMLDetailsElement[] = [];
  let printing = false;
  // The events and the media query may both fire for one print: only the first opens, only the first after closes.
  const before = (): void => {
    if (printing) return;
    printing = true;
    opened = Array.from(doc.querySelectorAll<HTMLDetailsElement>('details.callout:not([open])'));
    for (const details of opened) details.open = true;
  };
  const after = (): void => {
    if (!printing) return;
    printing = false;
    for (const details of opened) details.open = false;
    opened = [];
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  // Some browsers print without the events; the print media query changes there too.
  win.matchMedia('print').addEventListener('change', (event) => (event.matches ? before() : after()));
}
