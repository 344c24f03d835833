import { UsageError } from '../errors.js';

/**
 * `MILESTONES_WORKER_MIN_MB`: files with at least this many megabytes (MiB) of rows are read by two
 * threads; unset: the default (96). `0` always uses the second thread, a large value never does.
 */
export function workerMinBytes(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const text = env.MILESTONES_WORKER_MIN_MB;
  if (text === undefined || text === '') return undefined;
  const mb = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(mb)) {
    throw new UsageError(`MILESTONES_WORKER_MIN_MB must be a number of megabytes, not "${text}"`);
  }
  return Math.round(mb * 1024 * 1024);
}
