import type { Distance, IndexReport, MilestoneRow } from '../core/IndexReport.type.js';
import { plural } from '../plural.js';
import { apDate } from './apDate.js';
import { escapeControls } from './escapeControls.js';
import { formatLevel, formatPctNumber, formatPoints } from './formatNumbers.js';
import { onlyFirstInFile } from './historyNotes.js';
import type { StreamRenderer } from './StreamRenderer.type.js';

/**
 * `compute --format lede`: a paragraph per index in news style, blank lines between, every number and
 * date taken from the report the table shows (rounded as the table rounds them, dates in AP style).
 */
export function ledeRenderer(counting: Counting = {}): StreamRenderer<IndexReport> {
  return {
    head: () => '',
    item: function* (index, n) {
      if (n > 0) yield '\n';
      yield `${lede(index, counting)}\n`;
    },
    tail: () => '',
  };
}

/**
 * One index's sentences: the close and where it stands (a milestone crossed, the distance to the next
 * one or `--target`, a record or the distance to it), then the milestone's gap or the last one
 * reached, the target's touch and close when no other sentence gave them, and, for a file that
 * starts after the index's history (or an index of unknown history), what "first" and "record" mean.
 */
export function lede(index: IndexReport, counting: Counting = {}): string {
  const words: Words = { above: counting.atOrAbove ? 'at or above' : 'above', inclusive: counting.inclusive === true };
  const fresh = index.milestones.filter((row) => row.status === 'confirmed' && row.firstCloseDate === index.asOf);
  const milestone = milestoneSentence(index, fresh, words);
  const covered = [...fresh.map((row) => row.level), ...(milestone?.level === undefined ? [] : [milestone.level])];
  return [closeSentence(index, fresh, words), milestone?.text, targetSentence(index, covered, words), historySentence(index)]
    .filter((s): s is string => s !== undefined && s !== null)
    .join(' ');
}

/** How the run counted: `--at-or-above` (a close equal to a level reaches it), `--inclusive` (a gap counts both ends). */
export interface Counting {
  readonly atOrAbove?: boolean;
  readonly inclusive?: boolean;
}

/** `above`: what crossing a level is ("above", or "at or above"); `inclusive`: gaps count both ends. */
interface Words {
  readonly above: string;
  readonly inclusive: boolean;
}

/** `The S&P 500` for a known index, the symbol as the data has it otherwise. */
function subject(index: IndexReport): string {
  return index.name === null ? escapeControls(index.symbol) : `The ${index.name}`;
}

/**
 * "The S&P 500 closed at 6,978.03 on Jan. 28, 2026, 0.31% below 7,000 after touching 7,002.28 intraday,
 * a record." Below its record close, a record intraday high of the day is said instead of the
 * distance to that close.
 */
function closeSentence(index: IndexReport, fresh: readonly MilestoneRow[], words: Words): string {
  const parts: string[] = [];
  const crossed = fresh.at(-1);
  if (crossed !== undefined) parts.push(`${words.above} ${formatLevel(crossed.level)} for the first time`);
  // A first session is trivially its own record: nothing to say of records.
  const single = index.sessions <= 1;
  const recordClose = !single && index.recordClose.date === index.asOf;
  if (recordClose) parts.push('a record');
  const distance = distanceFrom(index, crossed !== undefined);
  let tail = distance === null ? '' : distanceWords(distance.pct, formatLevel(distance.level));
  if (!recordClose && !single) {
    const high = index.recordHigh;
    tail = high !== null && saysRecordHigh(index)
      ? joined(tail, ' ', `after touching ${formatPoints(high.value)} intraday, a record`)
      : joined(tail, ' and ', belowRecordClose(index));
  }
  if (tail !== '') parts.push(tail);
  const head = `${subject(index)} closed at ${formatPoints(index.close)} on ${apDate(index.asOf)}`;
  return parts.length === 0 ? `${head}.` : `${head}, ${parts.join(', ')}.`;
}

/** The close sentence names the day's record intraday high: set that day, and the close no record. */
function saysRecordHigh(index: IndexReport): boolean {
  return index.recordHigh !== null && index.recordHigh.date === index.asOf && index.recordClose.date !== index.asOf;
}

/** The level the close is measured against: `--target`, else (unless it just crossed one) the grid level above the close. */
function distanceFrom(index: IndexReport, crossed: boolean): Distance | null {
  if (index.target !== null) return index.target;
  if (crossed) return null;
  return index.nearestLevelAbove ?? index.nextMilestone;
}

/** "1.20% below its record close of 6,978.60 set on Jan. 27, 2026". */
function belowRecordClose(index: IndexReport): string {
  const { value, date } = index.recordClose;
  if (index.pctFromRecordClose === 0) return `matching its record close set on ${apDate(date)}`;
  return `${distanceWords(index.pctFromRecordClose, 'its record close')} of ${formatPoints(value)} set on ${apDate(date)}`;
}

