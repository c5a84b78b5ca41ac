// One delegated listener for every copy button: `button[data-copy]` copies the text
// of the `pre code` in its code block (or the element named by data-copy-target).
import { t } from './ui-strings';

export function textToCopy(button: Element): string | null {
  const targetId = button.getAttribute('data-copy-target');
  const target = targetId
    ? button.ownerDocument.getElementById(targetId)
    : button.closest('.code-block, .code-file')?.querySelector('pre code');
  return target ? (target.textContent ?? '') : null;
}

export function initCopyButtons(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const text = textToCopy(button);
    if (text === null) return;
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
    navigator.clipboard.writeText(text).then(
      () => done('copied'),
      () => done('failed'),
    );
  });
}
