import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import { scriptHash } from '../../../plugins/csp/hash';

test('the hash of an empty script is the SHA-256 of nothing, in base64', () => {
  assert.equal(scriptHash(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
});

test('a script is hashed as its UTF-8 bytes', () => {
  const text = "document.title='笔记'";
  const expected = crypto.createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64');
  assert.equal(scriptHash(text), `'sha256-${expected}'`);
});

test('CRLF and CR are hashed as LF, as the HTML parser hands the script over', () => {
  assert.equal(scriptHash('a()\r\nb()\rc()'), scriptHash('a()\nb()\nc()'));
  assert.notEqual(scriptHash('a()\nb()'), scriptHash('a();b()'));
});
