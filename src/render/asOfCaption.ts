import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { indexLabel } from '../registry/indexLabel.js';
import { pieceLines } from './pieceLines.js';

/**
 * A table's caption: `As of 2026-01-28`, the last session most indexes share (the latest on a tie),
 * and each index whose last session differs: `As of 2026-08-21; Dow Jones 2025-11-07`. Tables with a
 * caption put their date column early in their drop order.
 */
/** (The caption's lines, fitted to `width` columns, each with its newline; `''` without rows.) */
export function asOfCaption(rows: readonly { readonly symbol: string; readonly asOf: number }[], width = Infinity): string {
  if (rows.length === 0) return '';
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.asOf, (counts.get(r.asOf) ?? 0) + 1);
  const [common] = [...counts].sort(([dayA, a], [dayB, b]) => b - a || dayB - dayA)[0];
  const others = rows.filter((r) => r.asOf !== common).map((r) => `${indexLabel(r.symbol, true)} ${isoFromDayNumber(r.asOf)}`);
  return pieceLines([`As of ${isoFromDayNumber(common)}`, ...others], '; ', width);
}
