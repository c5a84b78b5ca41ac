// The browser side of live reload, served by `hexo server` only (never written
// by `hexo generate`). Plain ES2017 in a string: it is not part of the theme's bundle.

/** The script for a site whose root is `root` ("/" or "/sub/"). */
export function clientScript(root: string): string {
  return `(() => {
  const source = new EventSource(${JSON.stringify(`${root}__livereload`)});
  // Marks the page once the server can tell it to reload (tests wait for it).
  source.addEventListener('open', () => { document.documentElement.dataset.livereload = 'connected'; });
  source.addEventListener('reload', () => location.reload());
  source.addEventListener('problems', (event) => {
    const problems = JSON.parse(event.data);
    let box = document.getElementById('livereload-problems');
    if (!box) {
      box = document.createElement('div');
      box.id = 'livereload-problems';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;z-index:2147483647;left:1rem;right:1rem;bottom:1rem;max-height:40vh;overflow:auto;padding:.75rem 1rem;border-radius:6px;background:#7f1d1d;color:#fff;font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap';
      box.addEventListener('click', () => box.remove());
      document.body.append(box);
    }
    const lines = problems.map((p) => p.file + (p.line ? ':' + p.line : '') + ': ' + p.message);
    for (const line of lines) console.error(line);
    box.textContent = 'hexo server: this page still shows the last good version.\\n' + lines.join('\\n');
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
