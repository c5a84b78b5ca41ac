// The browser side of live reload, served by `hexo server` only (never written
// by `hexo generate`). Plain ES2017 in a string: it is not part of the theme's bundle.

/** The script for a site whose root is `root` ("/" or "/sub/"). */
export function clientScript(root: string): string {
  return `(() => {
  const source = new EventSource(${JSON.stringify(`${root}__livereload`)});
  // Marks the page once the server can tell it to reload (tests wait for it).
  source.addEventListener('open', () => { document.documentElement.dataset.livereload = 'connected'; });
  source.addEventListener('reload', () => location.reload());
  // The problems the last build found in notes (an empty list: none, so no box).
  source.addEventListener('problems', (event) => {
    const problems = JSON.parse(event.data);
    const old = document.getElementById('livereload-problems');
    if (old) old.remove();
    // How many the page was told of (tests wait for it).
    document.documentElement.dataset.livereloadProblems = String(problems.length);
    if (!problems.length) return;
    const errors = problems.filter((p) => p.level === 'error').length;
    const warnings = problems.length - errors;
    const box = document.createElement('div');
    box.id = 'livereload-problems';
    box.dataset.level = errors ? 'error' : 'warn';
    box.setAttribute('role', errors ? 'alert' : 'status');
    box.title = 'click to hide';
    box.style.cssText = 'position:fixed;z-index:2147483647;left:1rem;right:1rem;bottom:1rem;max-height:40vh;overflow:auto;padding:.75rem 1rem;border-radius:6px;color:#fff;font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;background:' + (errors ? '#7f1d1d' : '#78350f');
    box.addEventListener('click', () => box.remove());
    const counts = [errors && errors + (errors > 1 ? ' errors' : ' error'), warnings && warnings + (warnings > 1 ? ' warnings' : ' warning')].filter(Boolean);
    const head = document.createElement('strong');
    head.textContent = 'hexo server: ' + counts.join(', ') + ' in notes' + (errors ? ' (a note that fails to render keeps its last good version)' : '');
    box.append(head);
    for (const p of problems) {
      const text = p.file + (p.line ? ':' + p.line : '') + ': ' + p.message;
      const row = document.createElement('div');
      row.className = 'livereload-problem';
      row.dataset.level = p.level;
      row.textContent = (p.level === 'error' ? 'error: ' : 'warning: ') + text;
      if (p.level !== 'error') row.style.color = '#fde68a';
      box.append(row);
      console[p.level === 'error' ? 'error' : 'warn'](text);
    }
    document.body.append(box);
  });
})();
`;
}

/** Adds the client script to an HTML page, before </body> when there is one. */
export function injectScript(html: string, scriptUrl: string): string {
  const tag = `<script src="${scriptUrl}" defer></script>`;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + tag : html.slice(0, at) + tag + html.slice(at);
}
