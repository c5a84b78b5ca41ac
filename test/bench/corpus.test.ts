import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import YAML from 'yaml';
import { fallbackNotes, seedPieces } from '../../bench/corpus';
import { projectRoot } from '../helpers/site';

const seed = fs.readFileSync(path.join(projectRoot, 'source', '_posts', 'ai.md'), 'utf8');

function front(content: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(content);
  assert.ok(m, 'front matter');
  return YAML.parse(m[1] ?? '') as Record<string, unknown>;
}

describe('bench fallback corpus (when ../shared is absent)', () => {
  test('the seed splits into its sections, without the front matter', () => {
    const pieces = seedPieces(seed);
    assert.ok(pieces.length >= 5, `only ${pieces.length} pieces`);
    assert.ok(pieces.some((p) => p.title === '微调(Fine Tuning)'));
    for (const p of pieces) assert.doesNotMatch(p.body, /^id: ai$/m);
  });

  test('a note without headings is one piece', () => {
    assert.deepEqual(seedPieces('---\ntitle: x\n---\njust text\n'), [{ title: 'note', body: 'just text\n' }]);
  });

  test('writes exactly N notes with unique ids and the site front matter', () => {
    const notes = fallbackNotes(seed, 37);
    assert.equal(notes.length, 37);
    const ids = new Set<unknown>();
    for (const note of notes) {
      const fm = front(note.content);
      assert.deepEqual(Object.keys(fm).sort(), ['date', 'id', 'no_toc', 'no_word_count', 'tags', 'title']);
      assert.equal(note.name, `${String(fm.id)}.md`);
      assert.match(String(fm.date), /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      assert.ok(Array.isArray(fm.tags) && fm.tags.length > 0);
      ids.add(fm.id);
    }
    assert.equal(ids.size, 37);
  });

  test('is deterministic, and flags some notes no_word_count / no_toc', () => {
    const a = fallbackNotes(seed, 20);
    assert.deepEqual(fallbackNotes(seed, 20), a);
    assert.ok(a.some((n) => front(n.content).no_toc === true));
    assert.ok(a.some((n) => front(n.content).no_word_count === true));
  });

  test('refuses a count that is not a positive integer', () => {
    assert.throws(() => fallbackNotes(seed, 0), /positive integer/);
    assert.throws(() => fallbackNotes(seed, 2.5), /positive integer/);
  });
});
