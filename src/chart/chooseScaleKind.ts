import type { ScaleKind } from './Scale.type.js';

/** Log when the values span more than one order of magnitude (max > 10 × min), else linear. */
export function chooseScaleKind(min: number, max: number): ScaleKind {
  return min > 0 && max > 10 * min ? 'log' : 'linear';
}
