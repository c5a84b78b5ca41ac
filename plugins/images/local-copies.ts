// WebP copies of the site's own images, made once and kept in a cache folder
// outside source/ and git (`.cache/images/` in the site folder): a build where
// no image changed only checks that each copy is there.
import fs from 'node:fs';
import path from 'node:path';
import { pool } from '../shared/http';
import { WEBP_ROUTE_DIR, type WebpJob } from './note-images';
import { toWebp } from './webp';

export const CACHE_DIR = path.join('.cache', 'images');

export interface Route {
  path: string;
  data: () => fs.ReadStream;
}

async function makeCopy(job: WebpJob, sourceDir: string, target: string): Promise<string | null> {
  try {
    const bytes = fs.readFileSync(path.join(sourceDir, ...job.file.split('/')));
    const webp = await toWebp(bytes, job.file.toLowerCase().endsWith('.gif'));
    const temp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temp, webp);
    fs.renameSync(temp, target);
    return null;
  } catch (error) {
    // The page names this copy: it gets the original's bytes, which browsers sniff and show.
    fs.rmSync(target, { force: true });
    try {
      fs.copyFileSync(path.join(sourceDir, ...job.file.split('/')), target);
    } catch {
      // Gone since the note was rendered: the next build renders it again and says so.
    }
    return error instanceof Error ? error.message : String(error);
  }
}

/** One route per copy the notes use; missing copies are made first (two at a time: the machine is shared). */
export async function webpRoutes(jobs: readonly WebpJob[], dirs: { base: string; source: string }, warn: (message: string) => void): Promise<Route[]> {
  const unique = [...new Map(jobs.map((job) => [job.hash, job])).values()];
  const cache = path.join(dirs.base, CACHE_DIR);
  const target = (job: WebpJob): string => path.join(cache, `${job.hash}.webp`);
  const todo = unique.filter((job) => !fs.existsSync(target(job)));
  if (todo.length > 0) fs.mkdirSync(cache, { recursive: true });
  await pool(todo, 2, async (job) => {
    const failure = await makeCopy(job, dirs.source, target(job));
    if (failure) warn(`images: source/${job.file}: no WebP copy (${failure}); the copy's address serves the original`);
  });
  return unique.filter((job) => fs.existsSync(target(job))).map((job) => ({ path: `${WEBP_ROUTE_DIR}/${job.hash}.webp`, data: () => fs.createReadStream(target(job)) }));
}
