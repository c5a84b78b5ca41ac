import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frontMatterId } from '../../../plugins/new-note/existing';
import { idFromTitle, isUrlSafeId, uniqueId } from '../../../plugins/new-note/note-id';

test('an ASCII title becomes its slug', () => {
  assert.equal(idFromTitle('Hello, World!'), 'hello-world');
  assert.equal(idFromTitle('Café déjà vu'), 'cafe-deja-vu');
});

test('Chinese characters become toneless pinyin, ASCII words are kept', () => {
  assert.equal(idFromTitle('注意力机制'), 'zhu-yi-li-ji-zhi');
  assert.equal(idFromTitle('LoRA 微调'), 'lora-wei-tiao');
  assert.equal(idFromTitle('绿色'), 'lv-se');
});

test('a title with nothing to spell still gets a stable, non-empty id', () => {
  const id = idFromTitle('🎉🎉');
  assert.match(id, /^note-[0-9a-f]{8}$/);
  assert.equal(idFromTitle('🎉🎉'), id);
  assert.notEqual(idFromTitle('🎈'), id);
});

test('long titles are cut at a word boundary', () => {
  const id = idFromTitle('大语言模型的预训练、微调、对齐与推理部署的完整实践指南以及常见问题汇总');
  assert.ok(id.length <= 60, id);
  assert.ok(!id.endsWith('-'));
});

test('taken ids get a numeric suffix, compared case-insensitively', () => {
  assert.equal(uniqueId('a', new Set()), 'a');
  assert.equal(uniqueId('a', new Set(['a', 'a-2'])), 'a-3');
  assert.equal(uniqueId('Tags', new Set(['tags'])), 'Tags-2');
});

test('URL-safe ids', () => {
  assert.ok(isUrlSafeId('my-note_2'));
  assert.ok(!isUrlSafeId('my note'));
  assert.ok(!isUrlSafeId('../x'));
  assert.ok(!isUrlSafeId('-x'));
});

test('the id is read from every front-matter form Hexo accepts', () => {
  assert.equal(frontMatterId('---\ntitle: a\nid: x\n---\nbody'), 'x');
  assert.equal(frontMatterId('\uFEFF---\r\nid: crlf\r\n---\r\n'), 'crlf');
  assert.equal(frontMatterId('id: bare\n---\nbody'), 'bare');
  assert.equal(frontMatterId(';;;\n"id": "json"\n;;;\n'), 'json');
  assert.equal(frontMatterId('---\nid: 42\n---\n'), '42');
  assert.equal(frontMatterId('---\nid: [unclosed\n---\n'), null);
  assert.equal(frontMatterId('no front matter'), null);
});
