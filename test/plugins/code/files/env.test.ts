import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEnv } from '../../../../plugins/code/files/env';

test('entries as dotenv reads them, with the comment lines right above', () => {
  const text = [
    '# 工作目录',
    '# (相对路径)',
    'WORKSPACE_BASE=./workspace',
    'UID=$(id -u)',
    '',
    '# not attached: a blank line follows',
    '',
    'export TOKEN="a b" # inline comment',
    "SINGLE='x # y'",
    'EMPTY=',
    'KEY="-----BEGIN',
    'line two',
    'END"',
    'AFTER=1',
    'not an assignment',
  ].join('\n');
  assert.deepEqual(
    parseEnv(text).map((e) => [e.key, e.value, e.comments, e.line]),
    [
      ['WORKSPACE_BASE', './workspace', ['工作目录', '(相对路径)'], 3],
      ['UID', '$(id -u)', [], 4],
      ['TOKEN', 'a b', [], 8],
      ['SINGLE', 'x # y', [], 9],
      ['EMPTY', '', [], 10],
      ['KEY', '-----BEGIN\nline two\nEND', [], 11],
      ['AFTER', '1', [], 14],
    ],
  );
});

test('a key set twice shows each assignment', () => {
  assert.deepEqual(
    parseEnv('A=1\nA=2\n').map((e) => e.value),
    ['1', '2'],
  );
});
