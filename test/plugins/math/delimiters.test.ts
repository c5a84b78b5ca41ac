import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  codeBlocks,
  codeSpanEnd,
  displayClose,
  inlineClose,
  opensLine,
  quoteDepthAt,
  readSource as source,
  standsAlone,
  stripQuoteMarkers,
} from '../../../plugins/math/delimiters';

test('code blocks: fences and indented code, keyed by start offset', () => {
  const text = '段落\n\n```\n$x$\n```\n\n    $y$\n    $z$\n\n后文';
  const blocks = [...codeBlocks(text)].map(([start, end]) => text.slice(start, end));
  assert.deepEqual(blocks, ['```\n$x$\n```\n', '    $y$\n    $z$\n']);
});

test('code blocks: a list item’s continuation is not indented code, deeper indentation is', () => {
  const text = '- 项目\n\n  续行 $x$\n\n      代码\n';
  const blocks = [...codeBlocks(text)].map(([start, end]) => text.slice(start, end));
  assert.deepEqual(blocks, ['      代码\n']);
});

test('a code span ends at a run of as many backticks, never across a blank line', () => {
  assert.equal(codeSpanEnd('``a ` b`` c', 0, 2), 9);
  assert.equal(codeSpanEnd('`a\n\nb`', 0, 1), -1);
  assert.equal(codeSpanEnd('`a', 0, 1), -1);
});

test('inline math closes at a $ with a non-space before it and no digit after it', () => {
  assert.equal(inlineClose(source('$x$ y'), 0, true), 2);
  assert.equal(inlineClose(source('$5 and $10'), 0, true), -1);
  assert.equal(inlineClose(source('$x $'), 0, true), -1);
  // A $ inside braces belongs to the formula; an escaped one too.
  assert.equal(inlineClose(source('$\\text{a $b$}$'), 0, true), 13);
  assert.equal(inlineClose(source('$a\\$b$'), 0, true), 5);
});

test('inline math does not cross a blank line or a code block; unbalanced braces fall back to the first $', () => {
  assert.equal(inlineClose(source('$x\n\ny$'), 0, true), -1);
  assert.equal(inlineClose(source('$x\n```\n$\n```\n'), 0, true), -1);
  assert.equal(inlineClose(source('${x$ y'), 0, true), 3);
});

test('display math closes at $$; across blank lines only when allowed', () => {
  assert.equal(displayClose(source('$$a\nb$$'), 0, false), 5);
  assert.equal(displayClose(source('$$a\n\nb$$'), 0, false), -1);
  assert.equal(displayClose(source('$$a\n\nb$$'), 0, true), 6);
  assert.equal(displayClose(source('$$a\\$$'), 0, true), -1);
});

test('how a formula sits on its line: container markers before it, nothing after it', () => {
  assert.equal(opensLine(source('> - $$x$$'), 4), true);
  assert.equal(opensLine(source('文字 $$x$$'), 3), false);
  assert.equal(standsAlone(source('> $$x$$  \n后'), 2, 7), true);
  assert.equal(standsAlone(source('$$x$$ 后'), 0, 5), false);
});

test('quote depth and the markers removed from continuation lines', () => {
  assert.equal(quoteDepthAt(source('> > $$a'), 4), 2);
  assert.equal(quoteDepthAt(source('$$a'), 0), 0);
  assert.equal(stripQuoteMarkers('a\n> > b\n>c', 2), 'a\nb\nc');
  assert.equal(stripQuoteMarkers('a\n> b', 0), 'a\n> b');
});
