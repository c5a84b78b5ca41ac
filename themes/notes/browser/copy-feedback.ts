// What a copy button says after a copy: "已复制" or "复制失败" for 1.5 s
// (`data-state` for styles), then its own label again.
import { t } from './ui-strings';

/** The function to call with the copy's outcome on `button`. */
export function copyFeedback(button: HTMLElement): (state: 'copied' | 'failed') => void {
  const label = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = label;
  return (state) => {
    button.dataset.state = state;
    button.textContent = t(state === 'copied' ? 'copied' : 'copy_failed');
    setTimeout(() => {
      delete button.dataset.state;
      button.textContent = label;
    }, 1500);
  };
}
