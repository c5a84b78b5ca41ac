// What a card says about where a link goes: the kind of site (for the icon), its
// name, a readable URL, the GitHub repository, whether it is a video.
export type SiteKind = 'github' | 'youtube' | 'bilibili' | 'zhihu' | 'huggingface' | 'default';

export interface SiteInfo {
  kind: SiteKind;
  /** Known name of the site, or the host without `www.`. */
  siteName: string;
  /** host + path, e.g. github.com/langchain-ai/langchain. */
  readable: string;
  /** `owner/repo` for a GitHub repository link. */
  repo: string | null;
  video: boolean;
}

const KINDS: { kind: SiteKind; name: string; hosts: string[] }[] = [
  { kind: 'github', name: 'GitHub', hosts: ['github.com'] },
  { kind: 'youtube', name: 'YouTube', hosts: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'] },
  { kind: 'bilibili', name: 'bilibili', hosts: ['bilibili.com', 'b23.tv'] },
  { kind: 'zhihu', name: '知乎', hosts: ['zhihu.com'] },
  { kind: 'huggingface', name: 'Hugging Face', hosts: ['huggingface.co', 'hf.co'] },
];

/** First path segments of github.com that are not user or organisation names. */
const GITHUB_RESERVED = new Set([
  'about', 'apps', 'collections', 'contact', 'customer-stories', 'enterprise', 'events', 'explore', 'features',
  'issues', 'login', 'marketplace', 'new', 'notifications', 'orgs', 'organizations', 'pricing', 'pulls', 'search',
  'settings', 'site', 'sponsors', 'topics', 'trending', 'users', 'codespaces', 'security', 'readme', 'team',
]);

function matchesHost(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

export function readableUrl(url: URL): string {
  const host = url.hostname.replace(/^www\./, '') + (url.port ? `:${url.port}` : '');
  const path = safeDecode(url.pathname).replace(/\/+$/, '');
  return host + path;
}

function githubRepo(url: URL): string | null {
  const [owner, repo] = url.pathname.split('/').filter(Boolean);
  if (!owner || !repo || GITHUB_RESERVED.has(owner.toLowerCase())) return null;
  return `${owner}/${repo.replace(/\.git$/, '')}`;
}

function isVideo(kind: SiteKind, url: URL): boolean {
  const parts = url.pathname.split('/').filter(Boolean);
  if (kind === 'youtube') {
    if (url.hostname.endsWith('youtu.be')) return parts.length === 1;
    if (parts[0] === 'watch') return url.searchParams.has('v');
    return ['shorts', 'embed', 'live', 'v'].includes(parts[0] ?? '') && parts.length >= 2;
  }
  if (kind === 'bilibili') {
    if (url.hostname.endsWith('b23.tv')) return parts.length === 1;
    return (parts[0] === 'video' && /^(?:BV|av)\w+$/i.test(parts[1] ?? '')) || parts[0] === 'bangumi';
  }
  return false;
}

export function siteInfo(url: URL): SiteInfo {
  const host = url.hostname.toLowerCase();
  const known = KINDS.find((k) => k.hosts.some((domain) => matchesHost(host, domain)));
  const kind = known?.kind ?? 'default';
  return {
    kind,
    siteName: known?.name ?? host.replace(/^www\./, ''),
    // A YouTube watch page is told apart by its video id only.
    readable: kind === 'youtube' && url.pathname === '/watch' && url.searchParams.has('v') ? `${readableUrl(url)}?v=${url.searchParams.get('v') ?? ''}` : readableUrl(url),
    repo: kind === 'github' ? githubRepo(url) : null,
    video: isVideo(kind, url),
  };
}
