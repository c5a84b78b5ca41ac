// The back-to-top button: shown once the reader has scrolled one screen down;
// a button, so Tab reaches it and Enter or Space activates it. Focus moves to
// the top of the content so keyboard reading continues from there.
export function initBackToTop(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('button[data-back-to-top]');
  if (!button) return;
  const view = doc.defaultView;
  if (!view) return;
  const update = (): void => {
    button.hidden = view.scrollY < view.innerHeight;
  };
  view.addEventListener('scroll', update, { passive: true });
  update();
  button.addEventListener('click', () => {
    view.scrollTo({ top: 0 });
    doc.getElementById('content')?.focus({ preventScroll: true });
  });
}
