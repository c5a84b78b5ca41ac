import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markLines, runnableCode, writtenLine } from '../../../../plugins/code/lines/notation';
import { parseInfoExtras, parseLineRanges } from '../../../../plugins/code/lines/ranges';
import { renderLines, splitHighlighted } from '../../../../plugins/code/lines/render';

test('line ranges: single lines, ranges, reversed ranges; junk ignored', () => {
  assert.deepEqual([...parseLineRanges('1,3-5')], [1, 3, 4, 5]);
  assert.deepEqual([...parseLineRanges(' 7 , 4-2 ')], [7, 2, 3, 4]);
  assert.deepEqual([...parseLineRanges('a,0,-3,2-x,,9')], [9]);
  assert.equal(parseLineRanges('1-99999999').size, 10_001);
});

test('the info string: {ranges}, showLineNumbers and [title] are read out; the caption keeps the rest', () => {
  assert.deepEqual(parseInfoExtras('{1,3-4} showLineNumbers [pip] 安装'), { marked: new Set([1, 3, 4]), showLineNumbers: true, title: 'pip', rest: '安装' });
  assert.deepEqual(parseInfoExtras('docker-compose.yml'), { marked: new Set(), showLineNumbers: false, title: null, rest: 'docker-compose.yml' });
  // Not at a word boundary: left in the caption.
  assert.equal(parseInfoExtras('a{1}').rest, 'a{1}');
});

test('notation comments mark lines and leave the code; every comment form', () => {
  const code = ['a(); // [!code ++]', 'b(); // [!code --]', 'x = 1 # [!code highlight]', 'select 1; -- [!code hl]', '<p></p> <!-- [!code ++] -->', 'c(); /* [!code --] */', 'plain'].join('\n');
  const { code: shown, marks } = markLines(code, 'js');
  assert.equal(shown, ['a();', 'b();', 'x = 1', 'select 1;', '<p></p>', 'c();', 'plain'].join('\n'));
  assert.deepEqual([...marks], [[1, 'add'], [2, 'remove'], [3, 'highlighted'], [4, 'highlighted'], [5, 'add'], [6, 'remove']]);
});

test('notation wins over a {range} mark; the runnable code leaves removed lines out', () => {
  const shown = markLines('old # [!code --]\nnew # [!code ++]\nkeep', 'sh', new Set([1, 3]));
  assert.deepEqual([...shown.marks].sort(), [[1, 'remove'], [2, 'add'], [3, 'highlighted']]);
  assert.equal(runnableCode(shown, 'sh'), 'new\nkeep');
});

test('a diff block: + and - lines marked, signs and removed lines kept; file headers are not lines', () => {
  const diff = '--- a/x\n+++ b/x\n-old\n+new\n same';
  const shown = markLines(diff, 'diff');
  assert.equal(shown.code, diff);
  assert.deepEqual([...shown.marks], [[3, 'remove'], [4, 'add']]);
  assert.equal(runnableCode(shown, 'diff'), diff);
});

test('notation text inside a string that is not at the end stays', () => {
  assert.equal(markLines('s = "// [!code ++] x"', 'js').marks.size, 0);
});

test('highlighted HTML is cut into balanced lines; spans over several lines are reopened', () => {
  assert.deepEqual(splitHighlighted('<span class="c">/* a\nb */</span>\nx'), ['<span class="c">/* a</span>', '<span class="c">b */</span>', 'x']);
  assert.equal(renderLines('a\nb', new Map([[2, 'remove']])), '<span class="line">a</span>\n<span class="line diff remove">b</span>');
});

test('writtenLine maps a line of the runnable text back to the line as written', () => {
  const shown = markLines('a\nb // [!code --]\nc\nd // [!code --]\ne\n', 'js');
  assert.equal(runnableCode(shown, 'js'), 'a\nc\ne\n');
  assert.deepEqual([1, 2, 3].map((n) => writtenLine(shown, 'js', n)), [1, 3, 5]);
  // A diff keeps every line.
  const diff = markLines('+a\n-b\n c\n', 'diff');
  assert.deepEqual([1, 2, 3].map((n) => writtenLine(diff, 'diff', n)), [1, 2, 3]);
});
