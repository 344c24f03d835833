import type { MilestoneRow } from '../core/IndexReport.type.js';
import type { ComputeResult } from './ComputeResult.type.js';

const COLUMNS: readonly (keyof MilestoneRow)[] = [
  'level',
  'status',
  'firstTouchDate',
  'firstTouchHigh',
  'firstCloseDate',
  'firstClose',
  'tradingDays',
  'calendarDays',
  'touchToCloseSessions',
];

/** One row per milestone with a `symbol` column; the header always prints. Full precision. */
export function renderCsv(result: ComputeResult): string {
  const lines = [['symbol', ...COLUMNS].join(',')];
  for (const index of result.indexes) {
    for (const row of index.milestones) {
      lines.push([csvField(index.symbol), ...COLUMNS.map((c) => csvField(row[c]))].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A CSV cell: `null` is empty; text with a comma, quote or newline is quoted. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value); // never a comma, quote or newline
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
