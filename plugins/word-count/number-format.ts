// Numbers as the site's language writes them (1,471). Making an Intl.NumberFormat
// is far slower than formatting with one, and pages ask on every render: one per
// language, kept until the language changes.

/** The first of Hexo's `language` setting as a BCP 47 tag, 'en' for none or 'default'. */
export function languageTag(language: unknown): string {
  const first: unknown = Array.isArray(language) ? language[0] : language;
  return typeof first === 'string' && first !== 'default' ? first : 'en';
}

function makeFormat(tag: string): (n: number) => string {
  try {
    const intl = new Intl.NumberFormat(tag);
    return (value) => intl.format(value);
  } catch {
    return String;
  }
}

/** A formatter for the language `language()` gives at each call. */
export function numberFormatter(language: () => unknown): (n: number) => string {
  let made: { tag: string; format: (n: number) => string } | null = null;
  return (n) => {
    const tag = languageTag(language());
    if (made?.tag !== tag) made = { tag, format: makeFormat(tag) };
    return made.format(n);
  };
}
