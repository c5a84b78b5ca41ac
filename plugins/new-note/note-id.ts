// How `hexo new` names a note: the id (the note's URL, /<id>/) derived from its
// title, made unique against the notes that already exist.
import { createHash } from 'node:crypto';
import { lazyRequire } from '../shared/lazy';

const pinyinPro = lazyRequire<typeof import('pinyin-pro')>('pinyin-pro');

/** Toneless syllables, other text kept in runs. pinyin-pro (with its dictionary) loads only when `hexo new` names a note. */
function syllables(text: string): string[] {
  return pinyinPro().pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
}

const MAX_LENGTH = 60;

/** Lowercase ASCII words joined by `-`; accents are dropped (é → e). */
function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Joins words with `-`, cut at a word boundary to at most MAX_LENGTH characters. */
function joinWords(words: readonly string[]): string {
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > MAX_LENGTH) return out || word.slice(0, MAX_LENGTH);
    out = next;
  }
  return out;
}

/**
 * The id for a title. ASCII words are kept (lowercased, accents dropped);
 * Chinese characters become toneless pinyin syllables (pinyin-pro, ü written v),
 * one word each: "LoRA 微调" → "lora-wei-tiao", "注意力机制" → "zhu-yi-li-ji-zhi".
 * A title with nothing to spell (emoji only) gets "note-" and 8 hex digits of its SHA-1.
 */
export function idFromTitle(title: string): string {
  const pieces = syllables(title.normalize('NFKC'));
  const id = joinWords(pieces.flatMap(asciiWords));
  if (id) return id;
  return `note-${createHash('sha1').update(title).digest('hex').slice(0, 8)}`;
}

/** Ids usable as one URL segment as they are. */
export function isUrlSafeId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) && !id.endsWith('.');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken (compared case-insensitively). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const used = (id: string): boolean => taken.has(id.toLowerCase());
  if (!used(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used(candidate)) return candidate;
  }
}
