// The pure parts of a file block (YAML, dotenv, highlighting) are cached by the
// block's text; what depends on the note (its name, lines, env values) is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlightCode } from '../../../../plugins/code/highlight/render';
import { envValues, parseEnv } from '../../../../plugins/code/files/env';
import { processNote, type NoteOptions } from '../../../../plugins/code/files/process';
import { recognise, fileText } from '../../../../plugins/code/files/recognise';
import { findFences } from '../../../../plugins/shared/fences';

const options = (source: string, lineOffset = 6): NoteOptions => ({ folder: 'n/', root: '/', reserved: ['index.html'], source, lineOffset, t: (key) => `[${key}]` });

const SECRET_AND_BROKEN = [
  '```env',
  'OPENAI_API_KEY=sk-proj-4fT9qLx2VbN8wZ3mK7pR1sD6hJ0yUeCa',
  '```',
  '',
  '```yaml',
  'services:',
  '  a: b: c',
  '```',
  '',
].join('\n');

test('an identical block in two notes warns for each note, with its own lines', () => {
  const first = processNote(SECRET_AND_BROKEN, options('source/_posts/one.md'));
  const second = processNote(SECRET_AND_BROKEN, options('source/_posts/two.md', 10));
  const broken = 'docker-compose.yaml: YAML does not parse: Nested mappings are not allowed in compact mappings (BLOCK_AS_IMPLICIT_KEY); shown as plain code';
  const secret = '.env: OPENAI_API_KEY looks like a real secret; publish a placeholder instead';
  assert.deepEqual(first.warnings, [`source/_posts/one.md:8: ${secret}`, `source/_posts/one.md:13: ${broken}`]);
  assert.deepEqual(second.warnings, [`source/_posts/two.md:12: ${secret}`, `source/_posts/two.md:17: ${broken}`]);
  assert.equal(second.markdown, first.markdown);
});

test('a YAML alias bomb is reported in every note that has it', () => {
  const bomb = ['```yaml title="bomb.yaml"', 'a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', '```', ''].join('\n');
  for (const source of ['source/_posts/one.md', 'source/_posts/two.md']) {
    const { warnings } = processNote(bomb, options(source));
    assert.deepEqual(warnings, [`${source}:7: bomb.yaml: Excessive alias count indicates a resource exhaustion attack; shown as plain code`]);
  }
});

test('the compose summary still reads each note\'s own env values', () => {
  const compose = ['`docker-compose.yaml`:', '', '```yaml', 'services:', '  web:', '    image: nginx', '    ports: ["${PORT}:80"]', '```', ''].join('\n');
  const withPort = (port: string): string => `${compose}\n\`.env\`:\n\n\`\`\`env\nPORT=${port}\n\`\`\`\n`;
  const a = processNote(withPort('8080'), options('source/_posts/a.md')).markdown;
  const b = processNote(withPort('9090'), options('source/_posts/b.md')).markdown;
  assert.ok(a.includes('localhost:8080') && !a.includes('localhost:9090'));
  assert.ok(b.includes('localhost:9090') && !b.includes('localhost:8080'));
});

test('parsing and highlighting the same text twice gives the very same result', () => {
  const text = 'A=1\n# the key\nB="two"\n';
  assert.equal(parseEnv(text), parseEnv(`${text}`));
  assert.equal(envValues(text), envValues(`${text}`));
  assert.deepEqual(envValues(text), { A: '1', B: 'two' });
  const md = '```yaml title="app.yaml"\nx: 1\n```\n';
  const [fence] = findFences(md);
  assert.ok(fence);
  const doc = (): unknown => recognise(md, fence, fileText(fence))?.yaml;
  assert.ok(doc());
  assert.equal(doc(), doc());
  const code = 'const x = 1;';
  assert.equal(highlightCode(code, 'javascript'), highlightCode(code, 'javascript'));
  assert.match(highlightCode(code, 'javascript'), /hljs-keyword/);
  // The grammar is part of the key.
  assert.notEqual(highlightCode(code, 'javascript'), highlightCode(code, 'python'));
});
