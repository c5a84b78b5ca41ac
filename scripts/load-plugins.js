// Hexo runs every file in scripts/ as plain CommonJS, so the TypeScript plugins
// are loaded from here through tsx's require hook: editing a plugin needs no build step.
'use strict';
require('tsx/cjs/api').register();
require('../plugins/index.ts').default(hexo);
