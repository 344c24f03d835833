import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { Distance, IndexReport } from '../core/IndexReport.type.js';
import { escapeControls } from './escapeControls.js';
import { formatCount, formatLevel, formatPct, formatPoints, formatSignedPoints } from './formatNumbers.js';
import { MILESTONE_TABLE_COLUMNS, milestoneFootnotes, milestoneLines } from './milestoneColumns.js';
import { renderContext } from './renderContext.js';
import type { RenderContext } from './RenderContext.type.js';
import type { StreamRenderer } from './StreamRenderer.type.js';
import { rowsTableLines } from './renderRows.js';
import { historyNote } from './historyNotes.js';
import { labelledLines, noteLines } from './labelledLines.js';
import { pieceLines } from './pieceLines.js';
import { indexLabel } from '../registry/indexLabel.js';

/** The human report: per index, a milestone table modelled on Dow Jones Market Data's, then a summary. */
export function tableRenderer(ctx: RenderContext): StreamRenderer<IndexReport> {
  return {
    head: () => '',
    item: function* (index, n) {
      if (n > 0) yield '\n';
      yield* renderIndex(index, ctx);
    },
    tail: () => '',
  };
}

/** One index's lines, each ending in a newline: a table of 100,000 levels is never one string. */
function* renderIndex(index: IndexReport, ctx: RenderContext): Generator<string> {
  const { chalk } = ctx;
  const span = `${formatCount(index.sessions)} sessions, ${isoFromDayNumber(index.firstDate)} to ${isoFromDayNumber(index.asOf)}`;
  yield pieceLines([chalk.bold(indexLabel(index.symbol)), span, chalk.dim(escapeControls(index.source))], '  ', ctx.width);
  const history = historyNote(index);
  if (history !== null) yield chalk.dim(noteLines(history, ctx.width));
  if (index.milestones.length > 0) {
    for (const line of rowsTableLines(milestoneLines(index), MILESTONE_TABLE_COLUMNS, ctx)) yield `${line}\n`;
  } else {
    yield `${chalk.dim('  No milestone level reached.')}\n`;
  }
  for (const note of milestoneFootnotes(index)) yield chalk.dim(noteLines(note, ctx.width));
  for (const line of labelledLines(summaryLines(index, ctx), ctx.width, chalk, 'Next milestone'.length)) yield `${line}\n`;
  if (index.context !== undefined) yield `${renderContext(index, index.context, ctx)}\n`;
}

/** The summary under an index's milestones as `[label, text]` pairs (shared by table and markdown). */
export function summaryLines(index: IndexReport, ctx: RenderContext): [string, string][] {
  const { chalk } = ctx;
  const lines: [string, string][] = [];
  const change = index.change === null || index.changePct === null ? '' : `, ${formatSignedPoints(index.change)} (${formatPct(index.changePct)})`;
  lines.push(['Last close', `${formatPoints(index.close)} on ${isoFromDayNumber(index.asOf)}${change}`]);
  lines.push([
    'Record close',
    `${formatPoints(index.recordClose.value)} on ${isoFromDayNumber(index.recordClose.date)}; close is ${formatPct(index.pctFromRecordClose)} from it`,
  ]);
  if (index.recordHigh !== null && index.pctFromRecordHigh !== null) {
    lines.push([
      'Record high',
      `${formatPoints(index.recordHigh.value)} on ${isoFromDayNumber(index.recordHigh.date)}; close is ${formatPct(index.pctFromRecordHigh)} from it`,
    ]);
  } else {
    lines.push(['Record high', chalk.dim('n/a (no intraday highs)')]);
  }
  // Every distance is signed as in JSON, close − level: negative below.
  const distance = (d: Distance): string => `close is ${formatSignedPoints(d.points)} points (${formatPct(d.pct)}) from it`;
  const needs = (d: Distance): string => (d.gainPct > 0 ? `; needs ${formatPct(d.gainPct)}` : '');
  const next = index.nextMilestone;
  if (next !== null) lines.push(['Next milestone', `${formatLevel(next.level)}: ${distance(next)}${needs(next)}`]);
  const nearest = index.nearestLevelAbove;
  if (nearest !== null) {
    lines.push(['Nearest level', `${formatLevel(nearest.level)}, closed above before: ${distance(nearest)}${needs(nearest)}`]);
  }
  const target = index.target;
  if (target !== null) {
    const touched =
      target.touched === null
        ? 'intraday n/a'
        : target.firstTouchDate !== null
          ? `first touched ${isoFromDayNumber(target.firstTouchDate)}`
          : 'never touched';
    const closed = target.firstCloseDate !== null ? `first closed above ${isoFromDayNumber(target.firstCloseDate)}` : 'never closed above';
    lines.push([
      'Target',
      `${formatLevel(target.level)}: ${distance(target)}; ${touched}; ${closed}`,
    ]);
  }
  return lines;
}
