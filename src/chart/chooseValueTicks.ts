import type { ScaleKind } from './Scale.type.js';

export interface ValueTicks {
  /** The axis extent: `min`..`max` widened out to the nearest ticks. */
  readonly domain: readonly [number, number];
  /** Tick values, ascending, including both ends of the domain. */
  readonly ticks: readonly number[];
}

const LINEAR_STEPS = [1, 2, 2.5, 5, 10];
const LOG_MANTISSAS = [1, 2, 5];

/**
 * Round-number ticks covering `min`..`max`.
 * Linear: the step is the smallest of 1, 2, 2.5, 5 × 10^k that is at least (max − min) ÷ `count`;
 * the domain runs from the multiple of the step at or below `min` to the one at or above `max`.
 * Log: ticks are 1, 2, 5 × 10^k; the domain runs from the tick at or below `min` to the one at or
 * above `max`; with more than `count` + 4 ticks only the powers of ten are kept as ticks.
 */
export function chooseValueTicks(kind: ScaleKind, min: number, max: number, count = 5): ValueTicks {
  return kind === 'log' ? logTicks(min, max, count) : linearTicks(min, max, count);
}

function linearTicks(min: number, max: number, count: number): ValueTicks {
  const span = max > min ? max - min : Math.abs(max) * 0.1 || 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = LINEAR_STEPS.map((m) => m * power).find((s) => s >= raw * (1 - 1e-9)) ?? 10 * power;
  const lo = Math.floor(min / step + 1e-9) * step;
  let hi = Math.ceil(max / step - 1e-9) * step;
  if (hi <= lo) hi = lo + step;
  const ticks: number[] = [];
  for (let k = 0; lo + k * step <= hi + step * 1e-9; k++) ticks.push(roundAway(lo + k * step, step));
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
}

function logTicks(min: number, max: number, count: number): ValueTicks {
  const all: number[] = [];
  for (let e = Math.floor(Math.log10(min)) - 1; e <= Math.ceil(Math.log10(max)) + 1; e++) {
    for (const m of LOG_MANTISSAS) all.push(roundAway(m * 10 ** e, 10 ** e));
  }
  const below = all.filter((t) => t <= min * (1 + 1e-12));
  const above = all.filter((t) => t >= max * (1 - 1e-12));
  const lo = below[below.length - 1];
  let hi = above[0];
  if (hi <= lo) hi = all[all.indexOf(lo) + 1];
  const inside = all.filter((t) => t >= lo && t <= hi);
  const thinned = inside.length > count + 4 ? inside.filter((t, i) => i === 0 || i === inside.length - 1 || isPowerOfTen(t)) : inside;
  return { domain: [lo, hi], ticks: thinned };
}

/** Removes float noise from `k × step` (0.30000000000000004 → 0.3). */
function roundAway(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(Math.min(decimals, 12)));
}

function isPowerOfTen(value: number): boolean {
  const e = Math.round(Math.log10(value));
  return Math.abs(value - 10 ** e) < 1e-9 * value;
}
