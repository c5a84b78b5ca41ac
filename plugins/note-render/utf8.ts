import { isUtf8 } from 'node:buffer';

/** Null when `bytes` is valid UTF-8, else the 1-based line of the first bad byte. */
export function invalidUtf8Line(bytes: Uint8Array): number | null {
  if (isUtf8(bytes)) return null;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  // Line by line, so the message can point at the line to fix.
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
