// Hexo's console commands as its registry keeps them: the function with its
// description and options attached, and the abbreviations it resolves.
import type { Hexo } from './index';
import { internalChanged } from './version';

export interface CommandArgs {
  _: (string | number)[];
  [key: string]: unknown;
}

export interface CommandOption {
  name: string;
  desc: string;
}

/** A registered command, as `hexo.extend.console.register` would take it again. */
export interface Command {
  run: (this: Hexo, args: CommandArgs) => Promise<unknown>;
  desc: string | undefined;
  options: { usage?: string; arguments?: CommandOption[]; options?: CommandOption[] };
}

/** The command registered as `name` (Hexo's own, before ours replace it), or null. */
export function registeredCommand(hexo: Hexo, name: string): Command | null {
  const run = hexo.extend.console.get(name) as unknown as Command['run'] | undefined;
  if (!run) return null;
  // Hexo keeps the description and options on the function itself.
  const { desc, options } = run as unknown as { desc?: unknown; options?: unknown };
  if (desc !== undefined && typeof desc !== 'string') throw internalChanged('hexo', `the console command ${name} has no string \`desc\``);
  return { run, desc, options: typeof options === 'object' && options !== null ? options : {} };
}

/** The full name of the command `hexo <cmd>` runs (`g` → `generate`), or `cmd` itself. */
export function commandName(hexo: Hexo, cmd: string): string {
  const { alias } = hexo.extend.console as unknown as { alias?: Record<string, string | undefined> };
  if (typeof alias !== 'object') throw internalChanged('hexo', 'extend.console.alias (abbreviations of commands) is not an object');
  return alias[cmd] ?? cmd;
}

/** Commands that run the generators (Hexo's own names; abbreviations resolve to them). */
const GENERATING = new Set(['generate', 'server', 'deploy']);

/** Whether this command generates the site: work for the generators may start as soon as it is known. */
export function generatesSite(hexo: Hexo): boolean {
  return GENERATING.has(commandName(hexo, hexo.env.cmd));
}
