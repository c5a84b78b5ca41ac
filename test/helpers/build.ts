// `npm run build` (tools/build.mjs) run in a fixture site.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot, type CommandResult } from './site';

const run = promisify(execFile);

export async function npmBuild(dir: string): Promise<CommandResult> {
  try {
    const r = await run(process.execPath, [path.join(projectRoot, 'tools/build.mjs')], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: r.stdout + r.stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}
