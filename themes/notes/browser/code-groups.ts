// Code groups (`::: code-group`, and other themes' `{% tabs %}`): the tabs the build wrote above the blocks pick
// the block shown; the chosen title is remembered (localStorage) and selected in
// every group that has it, on this page and the next. Without this script the
// tabs are hidden by CSS and every block shows.
const KEY = 'notes.code-group';

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function remember(title: string): void {
  try {
    localStorage.setItem(KEY, title);
  } catch {
    // Storage off (private mode): the choice lasts for this page.
  }
}

function parts(group: Element): { tabs: HTMLElement[]; panels: HTMLElement[] } {
  const tabs = Array.from(group.querySelectorAll<HTMLElement>(':scope > .code-group-tabs > [role="tab"]'));
  // Fences (`::: code-group`), or the panels of a theme's `{% tabs %}`.
  const panels = Array.from(group.querySelectorAll<HTMLElement>(':scope > .code-block, :scope > .code-file, :scope > .code-group-panel'));
  return { tabs, panels };
}

function select(group: Element, index: number): void {
  const { tabs, panels } = parts(group);
  tabs.forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
  });
  panels.forEach((panel, i) => {
    panel.hidden = i !== index;
  });
}

/** Selects `title` in every group of the page that has it. */
function selectTitle(doc: Document, title: string): void {
  for (const group of doc.querySelectorAll('.code-group')) {
    const i = parts(group).tabs.findIndex((tab) => tab.dataset.title === title);
    if (i !== -1) select(group, i);
  }
}

function onKey(event: KeyboardEvent, tabs: HTMLElement[], current: number): number | null {
  const last = tabs.length - 1;
  if (event.key === 'ArrowRight') return current === last ? 0 : current + 1;
  if (event.key === 'ArrowLeft') return current === 0 ? last : current - 1;
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return last;
  return null;
}

export function initCodeGroups(doc: Document): void {
  const groups = doc.querySelectorAll('.code-group');
  if (groups.length === 0) return;
  let n = 0;
  for (const group of groups) {
    const { tabs, panels } = parts(group);
    tabs.forEach((tab, i) => {
      const panel = panels[i];
      if (!panel) return;
      n++;
      tab.id ||= `code-group-tab-${n}`;
      panel.id ||= `code-group-panel-${n}`;
      tab.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
    });
    // A theme's `{% tabs 名称, 2 %}` names the tab shown first.
    const first = Number((group as HTMLElement).dataset.firstTab ?? 1) - 1;
    select(group, first >= 0 && first < tabs.length ? first : 0);
  }
  const saved = stored();
  if (saved !== null) selectTitle(doc, saved);
  doc.addEventListener('click', (event) => {
    const tab = (event.target as Element | null)?.closest<HTMLElement>('.code-group-tab');
    if (!tab?.dataset.title) return;
    remember(tab.dataset.title);
    selectTitle(doc, tab.dataset.title);
  });
  doc.addEventListener('keydown', (event) => {
    const tab = (event.target as Element | null)?.closest<HTMLElement>('.code-group-tab');
    const group = tab?.closest('.code-group');
    if (!tab || !group) return;
    const { tabs } = parts(group);
    const next = onKey(event, tabs, tabs.indexOf(tab));
    const target = next === null ? undefined : tabs[next];
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.click();
  });
}
