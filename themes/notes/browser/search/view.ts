// Pieces shared by the search box and the search page: the status line (with
// the retry button), typing with a debounce and IME composition, limits read
// from data-* attributes.
import { t } from '../ui-strings';
import { format } from './render';

const DEBOUNCE_MS = 60;

export interface Limits {
  notes: number;
  sections: number;
}

export function numberAttr(el: HTMLElement, name: string, fallback: number): number {
  const value = Number(el.getAttribute(name));
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * Calls `update` once typing pauses. An input method editor sends partial
 * syllables: those wait until the word is composed. `cancel` drops a pending
 * call (the caller is updating now).
 */
export function onTyping(input: HTMLInputElement, update: () => void): { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  };
  input.addEventListener('input', (event) => {
    if (!event.isComposing) schedule();
  });
  input.addEventListener('compositionend', schedule);
  return { cancel: () => clearTimeout(timer) };
}

export function statusView(status: HTMLElement, clear: () => void) {
  return {
    loading: (): void => {
      clear();
      status.dataset.state = 'loading';
      status.textContent = t('search_loading');
    },
    failed: (retry: () => void): void => {
      clear();
      status.dataset.state = 'failed';
      status.textContent = `${t('search_failed')} `;
      const button = status.ownerDocument.createElement('button');
      button.type = 'button';
      button.className = 'search-retry';
      button.textContent = t('search_retry');
      button.addEventListener('click', retry);
      status.append(button);
    },
    /** `exact` false: `total` is a lower bound (candidates not all confirmed), and reads as one. */
    counted: (query: string, total: number, shown: number, exact: boolean): void => {
      status.dataset.state = total === 0 ? 'empty' : 'results';
      status.textContent =
        total === 0
          ? format(t('search_empty'), { query: query.trim() })
          : !exact
            ? format(t('search_at_least'), { shown, total })
            : shown < total
              ? format(t('search_shown'), { shown, total })
              : format(t('search_count'), { total });
      // The number alone, for the page and for tests; `data-exact` says whether it is a lower bound.
      status.dataset.total = String(total);
      status.dataset.exact = String(exact);
    },
  };
}

