// The hash-source a browser compares an inline script against: SHA-256 of the
// script's text as the parser hands it over (UTF-8, line breaks as LF, since
// the HTML parser turns CRLF and CR into LF before anything else sees them).
import crypto from 'node:crypto';

/** `'sha256-…'` for the text between `<script>` and `</script>`. */
export function scriptHash(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${crypto.createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}
