import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';

/** How each symbol's `MilestoneConfig` is chosen, as plain data (it crosses to worker threads). */
export interface ConfigRule {
  readonly atOrAbove: boolean;
  readonly inclusive: boolean;
  readonly target: number | null;
  /** `--levels`: the same list for every index; `null` for a step plan. */
  readonly levels: readonly number[] | null;
  readonly defaultStep: number;
  readonly stepBySymbol: ReadonlyMap<string, number>;
}

/** The configuration of the index `symbol` under `rule`. */
export function chooseConfig(rule: ConfigRule, symbol: string): MilestoneConfig {
  return {
    atOrAbove: rule.atOrAbove,
    inclusive: rule.inclusive,
    target: rule.target,
    plan: rule.levels !== null ? { kind: 'list', levels: rule.levels } : { kind: 'step', step: rule.stepBySymbol.get(symbol) ?? rule.defaultStep },
  };
}
