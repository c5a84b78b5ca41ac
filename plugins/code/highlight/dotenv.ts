// A highlight.js grammar for env files (`KEY=value`, `export KEY=`, quoted values,
// `${VAR}` references, `$(command)`, `#` comments), registered as `dotenv` / `env`.
import type { HLJSApi, Language, Mode } from 'highlight.js';

export default function dotenv(hljs: HLJSApi): Language {
  const variable: Mode = { scope: 'variable', variants: [{ begin: /\$\{/, end: /\}/ }, { match: /\$[A-Za-z_][A-Za-z0-9_]*/ }] };
  const subst: Mode = { scope: 'subst', begin: /\$\(/, end: /\)/ };
  const escape = hljs.BACKSLASH_ESCAPE;
  // Entered right after `KEY=` (see `starts` below) and ends with the line.
  const value: Mode = {
    end: /$/,
    contains: [
      { scope: 'string', begin: /"/, end: /"/, contains: [escape, variable, subst] },
      { scope: 'string', begin: /'/, end: /'/ },
      { scope: 'string', begin: /`/, end: /`/ },
      hljs.COMMENT(/\s#/, /$/),
      variable,
      subst,
      { scope: 'string', match: /[^\s"'`#$][^\s#$]*/ },
    ],
  };
  return {
    name: 'dotenv',
    aliases: ['env'],
    contains: [
      hljs.COMMENT(/^\s*#/, /$/),
      { match: [/^\s*export\s+/, /[A-Za-z_][\w.-]*/, /\s*=/], scope: { 1: 'keyword', 2: 'attr', 3: 'operator' }, starts: value },
      { match: [/^\s*[A-Za-z_][\w.-]*/, /\s*=/], scope: { 1: 'attr', 2: 'operator' }, starts: value },
    ],
  };
}
