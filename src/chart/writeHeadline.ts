import { formatLevel, formatPct } from '../render/formatNumbers.js';
import type { ChartPanel } from './ChartModel.type.js';

/**
 * A factual headline for a panel, from its milestones at the last session:
 * - the last session first closed above a level: "S&P 500 closes above 6,000 for the first time";
 * - the last session first traded above a level it has never closed above:
 *   "S&P 500 tops 7,000 intraday but closes below it";
 * - a level touched before but never closed above: "S&P 500 has traded above 7,000 but not closed above it";
 * - else the distance to the next level: "S&P 500 closes 0.31% below 7,000", or, when that level was
 *   closed above before, to the record close: "S&P 500 closes 25.00% below its record close";
 * - else (no level above): the index name.
 */
export function writeHeadline(panel: ChartPanel): string {
  const last = panel.lastClose;
  const name = panel.name;
  const closedNow = [...panel.levels].reverse().find((l) => l.status === 'confirmed' && l.firstClose?.day === last.day);
  if (closedNow !== undefined) return `${name} closes above ${formatLevel(closedNow.level)} for the first time`;
  const pending = panel.levels.find((l) => l.status === 'pending' && l.level > last.value);
  if (pending?.firstTouch?.day === last.day) return `${name} tops ${formatLevel(pending.level)} intraday but closes below it`;
  if (pending !== undefined) return `${name} has traded above ${formatLevel(pending.level)} but not closed above it`;
  const next = panel.levels.find((l) => l.level > last.value);
  if (next?.status === 'confirmed') return `${name} closes ${formatPct((1 - last.value / panel.recordClose.value) * 100).replace('+', '')} below its record close`;
  if (next !== undefined) return `${name} closes ${formatPct((1 - last.value / next.level) * 100).replace('+', '')} below ${formatLevel(next.level)}`;
  return name;
}
