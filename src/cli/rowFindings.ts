import type { InputWarning } from '../errors.js';
import { formatDecimal } from '../formatDecimal.js';
import type { QualityFinding } from '../render/QualityReport.type.js';

/**
 * The rows a warning lists, as `quality` findings of its kind: rows on consecutive lines make one
 * stretch (a run of flat rows is one finding). When the warning counts more rows than it lists, the
 * last finding's note says so.
 */
export function rowFindings(warning: InputWarning): QualityFinding[] {
  const findings: QualityFinding[] = [];
  let stretch: { fromDate: number | null; toDate: number | null; lines: number[] } | null = null;
  const close = (): void => {
    if (stretch !== null) findings.push({ kind: warning.kind, ...stretch, count: stretch.lines.length, note: '' });
  };
  for (const row of warning.rows) {
    if (stretch !== null && row.line === stretch.lines[stretch.lines.length - 1] + 1) {
      stretch.lines.push(row.line);
      stretch.toDate = row.date;
    } else {
      close();
      stretch = { fromDate: row.date, toDate: row.date, lines: [row.line] };
    }
  }
  close();
  const unlisted = warning.count - warning.rows.length;
  if (unlisted > 0 && findings.length > 0) {
    const last = findings[findings.length - 1];
    findings[findings.length - 1] = { ...last, note: `${formatDecimal(unlisted, 0, 3)} more not listed` };
  }
  return findings;
}
