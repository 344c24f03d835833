import { formatDecimal } from '../formatDecimal.js';
import type { Io } from './Io.type.js';

/** Progress starts showing once a run has taken this long (ms), and is redrawn at most this often. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 200;

/**
 * A one-line progress display on stderr (the caller checks it is a terminal): bytes read, lines,
 * rate. Nothing is drawn for a run shorter than a second; `done` erases the line.
 */
export function startProgress(io: Io, now: () => number = Date.now): { update: (bytes: number, lines: number, size: number | null) => void; done: () => void } {
  const start = now();
  let drawnAt = 0;
  return {
    update(bytes, lines, size) {
      const t = now();
      if (t - start < SHOW_AFTER_MS || t - drawnAt < REDRAW_MS) return;
      drawnAt = t;
      const mb = (n: number): string => (n / 1e6).toFixed(0);
      const rate = bytes / 1e6 / ((t - start) / 1000);
      io.stderr(`\rmilestones: ${mb(bytes)}${size === null ? '' : ` of ${mb(size)}`} MB, ${formatDecimal(lines, 0, 3)} lines, ${rate.toFixed(0)} MB/s\x1b[K`);
    },
    done() {
      if (drawnAt > 0) io.stderr('\r\x1b[K');
    },
  };
}
