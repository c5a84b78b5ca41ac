// The page a player belongs to: an embedded player's address (`/embed/ID`,
// `player.html?bvid=…`) is no page a reader can open, the video's page is. Known
// players of the sites notes embed most (YouTube, Bilibili, Vimeo, NetEase Cloud
// Music, Tencent Video); any other frame links to its own address. Pure.

type PageOf = (url: URL) => string | null;

const youtube: PageOf = (url) => {
  const id = /^\/embed\/([\w-]+)/.exec(url.pathname)?.[1];
  if (id === 'videoseries') {
    const list = url.searchParams.get('list');
    return list ? `https://www.youtube.com/playlist?list=${encodeURIComponent(list)}` : null;
  }
  return id ? `https://www.youtube.com/watch?v=${id}` : null;
};

const bilibili: PageOf = (url) => {
  const bvid = url.searchParams.get('bvid');
  const aid = url.searchParams.get('aid');
  const video = bvid && /^BV\w+$/.test(bvid) ? bvid : aid && /^\d+$/.test(aid) ? `av${aid}` : null;
  if (!video) return null;
  const page = Number(url.searchParams.get('page') ?? url.searchParams.get('p') ?? 1);
  return `https://www.bilibili.com/video/${video}/${Number.isInteger(page) && page > 1 ? `?p=${page}` : ''}`;
};

const vimeo: PageOf = (url) => {
  const id = /^\/video\/(\d+)/.exec(url.pathname)?.[1];
  return id ? `https://vimeo.com/${id}` : null;
};

/** NetEase: `outchain/player?type=2&id=…` is a song, type 0 a playlist, type 1 an album. */
const netease: PageOf = (url) => {
  const id = url.searchParams.get('id');
  if (!id || !/^\d+$/.test(id)) return null;
  const kind = { '0': 'playlist', '1': 'album', '2': 'song' }[url.searchParams.get('type') ?? '2'] ?? 'song';
  return `https://music.163.com/#/${kind}?id=${id}`;
};

const tencent: PageOf = (url) => {
  const vid = url.searchParams.get('vid');
  return vid && /^\w+$/.test(vid) ? `https://v.qq.com/x/page/${vid}.html` : null;
};

const PLAYERS: ReadonlyArray<[RegExp, PageOf]> = [
  [/^(?:www\.)?youtube(?:-nocookie)?\.com$/, youtube],
  [/^player\.bilibili\.com$/, bilibili],
  [/^player\.vimeo\.com$/, vimeo],
  [/^music\.163\.com$/, netease],
  [/^v\.qq\.com$/, tencent],
];

/** The page to link to for a player at `url`: the video's page when the player is known, else the address itself. */
export function playerPage(url: URL): string {
  for (const [host, pageOf] of PLAYERS) {
    if (host.test(url.hostname)) return pageOf(url) ?? url.href;
  }
  return url.href;
}
