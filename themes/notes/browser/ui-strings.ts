// UI strings in the page's language, written by the layout into #ui-strings so
// that the browser code carries no translations of its own.
import { LAYOUT_ID } from '../../../shared/layout';
import type { BrowserString } from '../../../shared/ui-strings';

let strings: Record<string, string> | null = null;

export function t(key: BrowserString): string {
  if (!strings) {
    try {
      strings = JSON.parse(document.getElementById(LAYOUT_ID.uiStrings)?.textContent ?? '{}') as Record<string, string>;
    } catch {
      strings = {};
    }
  }
  return strings[key] ?? key;
}
