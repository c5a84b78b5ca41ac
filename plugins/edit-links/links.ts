// "编辑此页" and "报告问题" from `repository: { url, branch }` in _config.yml.
// Pure: the setting and a note in, two URLs (or nothing) out.

export interface Repository {
  url: string;
  branch: string;
}

/** The repository setting, or null when unset; `problem` says why a set value is not usable. */
export function repositoryOf(value: unknown): { repository: Repository | null; problem: string | null } {
  if (value === undefined || value === null) return { repository: null, problem: null };
  const setting = typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const url = typeof setting.url === 'string' ? setting.url.trim().replace(/\/+$/, '') : '';
  if (!/^https?:\/\/[^\s/?#]+\/[^\s?#]+$/.test(url)) {
    return { repository: null, problem: `_config.yml: repository.url ${JSON.stringify(setting.url) ?? 'is missing'} is not a repository's http(s) address; no edit or report links are shown` };
  }
  const branch = typeof setting.branch === 'string' && setting.branch.trim() ? setting.branch.trim() : 'main';
  return { repository: { url, branch }, problem: null };
}

/** Each path segment percent-encoded, the slashes kept. */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export function editLinks(repository: Repository, note: { file: string; title: string; url: string }): { edit: string; report: string } {
  const edit = `${repository.url}/edit/${encodePath(repository.branch)}/${encodePath(note.file)}`;
  const query = new URLSearchParams({ title: note.title, body: note.url });
  return { edit, report: `${repository.url}/issues/new?${query.toString()}` };
}
