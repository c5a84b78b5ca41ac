// Stellar's `{% image src [alt] [width:400px] [bg:#eee] [download:true] %}`
// reaches Hexo's own `{% image %}` (its alias of `{% img %}`), which would make
// "alt width:400px" the title and alt. Its options are taken out: a width or
// height in pixels becomes Hexo's width / height, the rest (background, padding,
// download, fancybox) only styled Stellar's frame; the words left are the alt,
// which Stellar shows as the caption, as the title is here.
const OPTION = /^(width|height|bg|download|padding|fancybox):/;
const PIXELS = /^(\d+)(?:px)?$/;

/** Hexo's img arguments for Stellar's form; null when no Stellar option is there (then it is Hexo's form). */
export function stellarImageArgs(args: readonly string[]): string[] | null {
  if (!args.some((arg) => OPTION.test(arg))) return null;
  const options = new Map(args.filter((arg) => OPTION.test(arg)).map((arg) => [arg.slice(0, arg.indexOf(':')), arg.slice(arg.indexOf(':') + 1)]));
  const [src = '', ...words] = args.filter((arg) => !OPTION.test(arg));
  const width = PIXELS.exec(options.get('width') ?? '')?.[1];
  const height = width === undefined ? undefined : PIXELS.exec(options.get('height') ?? '')?.[1];
  // Hexo reads `"title" "alt"`; a quote inside would end the text early.
  const alt = words.join(' ').replace(/"/g, '＂');
  return [src, ...(width === undefined ? [] : [width]), ...(height === undefined ? [] : [height]), ...(alt ? [`"${alt}"`, `"${alt}"`] : [])];
}
