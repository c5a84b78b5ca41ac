import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MarkedExtension, Token } from 'marked' with { 'resolution-mode': 'import' };
import { walkOnce } from '../../../plugins/shared/marked-walk';

const tok = (type: string, extra: Record<string, unknown> = {}): Token => ({ type, raw: '', ...extra });

/** Runs the one hook walkOnce adds, as marked calls it (its `this` holds the options). */
function runHook(extensions: MarkedExtension[], tokens: Token[], childTokens: Record<string, string[]> = {}): void {
  const hook = extensions.find((e) => e.hooks)?.hooks?.processAllTokens;
  assert.ok(hook, 'no processAllTokens hook');
  // Synchronous here: the hook returns the tokens themselves, no promise.
  void hook.call({ options: { extensions: { childTokens } } } as never, tokens);
}

test('walkTokens are taken out of the extensions, the rest of each kept', () => {
  const renderer = { name: 'x', level: 'block' as const, renderer: () => '' };
  const out = walkOnce([{ extensions: [renderer], walkTokens: () => undefined }, { gfm: true }]);
  assert.equal(out.length, 3);
  assert.ok(out.every((e) => !('walkTokens' in e)));
  assert.deepEqual(out[0]?.extensions, [renderer]);
  assert.equal(out[1]?.gfm, true);
  assert.deepEqual(walkOnce([{ gfm: true }]), [{ gfm: true }]);
});

test("one walk, in marked's order: depth first; per token the later extension first; cells, items, declared child tokens, else tokens", () => {
  const seen: string[] = [];
  const name = (t: Token): string => {
    const id = (t as { id?: unknown }).id;
    return typeof id === 'string' ? id : t.type;
  };
  const extensions = walkOnce([{ walkTokens: (t) => void seen.push(`a:${name(t)}`) }, { walkTokens: (t) => void seen.push(`b:${name(t)}`) }]);
  const cell = (id: string) => ({ text: '', tokens: [tok('text', { id })], header: false, align: null });
  const tokens = [
    tok('paragraph', { id: 'p', tokens: [tok('text', { id: 't1' })] }),
    tok('table', { id: 'table', header: [cell('h')], rows: [[cell('r1')], [cell('r2')]], align: [null] }),
    tok('list', { id: 'list', items: [tok('list_item', { id: 'li', tokens: [tok('text', { id: 't2' })] })] }),
    tok('footnotes', { id: 'fns', content: [tok('text', { id: 'fn' })], tokens: [tok('text', { id: 'not-walked' })] }),
  ];
  runHook(extensions, tokens, { footnotes: ['content'] });
  const order = seen.filter((s) => s.startsWith('b:')).map((s) => s.slice(2));
  assert.deepEqual(order, ['p', 't1', 'table', 'h', 'r1', 'r2', 'list', 'li', 't2', 'fns', 'fn']);
  assert.deepEqual(seen.slice(0, 2), ['b:p', 'a:p']);
  assert.equal(seen.length, 22);
});

test('a change a callback makes to a token is seen by the walk (marked-alert turns a blockquote into an alert)', () => {
  const seen: string[] = [];
  const extensions = walkOnce([{ walkTokens: (t) => void seen.push(t.type) }, { walkTokens: (t) => { if (t.type === 'blockquote') Object.assign(t, { type: 'alert' }); } }]);
  runHook(extensions, [tok('blockquote', { tokens: [tok('paragraph', { tokens: [] })] })]);
  assert.deepEqual(seen, ['alert', 'paragraph']);
});
