import { closeSync, createReadStream, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { ByteInput } from '../ingest/ByteInput.type.js';

const CHUNK_BYTES = 1 << 20;

/** The signals that end a run from outside (Ctrl-C, `kill`, a closed terminal): none may leave a copy of standard input behind. */
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Opens a file (`-`: standard input) for the reader. A regular file is read in 1 MiB chunks at
 * explicit positions, so it can be read again; anything else (a pipe, a FIFO, a terminal) is read
 * once as a stream and copied to a temporary file as it goes, from which a second reading comes.
 */
export async function openInput(path: string): Promise<ByteInput> {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    throw unreadable(path, error);
  }
  const info = fstatSync(fd);
  if (info.isDirectory()) {
    closeSync(fd);
    throw new InputError(path, null, 'is a directory, not a CSV file');
  }
  return info.isFile() ? regularFile(fd, path, info.size) : stream(fd, path);
}

function regularFile(fd: number, path: string, size: number): ByteInput {
  return {
    size,
    async *chunks() {
      const buf = Buffer.allocUnsafe(CHUNK_BYTES);
      for (let position = 0; ; ) {
        let n: number;
        try {
          n = readSync(fd, buf, 0, buf.length, position);
        } catch (error) {
          throw unreadable(path, error);
        }
        if (n === 0) return;
        position += n;
        // The reader copies what it keeps of a chunk, so one buffer serves every read.
        yield buf.subarray(0, n);
      }
    },
    close: () => {
      if (fd !== 0) closeSync(fd);
    },
  };
}

function stream(fd: number, path: string): ByteInput {
  let copy: { dir: string; fd: number; bytes: number } | null = null;
  const live = createReadStream('', { fd, highWaterMark: CHUNK_BYTES, autoClose: false })[Symbol.asyncIterator]();
  let ended = false;
  return {
    size: null,
    async *chunks() {
      // Whatever an earlier reading took from the stream, from the copy first.
      if (copy !== null) {
        const buf = Buffer.allocUnsafe(CHUNK_BYTES);
        for (let position = 0; position < copy.bytes; ) {
          const n = readSync(copy.fd, buf, 0, Math.min(buf.length, copy.bytes - position), position);
          position += n;
          yield buf.subarray(0, n);
        }
      }
      while (!ended) {
        let next: IteratorResult<Buffer>;
        try {
          next = await live.next();
        } catch (error) {
          throw unreadable(path, error);
        }
        if (next.done === true) {
          ended = true;
          return;
        }
        if (copy === null) {
          // Removed also when the run ends early (`| head` closing the pipe exits at once) or by a signal;
          // hooked first, so that no signal comes between the directory and its removal.
          process.once('exit', removeCopy);
          for (const signal of ENDING_SIGNALS) process.on(signal, removeCopyAndDie);
          const dir = mkdtempSync(join(tmpdir(), 'milestones-'));
          copy = { dir, fd: openSync(join(dir, 'input'), 'w+'), bytes: 0 };
        }
        copy.bytes += writeSync(copy.fd, next.value, 0, next.value.length, copy.bytes);
        yield next.value;
      }
    },
    close: () => {
      removeCopy();
      process.removeListener('exit', removeCopy);
      for (const signal of ENDING_SIGNALS) process.removeListener(signal, removeCopyAndDie);
      if (fd !== 0) closeSync(fd);
    },
  };

  /** Removes the copy, then lets `signal` end the process as it would have (status 128 + its number, no message). */
  function removeCopyAndDie(signal: NodeJS.Signals): void {
    removeCopy();
    for (const other of ENDING_SIGNALS) process.removeListener(other, removeCopyAndDie);
    process.kill(process.pid, signal);
  }

  function removeCopy(): void {
    if (copy === null) return;
    closeSync(copy.fd);
    rmSync(copy.dir, { recursive: true, force: true });
    copy = null;
  }
}

function unreadable(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a CSV file' : `cannot read (${code ?? error})`;
  return new InputError(path, null, why);
}
