// "复制为 Markdown": `button[data-copy-markdown]` copies the note's Markdown,
// fetched from the URL it names (the note's index.md) when clicked.
import { t } from './ui-strings';

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
    const label = button.dataset.label ?? button.textContent ?? '';
    button.dataset.label = label;
    const done = (state: 'copied' | 'failed'): void => {
      button.dataset.state = state;
      button.textContent = t(state === 'copied' ? 'copied' : 'copy_failed');
      setTimeout(() => {
        delete button.dataset.state;
        button.textContent = label;
      }, 1500);
    };
    // The text is a promise so the copy keeps the click's user activation while it downloads.
    const item = new ClipboardItem({ 'text/plain': markdownOf(url).then((text) => new Blob([text], { type: 'text/plain' })) });
    navigator.clipboard.write([item]).then(
      () => done('copied'),
      () => done('failed'),
    );
  });
}
