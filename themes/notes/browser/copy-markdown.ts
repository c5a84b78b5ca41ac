// "复制为 Markdown": `button[data-copy-markdown]` copies the note's Markdown,
// fetched from the URL it names (the note's index.md) when clicked.
import { copyFeedback } from './copy-feedback';

async function markdownOf(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

export function initCopyMarkdown(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-markdown]');
    const url = button?.dataset.copyMarkdown;
    if (!button || !url) return;
    const done = copyFeedback(button);
    // The text is a promise so the copy keeps the click's user activation while it downloads.
    const item = new ClipboardItem({ 'text/plain': markdownOf(url).then((text) => new Blob([text], { type: 'text/plain' })) });
    navigator.clipboard.write([item]).then(
      () => done('copied'),
      () => done('failed'),
    );
  });
}
