// `hexo server` for real in a test site, for features whose work happens at each regeneration.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, before } from 'node:test';
import { projectRoot } from './site';

export interface Server {
  url: string;
  /** What the server printed so far, without colour codes. */
  readonly output: string;
  /** Fetches `rel` until `ok` accepts its body (the server regenerates after a saved file); returns that body. */
  waitFor(rel: string, ok: (body: string) => boolean): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startServer(dir: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/hexo-cli/bin/hexo'), 'server', '-i', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
      output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
      if (output.includes('Hexo is running')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`hexo server exited:\n${output}`)));
  });
  return {
    url,
    get output() {
      return output;
    },
    async waitFor(rel, ok) {
      let last = '';
      for (let i = 0; i < 300; i++) {
        const response = await fetch(url + rel);
        last = await response.text();
        if (response.ok && ok(last)) return last;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`${rel} never served what was expected; last body:\n${last.slice(0, 500)}\nserver output:\n${output}`);
    },
    async stop() {
      child.kill();
      await exited;
    },
  };
}

/**
 * Call at the top of a test file (or in a `describe`): `hexo server` runs in the
 * site folder `dir` for its tests; after them it stops and `dir` is removed.
 * The returned object forwards to the live server.
 */
export function serverDuringTests(dir: string): Pick<Server, 'waitFor'> {
  let server: Server | undefined;
  const live = (): Server => {
    if (!server) throw new Error('serverDuringTests: used outside its tests');
    return server;
  };
  before(async () => {
    server = await startServer(dir);
  });
  after(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { waitFor: (rel, ok) => live().waitFor(rel, ok) };
}
