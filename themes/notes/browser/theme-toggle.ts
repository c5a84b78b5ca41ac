// The light/dark toggle: the choice is remembered in localStorage (read again by
// an inline script in <head> before first paint) and announced with a
// `themechange` event so that diagrams can redraw.
const STORAGE_KEY = 'theme';
export type Theme = 'light' | 'dark';

export function currentTheme(doc: Document): Theme {
  const set = doc.documentElement.dataset.theme;
  if (set === 'dark' || set === 'light') return set;
  return doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function setTheme(doc: Document, theme: Theme): void {
  doc.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage can be disabled (private mode); the toggle still works for this page.
  }
  doc.dispatchEvent(new CustomEvent('themechange', { detail: { theme } }));
}

export function initThemeToggle(doc: Document): void {
  const update = (): void => {
    const dark = currentTheme(doc) === 'dark';
    for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(dark));
    }
  };
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('[data-theme-toggle]');
    if (!button) return;
    setTheme(doc, currentTheme(doc) === 'dark' ? 'light' : 'dark');
    update();
  });
  update();
}
