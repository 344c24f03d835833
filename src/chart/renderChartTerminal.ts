import type { ChalkInstance } from 'chalk';
import { indexLabel } from '../registry/indexLabel.js';
import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { formatLevel, formatPct, formatPoints } from '../render/formatNumbers.js';
import { cellTextWidth } from '../render/cellTextWidth.js';
import { escapeControls } from '../render/escapeControls.js';
import { plural } from '../plural.js';
import { BrailleGrid } from './BrailleGrid.js';
import type { ChartLevel, ChartModel, ChartPanel } from './ChartModel.type.js';
import { chooseDateTicks } from './chooseDateTicks.js';
import { findValueExtent, type ValueExtent } from './findValueExtent.js';
import { makeScale } from './makeScale.js';
import { spreadLevels } from './spreadLevels.js';
import { inWindow, windowMark, windowMarks } from './windowMark.js';
import type { Scale } from './Scale.type.js';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

/** Rows around the plot: title above; date labels and legend below. */
const CHROME_ROWS = 3;
const MIN_PLOT_ROWS = 4;
const SERIES_STYLES = ['line', 'line2', 'line3', 'line4'];

/**
 * A chart for the terminal, `size.columns` wide and `size.rows` tall: the close in braille
 * dots, each milestone level as a `┄` rule labelled on the left, `●` where the index first closed
 * above it (with the date and trading days written on the rule when there is room), `○` where a
 * pending level was touched, `▲` the record close, and the last close labelled on the right.
 * `chalk` colours it (level 0: plain text). Several panels share the rows, a blank line between
 * each two (each keeps at least 7 rows: a terminal too short for them all scrolls), and the time axis.
 *
 * Vertical mapping: with P plot rows there are 4P dot rows; a value v sits on dot row
 * round(y(v)), where y maps the value extent's top to 0 and its bottom to 4P − 1 (log or linear),
 * in text row floor(dot ÷ 4) of the plot.
 */
export function renderChartTerminal(model: ChartModel, size: TerminalSize, chalk: ChalkInstance): string {
  const groups = model.normalize ? [model.panels] : model.panels.map((p) => [p]);
  const rows = size.rows - (groups.length - 1);
  // The first `rows mod n` panels get the spare rows.
  const rowsOf = (i: number) => Math.max(CHROME_ROWS + MIN_PLOT_ROWS, Math.floor(rows / groups.length) + (i < rows % groups.length ? 1 : 0));
  return groups.map((group, i) => renderPanelGroup(group, model, { columns: size.columns, rows: rowsOf(i) }, chalk)).join('\n');
}

function renderPanelGroup(group: readonly ChartPanel[], model: ChartModel, size: TerminalSize, chalk: ChalkInstance): string {
  const main = group[0];
  const extent = group.length === 1 ? findValueExtent(main) : jointExtent(group);
  const plotRows = Math.max(MIN_PLOT_ROWS, size.rows - CHROME_ROWS);
  const endLabels = group.map((p) => (model.normalize ? `${escapeControls(p.symbol)} ${formatPct(p.lastClose.value - 100)}` : formatPoints(p.lastClose.value)));
  const y = makeScale(model.scale, [extent.min, extent.max], [4 * plotRows - 1, 0]);
  const rowOf = (v: number) => Math.floor(Math.round(y.at(v)) / 4);
  const levels = spreadLevels(extent.levels, rowOf, 2);
  const gutter = leftLabels({ ...extent, levels }, plotRows, rowOf);
  const left = Math.max(...[...gutter.values()].map((s) => s.length)) + 2;
  const right = Math.max(...endLabels.map((s) => s.length)) + 2;
  const cols = Math.max(10, size.columns - left - right);
  const { first, last } = model.span;
  const x = makeScale('linear', [first, last], [0, 2 * cols - 1]);
  const grid = new BrailleGrid(cols, plotRows);

  for (const l of levels) grid.rule(rowOf(l.level), '┄');
  group.forEach((p, i) => drawLine(grid, p, x, y, SERIES_STYLES[i % SERIES_STYLES.length]));
  if (!model.normalize) markFacts(grid, main, levels, x, y);

  const style = styler(chalk);
  const lines: string[] = [];
  lines.push(chalk.bold(fitPieces(title(group, model).map(escapeControls), size.columns)));
  const runs = grid.toRuns();
  const ends = new Map<number, [string, string]>();
  group.forEach((p, i) => {
    let row = rowOf(p.lastClose.value);
    while (ends.has(row) && row < plotRows - 1) row++;
    ends.set(row, [endLabels[i], SERIES_STYLES[i % SERIES_STYLES.length]]);
  });
  for (let r = 0; r < plotRows; r++) {
    const label = gutter.get(r) ?? '';
    const axis = gutter.has(r) ? '┤' : '│';
    const end = ends.get(r);
    const tail = end === undefined ? '' : ' ' + style(end[0], end[1] === 'line' ? 'last' : end[1]);
    lines.push(`${chalk.dim(label.padStart(left - 2))} ${chalk.dim(axis)}${runs[r].map(([t, s]) => style(t, s)).join('')}${tail}`.trimEnd());
  }
  lines.push(' '.repeat(left) + dateAxis(first, last, cols, x));
  lines.push(chalk.dim(fitPieces(legend(main, model, levels), size.columns)));
  return lines.join('\n') + '\n';
}

