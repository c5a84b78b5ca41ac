// The header box's results: a listbox of options, one of them active (the
// input's aria-activedescendant), and the link to every result on the search page.
import type { SearchResult } from './engine';
import { renderResult } from './render';

/** `index` wrapped into the options: past the last comes the first, before the first the last; -1 when there are none. */
export function wrapIndex(index: number, length: number): number {
  return length === 0 ? -1 : (index + length) % length;
}

export class ResultList {
  private options: HTMLAnchorElement[] = [];
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly all: HTMLAnchorElement,
  ) {}

  get size(): number {
    return this.options.length;
  }

  /** The option Enter opens. */
  activeOption(): HTMLAnchorElement | undefined {
    return this.options[this.active];
  }

  setActive(index: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.options[this.active]?.classList.remove('is-active');
    this.active = wrapIndex(index, this.options.length);
    const option = this.options[this.active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      option.classList.add('is-active');
      option.scrollIntoView({ block: 'nearest' });
      this.input.setAttribute('aria-activedescendant', option.id);
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  /** ArrowDown / ArrowUp. */
  move(step: number): void {
    this.setActive(this.active + step);
  }

  /** The option under the pointer becomes the active one. */
  hover(target: EventTarget | null): void {
    const option = (target as Element | null)?.closest<HTMLAnchorElement>('.search-result');
    const index = option ? this.options.indexOf(option) : -1;
    if (index !== -1 && index !== this.active) this.setActive(index);
  }

  clear(): void {
    this.list.replaceChildren();
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.all.hidden = true;
  }

  /** Replaces the options with up to `sections` sections of each result; `words` as ResultPage has them. */
  fill(doc: Document, results: readonly SearchResult[], words: string, sections: number): void {
    this.clear();
    for (const result of results) {
      for (const section of result.sections.slice(0, sections)) {
        const option = renderResult(doc, result, section, words);
        option.id = `search-option-${this.options.length}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.tabIndex = -1;
        this.options.push(option);
      }
    }
    this.list.append(...this.options);
  }

  /** Shows the link to every result, on the search page. */
  showAll(href: string): void {
    this.all.href = href;
    this.all.hidden = false;
  }
}
