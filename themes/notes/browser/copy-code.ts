// One delegated listener for every copy button: `button[data-copy]` copies the code
// of its block as the reader should run it (or the element named by data-copy-target),
// and one for the wrap toggles of blocks with long lines.
import { copyFeedback } from './copy-feedback';

/** The code of a block's lines: a removed line (`diff remove`) is left out, except in a diff. */
export function codeText(code: Element, isDiff: boolean): string {
  const lines = code.querySelectorAll(':scope > .line');
  if (lines.length === 0) return code.textContent ?? '';
  return Array.from(lines)
    .filter((line) => isDiff || !line.classList.contains('remove'))
    .map((line) => line.textContent ?? '')
    .join('\n');
}

export function textToCopy(button: Element): string | null {
  const targetId = button.getAttribute('data-copy-target');
  if (targetId) return button.ownerDocument.getElementById(targetId)?.textContent ?? null;
  const block = button.closest('.code-block, .code-file');
  const code = block?.querySelector('pre code');
  if (!block || !code) return null;
  // A file block copies the file as it is downloaded, its final newline included.
  return codeText(code, block.getAttribute('data-lang') === 'diff') + (block.hasAttribute('data-final-newline') ? '\n' : '');
}

/** `button[data-wrap-toggle]` wraps its block's long lines (`data-wrap` on the figure), or unwraps them. */
export function initWrapToggles(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('button[data-wrap-toggle]');
    const block = button?.closest('.code-block, .code-file');
    if (!button || !block) return;
    const on = !block.hasAttribute('data-wrap');
    block.toggleAttribute('data-wrap', on);
    button.setAttribute('aria-pressed', String(on));
  });
}

export function initCopyButtons(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const text = textToCopy(button);
    if (text === null) return;
    const done = copyFeedback(button);
    navigator.clipboard.writeText(text).then(
      () => done('copied'),
      () => done('failed'),
    );
  });
}
