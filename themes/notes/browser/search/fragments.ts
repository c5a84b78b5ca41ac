// The notes' text, in fragment files of consecutive notes: fetched only for the
// notes a search shows (and, for a term longer than a gram, to confirm it).
import { prepareNote, type PreparedNote } from './engine';
import { fragmentFile } from './grams';
import type { IndexFiles } from './shards';

export class Fragments {
  /** First note id of each group, and one past the last. */
  private readonly starts: number[];
  private readonly groups = new Map<number, Promise<(PreparedNote | null)[]>>();

  constructor(private readonly files: IndexFiles) {
    let at = 0;
    this.starts = [0, ...files.entry.fs.map((size) => (at += size))];
  }

  private groupOf(id: number): number {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= id) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private group(g: number): Promise<(PreparedNote | null)[]> {
    let pending = this.groups.get(g);
    if (!pending) {
      pending = this.files.text(fragmentFile(this.files.entry, g)).then((text) => {
        const notes: unknown = JSON.parse(text);
        if (!Array.isArray(notes)) throw new Error(`fragment ${g} is not a list of notes`);
        return notes.map(prepareNote);
      });
      this.groups.set(g, pending);
      pending.catch(() => this.groups.delete(g));
    }
    return pending;
  }

  /** The notes with these ids, fetched together (one round trip). */
  async notes(ids: readonly number[]): Promise<Map<number, PreparedNote>> {
    const out = new Map<number, PreparedNote>();
    await Promise.all(ids.map(async (id) => {
      const g = this.groupOf(id);
      const note = (await this.group(g))[id - (this.starts[g] ?? 0)];
      if (!note) throw new Error(`note ${id} is missing from its fragment`);
      out.set(id, note);
    }));
    return out;
  }
}
