// Runs queries against the lazily loaded engine and reports states; an answer
// that arrives after a newer query was typed is dropped, and a file that fails
// to load shows the error state, never part of a list.
import { loadEngine } from './load';
import type { PageOptions, ResultPage, ShardSearch } from './query';

export interface SearchView {
  loading(): void;
  failed(retry: () => void): void;
  show(page: ResultPage): void;
}

export class Searcher {
  private engine: ShardSearch | null = null;
  private seq = 0;

  constructor(private readonly indexUrl: string) {}

  /** Starts loading without waiting (on focus: the entry is there by the first keystroke). */
  warm(): void {
    if (!this.engine) loadEngine(this.indexUrl).then((e) => (this.engine = e), () => undefined);
  }

  async run(query: string, view: SearchView, options: PageOptions): Promise<void> {
    const seq = ++this.seq;
    // Results still on screen stay until the new ones arrive; a first search says it is loading.
    if (!this.engine) view.loading();
    let page: ResultPage;
    try {
      this.engine ??= await loadEngine(this.indexUrl);
      page = await this.engine.search(query, options);
    } catch {
      if (seq === this.seq) view.failed(() => void this.run(query, view, options));
      return;
    }
    if (seq === this.seq) view.show(page);
  }

  cancel(): void {
    this.seq++;
  }
}
