// Butterfly's `{% hideInline %}` (plugins/inline-tags): its button shows the text
// behind it, and the reader's focus moves to that text.
export function initHideInline(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.note-hide-inline-button');
    const wrapper = button?.closest<HTMLElement>('.note-hide-inline');
    if (!button || !wrapper) return;
    wrapper.dataset.open = '';
    button.setAttribute('aria-expanded', 'true');
    wrapper.querySelector<HTMLElement>('.note-hide-inline-content')?.focus();
  });
}
