// htmlparser2's Tokenizer calls every callback it has; a reader of a few kinds
// of token spreads these and overrides what it reads.
import type { TokenizerCallbacks } from 'htmlparser2';

const ignore = (): void => undefined;

export const IGNORE_TOKENS: TokenizerCallbacks = {
  onattribdata: ignore,
  onattribentity: ignore,
  onattribend: ignore,
  onattribname: ignore,
  oncdata: ignore,
  onclosetag: ignore,
  oncomment: ignore,
  ondeclaration: ignore,
  onend: ignore,
  onopentagend: ignore,
  onopentagname: ignore,
  onprocessinginstruction: ignore,
  onselfclosingtag: ignore,
  ontext: ignore,
  ontextentity: ignore,
};
