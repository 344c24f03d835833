import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { InputError } from '../errors.js';
import type { DistanceRow } from '../render/DistanceResult.type.js';
import { formatLevel, formatPct, formatPoints } from '../render/formatNumbers.js';
import type { CheckCondition } from './checkOptions.js';

export interface CheckVerdict {
  readonly holds: boolean;
  /** Why, for `--verbose`: `SPX: no, last close 6,978.03 on 2026-01-28 is not above 7,000 (-0.31%)`. */
  readonly reason: string;
}

/**
 * Whether `condition` holds for one index, using its sessions up to `row.asOf`:
 * - `above`: the last close is above the level; `below`: the last close is below it;
 * - `closedAbove`: some close was above the level (the first close above it exists);
 * - `touched`: some session traded above the level intraday (its high, or its close, was above it).
 * Throws `InputError` for `touched` on data without a high column: the answer is unknown.
 */
export function evaluateCheck(row: DistanceRow, condition: CheckCondition): CheckVerdict {
  const level = formatLevel(row.level);
  const above = condition.atOrAbove ? 'at or above' : 'above';
  const asOf = isoFromDayNumber(row.asOf);
  const last = `last close ${formatPoints(row.close)} on ${asOf}`;
  const pct = `(${formatPct(row.pct)})`;
  const verdict = (holds: boolean, text: string): CheckVerdict => ({ holds, reason: `${row.symbol}: ${holds ? 'yes' : 'no'}, ${text}` });
  switch (condition.kind) {
    case 'above': {
      const holds = condition.atOrAbove ? row.close >= row.level : row.close > row.level;
      return verdict(holds, `${last} is ${holds ? '' : 'not '}${above} ${level} ${pct}`);
    }
    case 'below': {
      const holds = row.close < row.level;
      return verdict(holds, `${last} is ${holds ? '' : 'not '}below ${level} ${pct}`);
    }
    case 'closedAbove':
      return row.firstCloseDate !== null
        ? verdict(true, `first closed ${above} ${level} on ${isoFromDayNumber(row.firstCloseDate)}`)
        : verdict(false, `no close ${above} ${level} up to ${asOf}; ${last} ${pct}`);
    case 'touched':
      if (row.touched === null) {
        throw new InputError(row.source, null, `${row.symbol} has no intraday highs (no high column, or an empty one): --touched needs them`);
      }
      return row.firstTouchDate !== null
        ? verdict(true, `first traded ${above} ${level} on ${isoFromDayNumber(row.firstTouchDate)}`)
        : verdict(false, `never traded ${above} ${level} up to ${asOf}; ${last} ${pct}`);
  }
}
