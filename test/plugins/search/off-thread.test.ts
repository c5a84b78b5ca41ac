// The search index built on a worker thread: the same files as on the main
// thread, postings warmed ahead, and the main thread taking over whenever the
// thread cannot answer.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { IndexNote } from '../../../plugins/search/build-index';
import { indexThread } from '../../../plugins/search/off-thread';
import { PostingsCache } from '../../../plugins/search/postings';
import { buildShards } from '../../../plugins/search/shards';

function mk(i: number, prose: string): IndexNote {
  return { title: `第${i}篇`, url: `/n${i}/`, tags: [i % 2 ? 'Docker' : 'LLM'], date: '', sections: [['', '', prose]] };
}

const notes = Array.from({ length: 30 }, (_, i) => mk(i, `微调 RoBERTa 的第${i}个例子 docker compose ${i}`));
const onMain = (list: IndexNote[]) => buildShards(list, { dir: 'search-index/', cache: new PostingsCache() });

describe('the index on a worker thread', () => {
  const thread = indexThread();
  after(() => thread.stop());

  test('writes what the main thread writes', async () => {
    const result = await thread.build(notes, { dir: 'search-index/' });
    assert.equal(result.thread, 'worker', result.reason);
    assert.equal(result.reason, undefined);
    assert.deepEqual(result.built.entry, onMain(notes).entry);
    assert.deepEqual(result.built.files, onMain(notes).files);
    assert.ok(result.ms >= 0);
  });

  test('keeps its postings from one build to the next, and uses the ones warmed as notes render', async () => {
    const edited = notes.map((n, i) => (i === 4 ? mk(4, '改过的 语言模型') : n));
    thread.warm(edited[4]!);
    const again = await thread.build(edited, { dir: 'search-index/' });
    // Warmed postings count as gathered anew: the edited note only.
    assert.equal(again.built.gathered, 1);
    assert.deepEqual(again.built.files, onMain(edited).files);
  });

  test('stopped, it starts again for the next build, with nothing kept', async () => {
    thread.stop();
    const result = await thread.build(notes, { dir: 'search-index/' });
    assert.equal(result.thread, 'worker');
    assert.equal(result.built.gathered, notes.length);
  });
});

describe('when the thread cannot answer', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'index-thread-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a module that fails to load: the main thread builds the same files and says why', async () => {
    const broken = path.join(dir, 'broken.js');
    fs.writeFileSync(broken, "throw new Error('cannot load the plugins');\n");
    const thread = indexThread(broken);
    thread.warm(notes[0]!);
    const result = await thread.build(notes, { dir: 'search-index/' });
    assert.equal(result.thread, 'main');
    assert.match(result.reason ?? '', /cannot load the plugins/);
    assert.deepEqual(result.built.files, onMain(notes).files);
    // Once failed, it does not try again in this process.
    assert.equal((await thread.build(notes, { dir: 'search-index/' })).thread, 'main');
  });

  test('every warmed note reaches the thread before the build, in batches', async () => {
    // A thread that counts the warmed notes and messages, and answers the build with the counts.
    const counting = path.join(dir, 'counting.js');
    fs.writeFileSync(
      counting,
      `exports.serveIndexBuilds = () => {
        const port = require('node:worker_threads').parentPort;
        let notes = 0, messages = 0;
        port.on('message', (r) => r.kind === 'warm' ? (notes += r.notes.length, messages++) : port.postMessage({ id: r.id, error: notes + ' notes in ' + messages + ' messages' }));
      };\n`,
    );
    const thread = indexThread(counting);
    thread.start();
    for (const note of [...notes, ...notes.slice(0, 10)]) thread.warm(note);
    const result = await thread.build(notes, { dir: 'search-index/' });
    assert.equal(result.thread, 'main');
    assert.equal(result.reason, '40 notes in 2 messages');
    thread.stop();
  });

  test('a thread that exits while building: the build is not lost', async () => {
    const exiting = path.join(dir, 'exiting.js');
    fs.writeFileSync(exiting, "exports.serveIndexBuilds = () => require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const result = await indexThread(exiting).build(notes, { dir: 'search-index/' });
    assert.equal(result.thread, 'main');
    assert.match(result.reason ?? '', /exited with code 3/);
    assert.deepEqual(result.built.entry, onMain(notes).entry);
  });
});
