import type { IndexReport } from '../core/IndexReport.type.js';
import { formatCount, formatLevel, formatPct, formatPoints, formatSignedPoints } from './formatNumbers.js';
import { MILESTONE_TABLE_COLUMNS, milestoneLines } from './milestoneColumns.js';
import { renderContext } from './renderContext.js';
import type { RenderContext } from './RenderContext.type.js';
import type { StreamRenderer } from './StreamRenderer.type.js';
import { renderRowsTable } from './renderRows.js';

/** The human report: per index, a milestone table modelled on Dow Jones Market Data's, then a summary. */
export function tableRenderer(ctx: RenderContext): StreamRenderer<IndexReport> {
  return { head: () => '', item: (index, n) => (n === 0 ? '' : '\n') + renderIndex(index, ctx), tail: () => '' };
}

function renderIndex(index: IndexReport, ctx: RenderContext): string {
  const { chalk } = ctx;
  const title = `${chalk.bold(index.symbol)}  ${formatCount(index.sessions)} sessions, ${index.firstDate} to ${index.asOf}  ${chalk.dim(index.source)}`;
  const parts = [title];
  if (index.milestones.length > 0) parts.push(renderRowsTable(milestoneLines(index), MILESTONE_TABLE_COLUMNS, chalk));
  else parts.push(chalk.dim('  No milestone level reached.'));
  if (index.milestones.some((m) => m.status === 'pending')) {
    parts.push(chalk.dim('  * pending: counted to the last session, what the gap would be on a close above now'));
  }
  const lines = summaryLines(index, ctx);
  const width = Math.max(...lines.map(([k]) => k.length));
  parts.push(lines.map(([k, v]) => `  ${chalk.bold(k.padEnd(width))}  ${v}`).join('\n'));
  if (index.context !== undefined) parts.push(renderContext(index, index.context, ctx));
  return `${parts.join('\n')}\n`;
}

/** The summary under an index's milestones as `[label, text]` pairs (shared by table and markdown). */
export function summaryLines(index: IndexReport, ctx: RenderContext): [string, string][] {
  const { chalk } = ctx;
  const lines: [string, string][] = [];
  const change = index.change === null || index.changePct === null ? '' : `, ${formatSignedPoints(index.change)} (${formatPct(index.changePct)})`;
  lines.push(['Last close', `${formatPoints(index.close)} on ${index.asOf}${change}`]);
  lines.push([
    'Record close',
    `${formatPoints(index.recordClose.value)} on ${index.recordClose.date}; close is ${formatPct(index.pctFromRecordClose)} from it`,
  ]);
  if (index.recordHigh !== null && index.pctFromRecordHigh !== null) {
    lines.push([
      'Record high',
      `${formatPoints(index.recordHigh.value)} on ${index.recordHigh.date}; close is ${formatPct(index.pctFromRecordHigh)} from it`,
    ]);
  } else {
    lines.push(['Record high', chalk.dim('n/a (no high column)')]);
  }
  const next = index.nextMilestone;
  if (next !== null) {
    lines.push([
      'Next milestone',
      `${formatLevel(next.level)}: ${formatPoints(-next.points)} points above the close (close ${formatPct(next.pct)} from it; needs ${formatPct(next.gainPct)})`,
    ]);
  }
  const target = index.target;
  if (target !== null) {
    const touched =
      target.touched === null ? 'intraday n/a' : target.firstTouchDate ? `first touched ${target.firstTouchDate}` : 'never touched';
    const closed = target.firstCloseDate ? `first closed above ${target.firstCloseDate}` : 'never closed above';
    lines.push([
      'Target',
      `${formatLevel(target.level)}: close is ${formatSignedPoints(target.points)} points (${formatPct(target.pct)}) from it; ${touched}; ${closed}`,
    ]);
  }
  return lines;
}
