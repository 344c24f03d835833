import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { BIN, type CliRun, ROOT } from './runCli.js';

/** At most this many CLI processes at once: a test that starts dozens keeps the machine usable. */
const MAX_RUNNING = Math.max(2, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

/**
 * `runCli` without blocking: the built CLI (`npm run build` first) from the project root, colour
 * left to the CLI (no `FORCE_COLOR`), `input` (text or bytes) on its standard input. Runs are queued so that no more
 * than `MAX_RUNNING` are alive at once; start many with `Promise.all`.
 */
export async function runCliAsync(args: readonly string[], options: { input?: string | Uint8Array } = {}): Promise<CliRun> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await spawnCli(args, options.input ?? '');
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function spawnCli(args: readonly string[], input: string | Uint8Array): Promise<CliRun> {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = execFile(BIN, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') return reject(error);
      resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
    });
    child.stdin?.end(input);
  });
}
