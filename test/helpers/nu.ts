// The Nu Html Checker (vnu.jar from vnu-jar, run with the machine's Java) on
// built pages: their errors, as `file:line: type: message`.
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** The checker vnu-jar ships (its module only exports this path). */
const VNU = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

/** `java` on the PATH, or why not (a failure under CI=true). */
export function javaSkip(): string | false {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return false;
  } catch {
    if (process.env.CI === 'true') throw new Error('java is missing under CI=true: .ci/run must install it (apt-get install -y default-jre-headless).');
    return 'java not found: install a JRE (apt-get install -y default-jre-headless) to run the Nu Html Checker';
  }
}

export interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** The checker's error messages for `files` (paths, absolute or relative to the working folder). */
export async function nuMessages(paths: readonly string[]): Promise<NuMessage[]> {
  const { stderr } = await run('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...paths], { maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }),
  );
  return (JSON.parse(stderr) as { messages: NuMessage[] }).messages;
}

/** The checker's errors in `files` (relative to `publicDir`). */
export async function nuErrors(publicDir: string, files: readonly string[]): Promise<string[]> {
  const messages = await nuMessages(files.map((file) => path.join(publicDir, file)));
  return messages.map((m) => `${path.relative(publicDir, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.type}: ${m.message}`);
}