function jointExtent(group: readonly ChartPanel[]): ValueExtent {
  let min = Infinity;
  let max = -Infinity;
  for (const p of group) for (const v of p.close) (min = Math.min(min, v)), (max = Math.max(max, v));
  return { min, max, levels: [] };
}

/** Gutter labels by plot row: every visible level, and the extent's top and bottom where free. */
function leftLabels(extent: ValueExtent, plotRows: number, rowOf: (v: number) => number): Map<number, string> {
  const labels = new Map<number, string>();
  for (const l of extent.levels) labels.set(rowOf(l.level), formatLevel(l.level));
  const near = (row: number) => labels.has(row) || labels.has(row - 1) || labels.has(row + 1);
  if (!near(0)) labels.set(0, formatLevel(round(extent.max)));
  if (!near(plotRows - 1)) labels.set(plotRows - 1, formatLevel(round(extent.min)));
  return labels;
}

function round(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

function drawLine(grid: BrailleGrid, p: ChartPanel, x: Scale, y: Scale, style: string): void {
  let px = Math.round(x.at(p.days[0]));
  let py = Math.round(y.at(p.close[0]));
  grid.dot(px, py, style);
  for (let i = 1; i < p.close.length; i++) {
    const nx = Math.round(x.at(p.days[i]));
    const ny = Math.round(y.at(p.close[i]));
    if (nx !== px || ny !== py) grid.line(px, py, nx, ny, style);
    px = nx;
    py = ny;
  }
}

/** Markers and, where the rule row has room, the facts written beside them. */
function markFacts(grid: BrailleGrid, p: ChartPanel, levels: readonly ChartLevel[], x: Scale, y: Scale): void {
  const cell = (day: number, value: number) => [Math.floor(Math.round(x.at(day)) / 2), Math.floor(Math.round(y.at(value)) / 4)] as const;
  const notes: { col: number; row: number; variants: string[] }[] = [];
  for (const l of levels) {
    const row = Math.floor(Math.round(y.at(l.level)) / 4);
    const mark = windowMark(p, l);
    if (mark?.kind === 'close') {
      const [col, mrow] = cell(mark.day, mark.value);
      grid.put(col, mrow, '●', 'marker');
      const date = isoFromDayNumber(mark.day);
      const gap = l.tradingDays === null ? null : plural(l.tradingDays, 'trading day');
      const from = l.previousLevel === null ? '' : ` after ${formatLevel(l.previousLevel)}`;
      notes.push({ col, row, variants: gap === null ? [`first close ${date}`, date] : [`first close ${date}, ${gap}${from}`, `first close ${date}, ${gap}`, `${date}, ${gap}`, date] });
    }
    if (mark?.kind === 'touch') {
      const [col, mrow] = cell(mark.day, mark.value);
      grid.put(col, mrow, '○', 'marker');
      const date = isoFromDayNumber(mark.day);
      notes.push({ col, row, variants: [`touched ${date} (${formatPoints(mark.value)}), no close above`, `touched ${date}, no close above`, `touched ${date}`] });
    }
  }
  const rec = p.recordClose;
  if (inWindow(p, rec.day)) {
    const [col, row] = cell(rec.day, rec.value);
    // Beside a marker already in its cell (a first touch on the next day, say), not over it.
    grid.put(grid.hasMark(col, row) ? col - 1 : col, row, '▲', 'record');
  }
  for (const note of notes) writeNote(grid, note.col, note.row, note.variants);
}

/**
 * Writes the longest variant that fits in free cells of `row` (the level's rule), as close to the
 * marker at `col` as it can, left of it first; nothing when none fits.
 */
function writeNote(grid: BrailleGrid, col: number, row: number, variants: readonly string[]): void {
  for (const text of variants) {
    const w = text.length + 2;
    const starts: number[] = [];
    for (let s = col - 1 - w; s >= 0; s--) starts.push(s);
    for (let s = col + 2; s + w <= grid.cols; s++) starts.push(s);
    starts.sort((a, b) => Math.abs(a + w / 2 - col) - Math.abs(b + w / 2 - col));
    const start = starts.find((s) => Array.from({ length: w }, (_, k) => s + k).every((c) => grid.isFree(c, row)));
    if (start === undefined) continue;
    [...` ${text} `].forEach((ch, k) => grid.put(start + k, row, ch, 'note'));
    return;
  }
}

/**
 * Date tick labels under the plot, each starting at its tick's column; overlapping ones are dropped.
 * A range too short for a month tick shows its first and last dates instead.
 */
function dateAxis(first: number, last: number, cols: number, x: Scale): string {
  const ticks = chooseDateTicks(first, last, Math.floor(cols / 12));
  if (ticks.length === 0) {
    const [a, b] = [isoFromDayNumber(first), isoFromDayNumber(last)];
    return cols >= a.length + b.length + 2 ? a + b.padStart(cols - a.length) : a;
  }
  let line = '';
  for (const t of ticks) {
    const col = Math.floor(Math.round(x.at(t.day)) / 2);
    const label = `╵${t.label}`;
    if (col < line.length + 1 || col + label.length > cols + 1) continue;
    line = line.padEnd(col) + label;
  }
  return line;
}

/** The title's pieces, most important first. */
function title(group: readonly ChartPanel[], model: ChartModel): string[] {
  const p = group[0];
  const range = `${isoFromDayNumber(p.days[0])} to ${isoFromDayNumber(p.days[p.days.length - 1])}`;
  if (model.normalize) return [group.map((g) => g.symbol).join(', '), 'rebased: 100 = first session', range];
  const scale = model.scale === 'log' ? ', log scale' : '';
  return [indexLabel(p.symbol), `daily close ${range}${scale}`, `last ${formatPoints(p.lastClose.value)}`];
}

/** The symbols the panel shows (a level's rule and markers only when drawn), and the record close: with its `▲` when drawn. */
function legend(p: ChartPanel, model: ChartModel, levels: readonly ChartLevel[]): Piece[] {
  if (model.normalize) return ['each line: daily close ÷ first close in range × 100'];
  const marks = windowMarks(p, levels);
  const mark = inWindow(p, p.recordClose.day) ? '▲ ' : '';
  const record = [`${mark}record close ${formatPoints(p.recordClose.value)} ${isoFromDayNumber(p.recordClose.day)}`, `${mark}record close`];
  return [levels.length > 0 && '┄ level', marks.closes && '● first close above', marks.touches && '○ touched only', record].filter((s) => s !== false);
}

/** A piece of a title or legend line: its text, or its texts longest first. */
type Piece = string | readonly string[];

/**
 * `pieces` joined by two spaces, as many as fit in `width` columns (wide characters count two), each
 * in its longest text that fits: a piece is shortened or left out whole rather than cut, so no number
 * is shown in part. A first piece too wide is cut.
 */
function fitPieces(pieces: readonly Piece[], width: number): string {
  let line = '';
  for (const piece of pieces) {
    const next = (typeof piece === 'string' ? [piece] : piece).map((text) => (line === '' ? text : `${line}  ${text}`)).find((text) => cellTextWidth(text) <= width);
    if (next === undefined) break;
    line = next;
  }
  const first = pieces[0];
  if (line !== '' || first === undefined) return line;
  let cut = '';
  for (const char of typeof first === 'string' ? first : first[first.length - 1]) {
    if (cellTextWidth(`${cut}${char}…`) > width) break;
    cut += char;
  }
  return `${cut}…`;
}

function styler(chalk: ChalkInstance): (text: string, style: string) => string {
  const styles: Record<string, (s: string) => string> = {
    line: chalk.cyan,
    line2: chalk.magenta,
    line3: chalk.green,
    line4: chalk.yellow,
    rule: chalk.red.dim,
    marker: chalk.red.bold,
    record: chalk.green.bold,
    note: chalk.red,
    last: chalk.bold,
  };
  return (text, style) => (styles[style] ?? ((s: string) => s))(text);
}
