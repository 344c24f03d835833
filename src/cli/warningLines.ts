import type { InputWarning } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';
import { WARNING_LABELS } from '../render/warningLabels.js';


/**
 * The warnings as people read them on stderr: at most one line per file. A file's one warning is
 * its message (which names the first line); several are counted by kind on one line (a stale-data
 * warning keeps its message), naming `milestones quality FILE` when any is about rows: it lists them.
 * JSON carries every warning whole.
 */
export function warningLines(warnings: readonly InputWarning[]): string[] {
  const bySource = new Map<string, InputWarning[]>();
  for (const w of warnings) {
    const group = bySource.get(w.source);
    if (group === undefined) bySource.set(w.source, [w]);
    else group.push(w);
  }
  return [...bySource].map(([source, group]) => {
    if (group.length === 1) {
      const [w] = group;
      return `${source}${w.line === null ? '' : `:${w.line}`}: ${w.message}`;
    }
    const hint = group.some((w) => w.rows.length > 0) ? ` (milestones quality ${source} lists them)` : '';
    // Counted by kind over the file's indexes, in order of first appearance; stale data keeps its messages.
    const counts = new Map<string, number>();
    const stale: string[] = [];
    for (const w of group) {
      if (w.kind === 'staleData') stale.push(w.message);
      else counts.set(WARNING_LABELS[w.kind], (counts.get(WARNING_LABELS[w.kind]) ?? 0) + w.count);
    }
    const parts = [...stale, ...[...counts].map(([label, n]) => `${label}: ${formatDecimal(n, 0, 3)}`)];
    return `${source}: ${parts.join('; ')}${hint}`;
  });
}
