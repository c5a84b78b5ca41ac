// The search box in the header (a combobox with a listbox of results), the
// /search/?q= page, the `/` and Ctrl/Cmd+K shortcuts, and the highlight of the
// searched terms on the page a result opens. The engine and the index load on
// the first interaction only.
import { initSearchPage } from './page';
import type { ResultPage } from './query';
import { renderResult } from './render';
import { Searcher } from './searcher';
import { numberAttr, onTyping, statusView, type Limits } from './view';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

function initHeaderSearch(doc: Document, box: HTMLElement): void {
  const input = box.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = box.querySelector<HTMLElement>('[data-search-panel]');
  const list = box.querySelector<HTMLElement>('[data-search-results]');
  const status = box.querySelector<HTMLElement>('[data-search-status]');
  const all = box.querySelector<HTMLAnchorElement>('[data-search-all]');
  const opener = box.querySelector<HTMLElement>('[data-search-open]');
  const closer = box.querySelector<HTMLElement>('[data-search-close]');
  const indexUrl = box.dataset.searchIndex;
  if (!input || !panel || !list || !status || !all || !indexUrl) return;
  const pageUrl = box.dataset.searchPageUrl ?? '';
  const limits: Limits = { notes: numberAttr(box, 'data-search-notes', 10), sections: numberAttr(box, 'data-search-sections', 2) };
  const searcher = new Searcher(indexUrl);
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  // Without scripts the opener is a plain link to the search page.
  opener?.setAttribute('role', 'button');

  const setActive = (index: number): void => {
    options[active]?.setAttribute('aria-selected', 'false');
    options[active]?.classList.remove('is-active');
    active = options.length === 0 ? -1 : (index + options.length) % options.length;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      option.classList.add('is-active');
      option.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', option.id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const clearList = (): void => {
    list.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    all.hidden = true;
  };
  const setPanel = (open: boolean): void => {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };
  const state = statusView(status, clearList);
  const view = {
    loading: state.loading,
    failed: state.failed,
    show({ results, total, exact }: ResultPage): void {
      clearList();
      const query = input.value;
      const shown = results;
      for (const result of shown) {
        for (const section of result.sections.slice(0, limits.sections)) {
          const option = renderResult(doc, result, section, query);
          option.id = `search-option-${options.length}`;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.tabIndex = -1;
          options.push(option);
        }
      }
      list.append(...options);
      state.counted(query, total, shown.length, exact);
      if (total > 0 && pageUrl) {
        all.href = `${pageUrl}?q=${encodeURIComponent(query.trim())}`;
        all.hidden = false;
      }
      setActive(0);
    },
  };

  const typing = onTyping(input, () => update());
  const update = (): void => {
    typing.cancel();
    if (!input.value.trim()) {
      searcher.cancel();
      clearList();
      setPanel(false);
      return;
    }
    setPanel(true);
    void searcher.run(input.value, view, { limit: limits.notes, sections: limits.sections });
  };

  const isOverlay = (): boolean => box.classList.contains('is-open');
  const openBox = (): void => {
    box.classList.add('is-open');
    opener?.setAttribute('aria-expanded', 'true');
    input.focus();
    input.select();
  };
  const closeBox = (): void => {
    setPanel(false);
    if (!isOverlay()) return;
    box.classList.remove('is-open');
    opener?.setAttribute('aria-expanded', 'false');
  };

  input.addEventListener('focus', () => {
    searcher.warm();
    if (input.value.trim() && options.length > 0) setPanel(true);
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (panel.hidden) {
          update();
          return;
        }
        setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
        return;
      case 'Enter': {
        const option = options[active];
        if (!panel.hidden && option) {
          event.preventDefault();
          // Ctrl/Cmd+Enter opens the result in a new tab, like a click would.
          if (event.ctrlKey || event.metaKey) window.open(option.href, '_blank', 'noopener');
          else window.location.assign(option.href);
        }
        // Otherwise the form submits to the search page.
        return;
      }
      case 'Escape':
        if (!panel.hidden || isOverlay()) {
          // Keep the query: a second Escape (native) clears it.
          event.preventDefault();
          const wasOverlay = isOverlay();
          closeBox();
          if (wasOverlay) opener?.focus();
        }
        return;
      default:
    }
  });
  list.addEventListener('mousemove', (event) => {
    const option = (event.target as Element | null)?.closest<HTMLAnchorElement>('.search-result');
    const index = option ? options.indexOf(option) : -1;
    if (index !== -1 && index !== active) setActive(index);
  });
  opener?.addEventListener('click', (event) => {
    event.preventDefault();
    openBox();
  });
  // A link acting as a button answers Space too.
  opener?.addEventListener('keydown', (event) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    openBox();
  });
  closer?.addEventListener('click', () => {
    closeBox();
    opener?.focus();
  });
  // Clicking or tabbing away closes the results.
  doc.addEventListener('pointerdown', (event) => {
    if (!box.contains(event.target as Node | null)) closeBox();
  });
  box.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !box.contains(next)) closeBox();
  });
  doc.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
    const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    if (!slash && !ctrlK) return;
    event.preventDefault();
    // On the search page the shortcut goes to the page's own field.
    const pageInput = doc.querySelector<HTMLInputElement>('[data-search-page-form] input[name="q"]');
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
    } else {
      openBox();
    }
  });
}

export function initSearch(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('[data-search]');
  if (box) initHeaderSearch(doc, box);
  const page = doc.querySelector<HTMLElement>('[data-search-page]');
  if (page) initSearchPage(doc, page);
  // A page opened from a result highlights the searched terms.
  if (new URLSearchParams(window.location.search).has('hl')) {
    void import('./highlight.ts').then((m) => m.initHighlight(doc));
  }
}
