// The header's search box before its code is loaded: header.ts (the combobox,
// the results, the overlay) is imported on the reader's first move towards
// the box: the pointer over it, focus in it, a tap on the narrow screens'
// search button, or a shortcut (`/`, Ctrl/Cmd+K), so a page that is only read
// downloads none of it (VitePress loads its search box the same way). What the
// reader did meanwhile (focus, a typed query, the button) is replayed once it
// is there. The shortcuts stay here for the page's lifetime.
import type { HeaderSearch } from './header';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** `/` (outside a field) or Ctrl/Cmd+K. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, inField: boolean): boolean {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !inField;
  const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
  return slash || ctrlK;
}

export function initSearchBox(doc: Document, box: HTMLElement): void {
  const input = box.querySelector<HTMLInputElement>('[data-search-input]');
  const opener = box.querySelector<HTMLElement>('[data-search-open]');
  if (!input) return;
  // At once, so that what the reader types next lands in the field, loaded or not.
  const openBox = (): void => {
    box.classList.add('is-open');
    opener?.setAttribute('aria-expanded', 'true');
    input.focus();
    input.select();
  };
  let search: Promise<HeaderSearch | null> | null = null;
  const load = (): Promise<HeaderSearch | null> =>
    (search ??= import('./header.ts').then((m) => {
      for (const [type, listener] of early) box.removeEventListener(type, listener);
      const loaded = m.initHeaderSearch(doc, box, openBox);
      loaded?.catchUp();
      return loaded;
    }));
  // Without scripts a plain link to the search page; with them, the button that opens the box.
  opener?.setAttribute('role', 'button');
  const openFrom = (event: Event): void => {
    if (!opener?.contains(event.target as Node | null)) return;
    if (event instanceof KeyboardEvent && event.key !== ' ') return;
    event.preventDefault();
    openBox();
    void load();
  };
  const early: Array<[string, (event: Event) => void]> = [
    ['pointerenter', () => void load()],
    ['focusin', () => void load()],
    ['click', openFrom],
    ['keydown', openFrom],
  ];
  for (const [type, listener] of early) box.addEventListener(type, listener);
  doc.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event, isEditable(event.target))) return;
    event.preventDefault();
    // The search page's own field takes the shortcut there; elsewhere the box opens.
    const pageInput = doc.querySelector<HTMLInputElement>('[data-search-page-form] input[name="q"]');
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
    } else {
      openBox();
      void load();
    }
  });
}
