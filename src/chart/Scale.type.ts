/** How values map to positions: proportionally (`linear`) or by ratio (`log`, equal % moves look equal). */
export type ScaleKind = 'linear' | 'log';

/** A value axis: `domain` (index points) onto `range` (pixels or dots; `range[0]` is where `domain[0]` goes). */
export interface Scale {
  readonly kind: ScaleKind;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** The position of `value`; values outside the domain extrapolate. */
  readonly at: (value: number) => number;
}
