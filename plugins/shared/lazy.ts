// Libraries loaded on first use: every Hexo command (`hexo clean` too) loads
// all plugins, and most commands and notes never need these.
export type Yaml = typeof import('yaml');
let yamlModule: Yaml | undefined;

export function yaml(): Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  yamlModule ??= require('yaml') as Yaml;
  return yamlModule;
}
