import type { InputWarning } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';
import { WARNING_LABELS } from '../render/warningLabels.js';


/**
 * The warnings as people read them on stderr: at most one line per file. A file's one warning is
 * its message (which names the first line); of several, those about rows are counted by kind on one
 * line, naming `milestones quality FILE` (it lists them), and the others (stale data, the file's name,
 * a repeated column) keep their messages. JSON carries every warning whole.
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
    // Rows counted by kind over the file's indexes, in order of first appearance.
    const counts = new Map<string, number>();
    const whole: string[] = [];
    for (const w of group) {
      if (w.rows.length === 0) whole.push(w.message);
      else counts.set(WARNING_LABELS[w.kind], (counts.get(WARNING_LABELS[w.kind]) ?? 0) + w.count);
    }
    const parts = [...whole, ...[...counts].map(([label, n]) => `${label}: ${formatDecimal(n, 0, 3)}`)];
    return `${source}: ${parts.join('; ')}${hint}`;
  });
}
