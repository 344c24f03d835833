import { fstatSync, readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { InputError, OutputError, UsageError } from '../errors.js';
import { escapeControls } from '../render/escapeControls.js';
import { EXIT } from './exitCodes.js';
import type { Io } from './Io.type.js';
import { openInput } from './openInput.js';
import { buildProgram, routeHelp } from './program.js';
import { runDate } from './runDate.js';

/** The only place that touches `process`: arguments, streams, environment and the exit code. */
export async function main(argv: readonly string[] = process.argv): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly, as a pipeline expects.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    // Anything else (a full disk, an I/O error) ends the run with one line, never a stack.
    process.stderr.write(`milestones: cannot write standard output (${error.code ?? error.message})\n`);
    process.exit(EXIT.output);
  });
  // Standard error itself failing: nothing can be said; the exit status says it.
  process.stderr.on('error', () => process.exit(EXIT.output));
  const io: Io = {
    openInput,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    terminalSize:
      process.stdout.isTTY === true && process.stdout.columns > 0 && process.stdout.rows > 0
        ? { columns: process.stdout.columns, rows: process.stdout.rows }
        : null,
    writeFile: writeFileOrFail,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: !stdinGivesInput(),
    today: () => runDate(process.env.MILESTONES_TODAY, Date.now()),
    stdoutDrained: () =>
      process.stdout.writableLength < 1 << 20 ? Promise.resolve() : new Promise((resolve) => process.stdout.once('drain', resolve)),
  };
  let code: number = EXIT.ok;
  const program = await buildProgram(io, readVersion(), (c) => (code = c), argv);
  try {
    await program.parseAsync(routeHelp(argv));
  } catch (error) {
    code = exitCodeFor(error, io);
  }
  process.exitCode = code;
}

/**
 * Whether standard input can hold a CSV given unasked: a pipe, a FIFO, a socket or a regular file (an
 * empty one is then an empty file). A terminal, /dev/null (cron, CI) or another character device
 * cannot, nor a closed one. Read off
 * `fstat`, not `process.stdin`: touching that puts a pipe in non-blocking mode, and reading it then fails (EAGAIN).
 */
function stdinGivesInput(): boolean {
  try {
    const info = fstatSync(0);
    return info.isFIFO() || info.isSocket() || info.isFile();
  } catch {
    return false;
  }
}

function exitCodeFor(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version exit 0.
    if (error.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof InputError || error instanceof OutputError) {
    io.stderr(`milestones: ${escapeControls(error.message)}\n`);
    return error instanceof UsageError ? EXIT.usage : error instanceof InputError ? EXIT.input : EXIT.output;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`milestones: internal error (this is a bug, please report it):\n${stack}\n`);
  return EXIT.internal;
}

/**
 * Writes `path` whole or not at all: the data goes to a temporary file beside it, renamed over `path`
 * once complete, so a full disk never leaves a truncated picture where a good one was.
 */
async function writeFileOrFail(path: string, data: string | Uint8Array): Promise<void> {
  const { writeFile, rename, rm } = await fsPromises();
  const partial = `${path}.${process.pid}.partial`;
  try {
    await writeFile(partial, data);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot write (${code ?? error})`;
    throw new OutputError(path, why);
  }
}

/** `node:fs/promises`, loaded when first used (start-up time). */
function fsPromises(): Promise<typeof import('node:fs/promises')> {
  return import('node:fs/promises');
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
