// Narrow screens: the sidebar is a drawer opened by the header's menu button and
// closed by the backdrop, Escape, or following a link.
import { LAYOUT_ID } from '../../../shared/layout';

export function initSidebarDrawer(doc: Document): void {
  const sidebar = doc.getElementById(LAYOUT_ID.sidebar);
  const backdrop = doc.querySelector<HTMLElement>('[data-sidebar-close]');
  const toggles = doc.querySelectorAll<HTMLButtonElement>('[data-sidebar-toggle]');
  if (!sidebar) return;
  const setOpen = (open: boolean): void => {
    sidebar.classList.toggle('is-open', open);
    if (backdrop) backdrop.hidden = !open;
    for (const t of toggles) t.setAttribute('aria-expanded', String(open));
  };
  for (const t of toggles) t.addEventListener('click', () => setOpen(!sidebar.classList.contains('is-open')));
  backdrop?.addEventListener('click', () => setOpen(false));
  sidebar.addEventListener('click', (e) => {
    if ((e.target as Element | null)?.closest('a')) setOpen(false);
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && sidebar.classList.contains('is-open')) setOpen(false);
  });
}
