// The image store: source/_data/images.yml maps a remote image URL to the copy
// `hexo images` downloaded into source/images/remote/. Read at build time.
export const STORE_NAME = 'images';
export const STORE_FILE = `_data/${STORE_NAME}.yml`;
/** Below source/: where `hexo images` writes the copies. */
export const REMOTE_DIR = 'images/remote';

/** The types the store keeps, by their bytes (SVG never: served from this site it could run script here). */
export const STORED_TYPES = ['png', 'jpg', 'gif', 'webp', 'avif'] as const;
export type StoredType = (typeof STORED_TYPES)[number];

export interface StoredImage {
  /** Site path of the copy, e.g. /images/remote/ab12….png. */
  path: string;
  width: number;
  height: number;
  type: StoredType;
  bytes: number;
  /** YYYY-MM-DD. */
  fetched: string;
  /** Site path of the WebP copy, when one was worth writing. */
  webp?: string;
}

export type ImageStore = Map<string, StoredImage>;

/** The key a remote image is stored under: its absolute http(s) URL without the fragment (`//host/…` is https). */
export function remoteKey(src: string): string | null {
  const text = src.trim();
  if (!/^(?:https?:)?\/\//i.test(text)) return null;
  try {
    const url = new URL(text.startsWith('//') ? `https:${text}` : text);
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** A path the site serves: absolute within it, no host, no `..`. */
export function isSitePath(value: unknown): value is string {
  return typeof value === 'string' && /^\/(?!\/)/.test(value) && !value.split('/').includes('..') && !/[\\?#]/.test(value);
}

/** Hexo reads the store with js-yaml, which makes `2024-01-02` a Date. */
const dateText = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : '');

const positive = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;

function readEntry(url: string, value: unknown, exists: (sitePath: string) => boolean): { entry?: StoredImage; warning?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { warning: `${url}: the entry must be a mapping; ignored` };
  const f = value as Record<string, unknown>;
  if (!isSitePath(f.path)) return { warning: `${url}: path must be a path in this site (/images/remote/…); ignored` };
  if (!exists(f.path)) return { warning: `${url}: ${f.path} is missing from source/ (run \`npx hexo images --refresh\`); the image stays remote` };
  if (!positive(f.width) || !positive(f.height)) return { warning: `${url}: width and height must be whole numbers above 0; ignored` };
  const type = STORED_TYPES.find((t) => t === f.type);
  if (!type) return { warning: `${url}: type must be one of ${STORED_TYPES.join(', ')}; ignored` };
  const entry: StoredImage = { path: f.path, width: f.width, height: f.height, type, bytes: positive(f.bytes) ? f.bytes : 0, fetched: dateText(f.fetched) };
  if (isSitePath(f.webp) && exists(f.webp)) entry.webp = f.webp;
  return { entry };
}

/** Validates the store's parsed YAML; bad entries are reported and left out (those images stay remote). */
export function readStore(raw: unknown, exists: (sitePath: string) => boolean): { index: ImageStore; warnings: string[] } {
  const index: ImageStore = new Map();
  const warnings: string[] = [];
  if (raw === undefined || raw === null) return { index, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { index, warnings: ['must map image URLs to entries (path, width, height, type…); ignored'] };
  for (const [url, value] of Object.entries(raw as Record<string, unknown>)) {
    const key = remoteKey(url);
    if (!key) {
      warnings.push(`"${url}" is not an http(s) URL; entry ignored`);
      continue;
    }
    const { entry, warning } = readEntry(url, value, exists);
    if (warning) warnings.push(warning);
    if (entry) index.set(key, entry);
  }
  return { index, warnings };
}
