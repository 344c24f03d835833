import type { ScaleKind } from '../chart/Scale.type.js';
import { UsageError } from '../errors.js';
import { type RawComputeOptions, toComputeOptions, type ComputeOptions } from './computeOptions.js';

/** `chart`'s options as commander hands them over. */
export interface RawChartOptions extends Omit<RawComputeOptions, 'format' | 'target' | 'inclusive'> {
  from?: number;
  to?: number;
  log?: boolean;
  linear?: boolean;
  normalize?: boolean;
  out?: string;
  width?: number;
  height?: number;
  title?: string;
  source?: string;
}

export type ChartOutput = { readonly kind: 'terminal' } | { readonly kind: 'svg' | 'png'; readonly path: string };

export interface ChartOptions {
  readonly compute: ComputeOptions;
  /** First and last day to draw (day numbers), `null` for the defaults. */
  readonly fromDay: number | null;
  readonly toDay: number | null;
  /** Start the default window at the last two milestones (the user asked for levels). */
  readonly focusLastMilestones: boolean;
  readonly scale: ScaleKind | null;
  readonly normalize: boolean;
  readonly output: ChartOutput;
  /** Characters for the terminal, pixels for SVG/PNG; `null` for the default. */
  readonly width: number | null;
  readonly height: number | null;
  readonly title: string | null;
  /** The credit line's source for every index, `null` for each index's own (see buildChartPanel). */
  readonly source: string | null;
  readonly color: boolean;
}

export const MIN_SIZE = { terminal: [40, 10], picture: [320, 240] } as const;
/** The largest chart drawn: an 8,000-pixel square PNG is 256 MB of pixels while it is drawn. */
export const MAX_SIZE = { terminal: [1000, 1000], picture: [8000, 8000] } as const;

/** Cross-field checks and defaults: raw commander options → `ChartOptions`. */
export function toChartOptions(raw: RawChartOptions, fileCount: number): ChartOptions {
  const compute = toComputeOptions({ ...raw, format: 'table' }, fileCount);
  if (raw.log === true && raw.linear === true) throw new UsageError('use either --log or --linear, not both');
  if (raw.from !== undefined && raw.to !== undefined && raw.from > raw.to) throw new UsageError('--from is after --to');
  const output = outputFor(raw.out);
  const [minWidth, minHeight] = output.kind === 'terminal' ? MIN_SIZE.terminal : MIN_SIZE.picture;
  const unit = output.kind === 'terminal' ? 'columns' : 'pixels';
  if (raw.width !== undefined && raw.width < minWidth) throw new UsageError(`--width must be at least ${minWidth} ${unit}`);
  const rowUnit = output.kind === 'terminal' ? 'rows' : 'pixels';
  if (raw.height !== undefined && raw.height < minHeight) throw new UsageError(`--height must be at least ${minHeight} ${rowUnit}`);
  const [maxWidth, maxHeight] = output.kind === 'terminal' ? MAX_SIZE.terminal : MAX_SIZE.picture;
  if (raw.width !== undefined && raw.width > maxWidth) throw new UsageError(`--width must be at most ${maxWidth} ${unit}`);
  if (raw.height !== undefined && raw.height > maxHeight) throw new UsageError(`--height must be at most ${maxHeight} ${rowUnit}`);
  return {
    compute,
    fromDay: raw.from ?? null,
    toDay: raw.to ?? null,
    focusLastMilestones: raw.levels !== undefined || raw.step !== undefined,
    scale: raw.log === true ? 'log' : raw.linear === true ? 'linear' : null,
    normalize: raw.normalize ?? false,
    output,
    width: raw.width ?? null,
    height: raw.height ?? null,
    title: raw.title ?? null,
    source: raw.source ?? null,
    color: raw.color,
  };
}

function outputFor(out: string | undefined): ChartOutput {
  if (out === undefined) return { kind: 'terminal' };
  const lower = out.toLowerCase();
  if (lower.endsWith('.svg')) return { kind: 'svg', path: out };
  if (lower.endsWith('.png')) return { kind: 'png', path: out };
  throw new UsageError(`--out must name a .svg or .png file, got ${JSON.stringify(out)}`);
}
