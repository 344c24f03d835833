import type { Scale, ScaleKind } from './Scale.type.js';

/**
 * A scale from `domain` to `range`. Linear: position moves in proportion to the value.
 * Log: in proportion to log(value), so `domain` must be positive. A zero-width domain maps
 * everything to the middle of the range.
 */
export function makeScale(kind: ScaleKind, domain: readonly [number, number], range: readonly [number, number]): Scale {
  const f = kind === 'log' ? Math.log : (v: number) => v;
  const d0 = f(domain[0]);
  const d1 = f(domain[1]);
  const [r0, r1] = range;
  const at = d1 === d0 ? () => (r0 + r1) / 2 : (value: number) => r0 + ((f(value) - d0) / (d1 - d0)) * (r1 - r0);
  return { kind, domain, range, at };
}
