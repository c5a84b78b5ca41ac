// Registers every feature with Hexo. Each feature lives in its own folder whose
// index.ts only registers; the logic sits in pure modules beside it.
import type { Hexo } from './hexo';
import code from './code';
import database from './database';
import excerpt from './excerpt';
import flags from './flags';
import linkCards from './link-cards';
import liveReload from './live-reload';
import math from './math';
import mermaid from './mermaid';
import newNote from './new-note';
import noteRender from './note-render';
import postDom from './post-dom';
import publishing from './publishing';
import safeHtml from './safe-html';
import search from './search';
import sidebar from './sidebar';
import stableOrder from './stable-order';
import themeAssets from './theme-assets';

export default function register(hexo: Hexo): void {
  // First: the features below add their transforms to it.
  postDom(hexo);
  safeHtml(hexo);
  code(hexo);
  math(hexo);
  mermaid(hexo);
  excerpt(hexo);
  flags(hexo);
  linkCards(hexo);
  sidebar(hexo);
  search(hexo);
  themeAssets(hexo);
  newNote(hexo);
  noteRender(hexo);
  publishing(hexo);
  liveReload(hexo);
  stableOrder(hexo);
  database(hexo);
}
