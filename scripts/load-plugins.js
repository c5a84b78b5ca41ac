// Hexo runs every file in scripts/ as plain CommonJS, so the TypeScript plugins
// are loaded from here through tsx's require hook: editing a plugin needs no build step.
'use strict';
const Module = require('module');

// tsx hooks .js as well as .ts; the packages the plugins load on first use
// (KaTeX, yaml, cheerio, highlight.js) are CommonJS and load noticeably faster
// through Node's own loader, so tsx keeps only the TypeScript extensions.
const nodeJs = Module._extensions['.js'];
require('tsx/cjs/api').register();
Module._extensions['.js'] = nodeJs;

require('../plugins/index.ts').default(hexo);
