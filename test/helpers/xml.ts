// Strict XML: saxes (the parser jsdom uses, installed with hexo-renderer-marked)
// rejects what htmlparser2 would quietly repair, so a malformed feed fails here.
import * as cheerio from 'cheerio';
import { SaxesParser } from 'saxes';

/** Parses `text` as XML, throwing on the first well-formedness error; returns it for querying. */
export function parseXml(text: string): cheerio.CheerioAPI {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
  return cheerio.load(text, { xml: true });
}
