// Registers every feature with Hexo. Each feature lives in its own folder whose
// index.ts only registers; the logic sits in pure modules beside it.
import type { Hexo } from './hexo';
import codeBlocks from './code-blocks';
import codeFiles from './code-files';
import database from './database';
import excerpt from './excerpt';
import flags from './flags';
import images from './images';
import linkCards from './link-cards';
import liveReload from './live-reload';
import math from './math';
import mermaid from './mermaid';
import newNote from './new-note';
import notFound from './not-found';
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
  images(hexo);
  codeBlocks(hexo);
  codeFiles(hexo);
  math(hexo);
  mermaid(hexo);
  excerpt(hexo);
  flags(hexo);
  linkCards(hexo);
  sidebar(hexo);
  notFound(hexo);
  search(hexo);
  themeAssets(hexo);
  newNote(hexo);
  noteRender(hexo);
  publishing(hexo);
  liveReload(hexo);
  stableOrder(hexo);
  database(hexo);
}
