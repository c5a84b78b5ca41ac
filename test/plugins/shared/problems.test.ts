// The registry of problems found in notes: what note-render and flags report,
// what live reload shows, emptied when a generation starts.
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Hexo from 'hexo';
import { formatProblem, noteProblems, reportProblem, reportRenderFault, type NoteProblem } from '../../../plugins/shared/problems';

function site(): { hexo: Hexo; logged: string[] } {
  const hexo = new Hexo(os.tmpdir(), { silent: true });
  const logged: string[] = [];
  hexo.log.error = (message: string) => logged.push(`ERROR ${message}`);
  hexo.log.warn = (message: string) => logged.push(`WARN ${message}`);
  return { hexo, logged };
}

const bad: NoteProblem = { level: 'error', file: 'source/_posts/b.md', line: 4, message: 'the front matter is not valid YAML' };
const flag: NoteProblem = { level: 'warn', file: 'source/_posts/a.md', line: null, message: 'front matter "no_toc" is "x"' };

test('a problem is logged at its level as file:line: message, and kept', () => {
  const { hexo, logged } = site();
  reportProblem(hexo, bad);
  reportProblem(hexo, flag);
  assert.deepEqual(logged, ['ERROR source/_posts/b.md:4: the front matter is not valid YAML', 'WARN source/_posts/a.md: front matter "no_toc" is "x"']);
  assert.deepEqual(noteProblems(hexo), [bad, flag]);
  assert.equal(formatProblem(flag), 'source/_posts/a.md: front matter "no_toc" is "x"');
});

test('errors come first, then by file and line', () => {
  const { hexo } = site();
  const later = { ...bad, line: 9 };
  const other = { ...bad, file: 'source/_posts/a.md' };
  for (const p of [flag, later, bad, other]) reportProblem(hexo, p);
  assert.deepEqual(noteProblems(hexo), [other, bad, later, flag]);
});

test('a generation starting empties it; what is reported then is kept', () => {
  const { hexo } = site();
  reportProblem(hexo, bad);
  hexo.emit('generateBefore');
  assert.deepEqual(noteProblems(hexo), []);
  reportProblem(hexo, flag);
  assert.deepEqual(noteProblems(hexo), [flag]);
});

test('each site has its own; callers get copies', () => {
  const one = site();
  const two = site();
  reportProblem(one.hexo, bad);
  assert.deepEqual(noteProblems(two.hexo), []);
  const copy = noteProblems(one.hexo);
  copy[0]!.message = 'changed';
  copy.pop();
  assert.deepEqual(noteProblems(one.hexo), [bad]);
});

test('a fault in rendering a note: an error naming its file, and the note renders again next build', () => {
  const { hexo, logged } = site();
  const post = { source: '_posts/a.md', full_source: path.join(hexo.source_dir, '_posts/a.md'), content: '' };
  reportRenderFault(hexo, post, 'math: formulas not rendered: boom');
  assert.deepEqual(logged, ['ERROR source/_posts/a.md: math: formulas not rendered: boom']);
  assert.equal((post as Record<string, unknown>).render_failed, true);
  assert.equal(noteProblems(hexo)[0]?.level, 'error');
});