/** A signed percentage in words: `-0.3139` from `7,000` → "0.31% below 7,000"; 0 → "at 7,000". */
function distanceWords(pct: number, what: string): string {
  if (pct === 0) return `at ${what}`;
  const size = formatPctNumber(Math.abs(pct));
  return `${size === '0.00' ? 'less than 0.01' : size}% ${pct < 0 ? 'below' : 'above'} ${what}`;
}

/** `a` and `b` with `between` when both are there. */
function joined(a: string, between: string, b: string): string {
  return a === '' ? b : `${a}${between}${b}`;
}

/**
 * The milestone sentence and the level it speaks of: the gap to the level crossed, or the gap a close
 * above the pending next level would make, or when the last milestone came.
 */
function milestoneSentence(index: IndexReport, fresh: readonly MilestoneRow[], words: Words): { text: string; level: number } | null {
  const rows = index.milestones;
  const first = fresh[0];
  if (first !== undefined) {
    const gap = gapAfterPrevious(index, first, words);
    return gap === null ? null : { text: `The milestone came ${gap}.`, level: first.level };
  }
  const nearest = index.nearestLevelAbove;
  if (nearest !== null) {
    const row = rows.find((r) => r.level === nearest.level);
    const date = row === undefined ? null : firstCloseKnown(index, row);
    return row === undefined || date === null ? null : { text: `It first closed ${words.above} ${formatLevel(row.level)} on ${apDate(date)}.`, level: row.level };
  }
  const next = index.nextMilestone;
  const row = next === null ? undefined : rows.find((r) => r.level === next.level);
  if (row?.status === 'pending') {
    const level = formatLevel(row.level);
    // A first touch that day is the record high the close sentence names.
    const touch = row.firstTouchDate === index.asOf && saysRecordHigh(index) ? null : row.firstTouchDate;
    const gap = gapAfterPrevious(index, row, words);
    if (gap !== null) {
      const which = touch === null ? '' : `, which it first touched intraday on ${apDate(touch)},`;
      return { text: `A close ${words.above} ${level}${which} would come ${gap}.`, level: row.level };
    }
    if (touch !== null) return { text: `It first touched ${level} intraday on ${apDate(touch)}, but has yet to close ${words.above} it.`, level: row.level };
    return null;
  }
  const last = rows.findLast((r) => r.firstCloseDate !== null);
  if (last !== undefined) {
    const date = firstCloseKnown(index, last);
    return date === null ? null : { text: `It first closed ${words.above} ${formatLevel(last.level)} on ${apDate(date)}.`, level: last.level };
  }
  return next === null ? null : { text: `It has yet to close ${words.above} ${formatLevel(next.level)}.`, level: next.level };
}

/**
 * "302 trading days after its first close above 6,000, on Nov. 11, 2024" (counting both ends: "303
 * trading days from …, counting both days"): `row`'s trading days from the level below it; `null` when
 * they are unknown. A count over weekend rows carries the report's note.
 */
function gapAfterPrevious(index: IndexReport, row: MilestoneRow, words: Words): string | null {
  const previous = index.milestones[index.milestones.indexOf(row) - 1];
  const since = previous === undefined ? null : firstCloseKnown(index, previous);
  if (row.tradingDays === null || previous === undefined || since === null) return null;
  const note = row.gapNote && index.calendar === undefined ? ` (${row.gapNote})` : '';
  const from = `its first close ${words.above} ${formatLevel(previous.level)}, on ${apDate(since)}`;
  const days = plural(row.tradingDays, 'trading day');
  return words.inclusive ? `${days} from ${from}, counting both days${note}` : `${days} after ${from}${note}`;
}

/**
 * `row`'s first close, unless it is only the file's first session in a file that may start after the
 * index's history: the index may have closed above the level long before.
 */
function firstCloseKnown(index: IndexReport, row: MilestoneRow): number | null {
  return onlyFirstInFile(row.firstCloseDate, index) ? null : row.firstCloseDate;
}

/** `--target`'s touch and first close, unless another sentence already spoke of that level. */
function targetSentence(index: IndexReport, covered: readonly number[], words: Words): string | null {
  const target = index.target;
  if (target === null || covered.includes(target.level)) return null;
  const level = formatLevel(target.level);
  if (target.firstCloseDate !== null) {
    return target.firstCloseDate === index.asOf
      ? `It closed ${words.above} ${level} for the first time.`
      : `It first closed ${words.above} ${level} on ${apDate(target.firstCloseDate)}.`;
  }
  if (target.firstTouchDate !== null) return `It first touched ${level} intraday on ${apDate(target.firstTouchDate)}, but has yet to close ${words.above} it.`;
  return target.touched === false ? `It has yet to trade ${words.above} ${level}.` : `It has yet to close ${words.above} ${level}.`;
}

/** For data that may not reach back to the index's first day: "first" and "record" count from the file's first session. */
function historySentence(index: IndexReport): string | null {
  if (index.historyComplete === true) return null;
  return `Its data start on ${apDate(index.firstDate)}, so records and first closes are those since then.`;
}
