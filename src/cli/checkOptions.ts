import { UsageError } from '../errors.js';
import { mergePerSymbol, type PerSymbol } from './parsers.js';

export type CheckKind = 'above' | 'closedAbove' | 'touched' | 'below';

/** What `check` asks of every index (see `evaluateCheck`). */
export interface CheckCondition {
  readonly kind: CheckKind;
  /** The level for every index and by symbol, index points. */
  readonly levels: PerSymbol;
  /** "Above" means `>=` instead of `>` (for `above`, `closedAbove`, `touched`; `below` is always `<`). */
  readonly atOrAbove: boolean;
}

/** `check`'s options as commander hands them over, after the per-option parsers. */
export interface RawCheckOptions {
  /** The levels given with the flag, or `true` for the flag alone (the levels of `--target` / `--watch`). */
  above?: PerSymbol | true;
  closedAbove?: PerSymbol | true;
  touched?: PerSymbol | true;
  below?: PerSymbol | true;
  atOrAbove?: boolean;
  target?: PerSymbol;
}

export const CHECK_FLAGS: Readonly<Record<CheckKind, string>> = {
  above: '--above',
  closedAbove: '--closed-above',
  touched: '--touched',
  below: '--below',
};

/** Exactly one condition, its levels given with it or by `--target` / `--watch`: raw options → `CheckCondition`. */
export function toCheckCondition(raw: RawCheckOptions): CheckCondition {
  const given = (Object.keys(CHECK_FLAGS) as CheckKind[]).filter((kind) => raw[kind] !== undefined);
  if (given.length !== 1) {
    const flags = Object.values(CHECK_FLAGS).join(', ');
    throw new UsageError(
      given.length === 0 ? `give a condition: one of ${flags}` : `give one condition, not ${given.map((k) => CHECK_FLAGS[k]).join(' and ')}`,
    );
  }
  const kind = given[0];
  const value = raw[kind] as PerSymbol | true;
  // The flag's own levels come on top of --target's (`--closed-above DJI=40000` with a watch list).
  const levels = value === true ? raw.target : mergePerSymbol(raw.target, value);
  if (levels === undefined) throw new UsageError(`${CHECK_FLAGS[kind]} needs a LEVEL (7000, SPX=7000), or --target / --watch to give one`);
  return { kind, levels, atOrAbove: raw.atOrAbove ?? false };
}
