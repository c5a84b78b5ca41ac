// Tags that differ only in case (`Java` and `JAVA`): found, named with their
// counts, and, with `tags_case: merge`, published under the more used spelling.
// Pure: the notes' tag lists in, the groups and the merged lists out.

export interface Spelling {
  name: string;
  /** Notes that use this spelling. */
  count: number;
}

export interface CaseGroup {
  /** The spelling the tag is published under when merged: the most used, then the first in code-point order. */
  preferred: string;
  /** Most used first. */
  spellings: Spelling[];
}

export function caseVariants(lists: readonly (readonly string[])[]): CaseGroup[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const list of lists) {
    for (const name of new Set(list)) {
      const key = name.toLowerCase();
      let counts = byKey.get(key);
      if (!counts) byKey.set(key, (counts = new Map<string, number>()));
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const groups: CaseGroup[] = [];
  for (const counts of byKey.values()) {
    if (counts.size < 2) continue;
    const spellings = [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
    groups.push({ preferred: spellings[0]?.name ?? '', spellings });
  }
  return groups.sort((a, b) => (a.preferred < b.preferred ? -1 : 1));
}

/** Each spelling that is merged away, to the one it is published under. */
export function renames(groups: readonly CaseGroup[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const g of groups) for (const s of g.spellings) if (s.name !== g.preferred) map.set(s.name, g.preferred);
  return map;
}

/** A note's tags with merged spellings replaced, in order, without repeats. */
export function mergedTags(names: readonly string[], rename: ReadonlyMap<string, string>): string[] {
  return [...new Set(names.map((n) => rename.get(n) ?? n))];
}

export function caseWarning(group: CaseGroup, merging: boolean): string {
  const list = group.spellings.map((s) => `"${s.name}" (${s.count} ${s.count === 1 ? 'note' : 'notes'})`).join(', ');
  const outcome = merging ? `published as one tag "${group.preferred}" (tags_case: merge)` : `set tags_case: merge in _config.yml to publish them as one tag "${group.preferred}"`;
  return `tags ${list} differ only in case; ${outcome}`;
}
