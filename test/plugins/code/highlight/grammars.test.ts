import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { HLJSApi, LanguageFn } from 'highlight.js';
import core from 'highlight.js/lib/core';
import { COMMON_ALIASES, Grammars, grammarFile } from '../../../../plugins/code/highlight/grammars';

/** The full package: every grammar registered, as the site used it before grammars.ts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package's CommonJS entry, registering everything
const full = require('highlight.js') as HLJSApi;

const languagesDir = path.join(path.dirname(require.resolve('highlight.js/package.json')), 'lib', 'languages');
const fileNames = fs.readdirSync(languagesDir).filter((f) => /^[^.]+\.js$/.test(f)).map((f) => f.slice(0, -3));

function registerEveryFile(hljs: HLJSApi): void {
  for (const name of fileNames) hljs.registerLanguage(name, grammarFile(name) as LanguageFn);
}

/** A fresh instance (not the process's), so each test sees what it registers. */
const fresh = (): Grammars => new Grammars(core.newInstance(), registerEveryFile);

test('each listed alias names the grammar the full package gives it', () => {
  for (const [alias, file] of COMMON_ALIASES) {
    assert.ok(fileNames.includes(file), `${file} is a grammar file`);
    assert.equal(full.getLanguage(alias), full.getLanguage(file), alias);
  }
});

test('a grammar is registered when asked for, with those it embeds, and no other', () => {
  const bash = fresh();
  assert.equal(bash.has('sh'), true);
  assert.deepEqual(bash.hljs.listLanguages(), ['bash']);
  const html = fresh();
  assert.equal(html.has('html'), true);
  assert.deepEqual(html.hljs.listLanguages().sort(), ['css', 'graphql', 'javascript', 'xml']); // javascript: gql`…` templates
  // HTTP bodies are auto-detected among every grammar, so all of them load.
  const http = fresh();
  assert.equal(http.has('http'), true);
  assert.equal(http.hljs.listLanguages().length, fileNames.length);
});

test('an alias not listed, and a name no grammar has, load every grammar once', () => {
  const perl = fresh();
  assert.equal(COMMON_ALIASES.has('pl'), false);
  assert.equal(perl.has('pl'), true);
  assert.equal(perl.hljs.listLanguages().length, fileNames.length);
  const none = fresh();
  for (const name of ['nosuchlang', 'constructor', '__proto__', '../core', 'c#x']) assert.equal(none.has(name), false, name);
  assert.equal(none.hljs.listLanguages().length, fileNames.length);
});

test('the highlighting is the full package\'s, embedded grammars included', () => {
  const samples: Array<[string, string]> = [
    ['html', '<p class="a">x</p>\n<script>const a = 1; if (a) { f(`t${a}`) }</script>\n<style>p { color: red }</style>'],
    ['pgsql', "CREATE FUNCTION f() RETURNS int AS $$\nimport os\nreturn 1\n$$ LANGUAGE plpythonu;\nSELECT 1;"],
    ['markdown', '# 标题\n\n<b>x</b> `code`\n\n```js\nlet a = 1\n```'],
    ['php', '<?php echo "<b>"; ?>\n<div><?= $x ?></div>'],
    ['http', 'POST /api HTTP/1.1\nContent-Type: application/json\n\n{"a": [1, 2]}'],
    ['yml', 'services:\n  web:\n    image: nginx:1.27 # 注释\n    ports: ["8080:80"]'],
    ['dockerfile', 'FROM node:20\nRUN npm ci && echo "$HOME"\nCMD ["node", "a.js"]'],
    ['tsx', 'const A = (p: { n: number }) => <div>{p.n}</div>;'],
  ];
  for (const [lang, code] of samples) {
    const grammars = fresh();
    assert.equal(grammars.has(lang), true, lang);
    const ours = grammars.hljs.highlight(code, { language: lang, ignoreIllegals: true }).value;
    assert.equal(ours, full.highlight(code, { language: lang, ignoreIllegals: true }).value, lang);
  }
});
