// UI strings in the page's language, written by the layout into #ui-strings so
// that the browser code carries no translations of its own.
let strings: Record<string, string> | null = null;

export function t(key: string): string {
  if (!strings) {
    try {
      strings = JSON.parse(document.getElementById('ui-strings')?.textContent ?? '{}') as Record<string, string>;
    } catch {
      strings = {};
    }
  }
  return strings[key] ?? key;
}
