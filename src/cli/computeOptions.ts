import type { MilestoneConfig } from '../core/MilestoneConfig.type.js';
import { type ConfigRule, chooseConfig } from '../pipeline/chooseConfig.js';
import { UsageError } from '../errors.js';
import type { StepSpec } from './parsers.js';

export type ComputeFormat = 'table' | 'json' | 'csv';

/** `compute`'s options as commander hands them over, after the per-option parsers. */
export interface RawComputeOptions {
  step?: StepSpec;
  levels?: number[];
  target?: number;
  asOf?: number;
  inclusive?: boolean;
  atOrAbove?: boolean;
  symbol?: string;
  format: ComputeFormat;
  color: boolean;
}

export interface ComputeOptions {
  /** The milestone configuration for an index with this symbol. */
  readonly configFor: (symbol: string) => MilestoneConfig;
  /** The same choice as data, for worker threads. */
  readonly configRule: ConfigRule;
  /** Use sessions on or before this day number; `null` for all. */
  readonly asOfDay: number | null;
  readonly symbol: string | undefined;
  readonly format: ComputeFormat;
  readonly color: boolean;
}

export const DEFAULT_STEP = 1000;

/** Cross-field checks and defaults: raw commander options → `ComputeOptions`. */
export function toComputeOptions(raw: RawComputeOptions, fileCount: number): ComputeOptions {
  if (raw.levels !== undefined && raw.step !== undefined) {
    throw new UsageError('use either --levels or --step, not both');
  }
  if (raw.symbol !== undefined && fileCount > 1) {
    throw new UsageError('--symbol names the index of a single file; it cannot apply to several files');
  }
  const symbol = raw.symbol?.trim().toUpperCase();
  if (symbol === '') throw new UsageError('--symbol needs a non-empty name');
  const rule: ConfigRule = {
    atOrAbove: raw.atOrAbove ?? false,
    inclusive: raw.inclusive ?? false,
    target: raw.target ?? null,
    levels: raw.levels ?? null,
    defaultStep: raw.step?.defaultStep ?? DEFAULT_STEP,
    stepBySymbol: raw.step?.bySymbol ?? new Map(),
  };
  return {
    configFor: (sym) => chooseConfig(rule, sym),
    configRule: rule,
    asOfDay: raw.asOf ?? null,
    symbol,
    format: raw.format,
    color: raw.color,
  };
}
