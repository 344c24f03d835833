import { type CalendarName, calendarNamed } from '../calendar/calendars.js';
import type { LevelPlan, MilestoneConfig } from '../core/MilestoneConfig.type.js';
import { UsageError } from '../errors.js';
import type { ReadOptions } from '../ingest/RowReader.js';
import type { PerSymbol } from './parsers.js';
import { valueFor } from './perSymbolValue.js';
import type { NamedSymbol } from './readReports.js';
import { type RawReadOptions, toReadOptions } from './readOptions.js';

/** The formats of `compute`, `compare` and `drawdowns`. */
export const COMPUTE_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type ComputeFormat = (typeof COMPUTE_FORMATS)[number];
/** `compute`'s formats: those and `lede`, a paragraph per index in news style. */
export const COMPUTE_COMMAND_FORMATS = [...COMPUTE_FORMATS, 'lede'] as const;
export type ComputeCommandFormat = (typeof COMPUTE_COMMAND_FORMATS)[number];

/** `compute`'s options as commander hands them over, after the per-option parsers (`F`: the command's formats). */
export interface RawComputeOptions<F extends string = ComputeFormat> extends RawReadOptions {
  step?: PerSymbol;
  levels?: number[];
  target?: PerSymbol;
  asOf?: number;
  inclusive?: boolean;
  atOrAbove?: boolean;
  calendar?: CalendarName;
  symbol?: string;
  sample?: boolean;
  format: F;
  color: boolean;
  wide?: boolean;
  watch?: string;
}

export interface ComputeOptions<F extends string = ComputeFormat> {
  /** The milestone configuration for an index with this symbol. */
  readonly configFor: (symbol: string) => MilestoneConfig;
  /** Use sessions on or before this day number; `null` for all. */
  readonly asOfDay: number | null;
  readonly symbol: string | undefined;
  /** How to read each file (symbol, date order, bad rows, strictness). */
  readonly read: ReadOptions;
  readonly format: F;
  readonly color: boolean;
  /** The symbols `--step SYMBOL=STEP` and `--target SYMBOL=LEVEL` name: each must be an index of the input. */
  readonly namedSymbols: readonly NamedSymbol[];
}

export const DEFAULT_STEP = 1000;

/** Cross-field checks and defaults: raw commander options → `ComputeOptions`. */
export function toComputeOptions<F extends string = ComputeFormat>(raw: RawComputeOptions<F>, fileCount: number): ComputeOptions<F> {
  if (raw.levels !== undefined && raw.step !== undefined) {
    throw new UsageError('use either --levels or --step, not both');
  }
  const symbol = toSymbol(raw.symbol, fileCount);
  const base = {
    atOrAbove: raw.atOrAbove ?? false,
    inclusive: raw.inclusive ?? false,
    calendar: calendarNamed(raw.calendar),
  };
  const { levels, step, target } = raw;
  const planFor = (sym: string): LevelPlan => {
    if (levels !== undefined) return { kind: 'list', levels };
    return { kind: 'step', step: valueFor(step, sym) ?? DEFAULT_STEP };
  };
  return {
    configFor: (sym) => ({ ...base, plan: planFor(sym), target: valueFor(target, sym) }),
    asOfDay: raw.asOf ?? null,
    symbol,
    read: toReadOptions(raw, symbol),
    format: raw.format,
    color: raw.color,
    namedSymbols: [...namedBy('--step', step), ...namedBy('--target', target)],
  };
}

/** `--symbol`, upper-cased; it names the index of a single file only. */
export function toSymbol(raw: string | undefined, fileCount: number): string | undefined {
  if (raw !== undefined && fileCount > 1) {
    throw new UsageError('--symbol names the index of a single file; it cannot apply to several files');
  }
  const symbol = raw?.trim().toUpperCase();
  if (symbol === '') throw new UsageError('--symbol needs a non-empty name');
  return symbol;
}

/** The symbols a `SYMBOL=VALUE` option names. */
export function namedBy(option: string, values: PerSymbol | undefined): NamedSymbol[] {
  return [...(values?.bySymbol.keys() ?? [])].filter((symbol) => !values?.mayBeAbsent?.has(symbol)).map((symbol) => ({ option, symbol }));
}
