// Flags values in published file blocks that look like real credentials, so the
// author notices before publishing. Placeholders (`your-password`, `<TOKEN>`,
// `${VAR}`, `changeme`, `sk-xxxx`) are what notes are supposed to contain.

/** Formats of well-known API keys and tokens. */
const TOKEN_FORMATS: RegExp[] = [
  /\bsk-(?:proj-|ant-(?:api\d+-)?)?[A-Za-z0-9_-]{20,}/, // OpenAI, Anthropic, DeepSeek and look-alikes
  /\bgh[pousr]_[A-Za-z0-9]{30,}/, // GitHub
  /\bgithub_pat_[A-Za-z0-9_]{40,}/,
  /\bglpat-[A-Za-z0-9_-]{20,}/, // GitLab
  /\bhf_[A-Za-z0-9]{30,}/, // Hugging Face
  /\bxox[abprs]-[A-Za-z0-9-]{20,}/, // Slack
  /\bAKIA[0-9A-Z]{16}\b/, // AWS access key id
  /\bAIza[0-9A-Za-z_-]{35}\b/, // Google API key
  /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, // JWT
  /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/,
];

const PLACEHOLDER = /\$\{|\$[A-Za-z_]|<[^>]*>|\{\{|your|example|sample|placeholder|change_?me|change-?it|replace|dummy|fake|todo|xxx|\*{3}|\.{3}|…/i;
const SECRET_KEY = /pass(?:word|wd)?|secret|token|api_?key|access_?key|private_?key|credential|auth/i;

/** Bits of entropy per character: random tokens score high, words and paths low. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function randomLooking(value: string, minLength: number, minEntropy: number): boolean {
  return (
    value.length >= minLength &&
    !/\s/.test(value) &&
    !/^(?:[a-z][\w+.-]*:\/\/|[/~.])/i.test(value) &&
    !/^(?:sha\d+|md5):/i.test(value) &&
    /[A-Za-z]/.test(value) &&
    /\d/.test(value) &&
    entropy(value) >= minEntropy
  );
}

/** Whether `value`, assigned to `key`, looks like a real secret rather than a placeholder. */
export function looksLikeSecret(key: string, value: string): boolean {
  const text = value.trim();
  if (text === '') return false;
  if (TOKEN_FORMATS.some((re) => re.test(text))) {
    // `sk-xxxxxxxx…` and `sk-your-key-here` are placeholders in token clothing.
    return !/x{6,}|your|example|placeholder/i.test(text);
  }
  if (PLACEHOLDER.test(text)) return false;
  if (SECRET_KEY.test(key)) return randomLooking(text, 16, 3.5);
  // Without a telling key only a bare token counts: image names, hosts and paths have `/`, `.`, `:`.
  return /^[A-Za-z0-9_+=-]+$/.test(text) && randomLooking(text, 32, 4.2);
}
