import { UsageError } from '../errors.js';

export type CheckKind = 'above' | 'closedAbove' | 'touched' | 'below';

/** What `check` asks of every index (see `evaluateCheck`). */
export interface CheckCondition {
  readonly kind: CheckKind;
  /** Index points. */
  readonly level: number;
  /** "Above" means `>=` instead of `>` (for `above`, `closedAbove`, `touched`; `below` is always `<`). */
  readonly atOrAbove: boolean;
}

/** `check`'s options as commander hands them over, after the per-option parsers. */
export interface RawCheckOptions {
  above?: number;
  closedAbove?: number;
  touched?: number;
  below?: number;
  atOrAbove?: boolean;
}

export const CHECK_FLAGS: Readonly<Record<CheckKind, string>> = {
  above: '--above',
  closedAbove: '--closed-above',
  touched: '--touched',
  below: '--below',
};

/** Exactly one condition: raw options → `CheckCondition`. */
export function toCheckCondition(raw: RawCheckOptions): CheckCondition {
  const given = (Object.keys(CHECK_FLAGS) as CheckKind[]).filter((kind) => raw[kind] !== undefined);
  if (given.length !== 1) {
    const flags = Object.values(CHECK_FLAGS).join(', ');
    throw new UsageError(
      given.length === 0 ? `give a condition: one of ${flags}` : `give one condition, not ${given.map((k) => CHECK_FLAGS[k]).join(' and ')}`,
    );
  }
  const kind = given[0];
  return { kind, level: raw[kind] as number, atOrAbove: raw.atOrAbove ?? false };
}
