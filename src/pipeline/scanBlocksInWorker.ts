import { Worker } from 'node:worker_threads';
import type { BlockRequest, BlocksJob, BlocksResult } from './Blocks.type.js';

const WORKER = new URL('./blocksWorker.js', import.meta.url);

/** Reads blocks of a plain file in a worker thread (the built `blocksWorker.js` beside this module). */
export function scanBlocksInWorker(request: BlockRequest): BlocksJob {
  const worker = new Worker(WORKER, { workerData: request });
  const result = new Promise<BlocksResult>((resolve) => {
    worker.once('message', (message: BlocksResult) => resolve(message));
    worker.once('error', (error) => resolve({ kind: 'failed', message: error.stack ?? error.message }));
    worker.once('exit', (code) => resolve({ kind: 'failed', message: `the worker thread exited (code ${code}) before answering` }));
  });
  return { result, cancel: () => void worker.terminate() };
}
