/** An axis-aligned box in pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  /** The point the label describes (a marker). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedLabel {
  /** The label's box. */
  readonly box: Box;
  /** `end` when the box is left of the point (text right-aligned), else `start`. */
  readonly anchor: 'start' | 'end';
  /** Whether the box sits away from the point, so a leader line should join them. */
  readonly displaced: boolean;
}

const GAP = 8;
const SHIFT = 22;
const MAX_SHIFTS = 8;

/**
 * Positions labels one by one, in the given order (most important first): beside its point, left
 * and above first, then right, below, and further up or down. A position is taken when it stays in
 * `bounds`, overlaps no label placed before, and covers none of the `obstacles` points (the price
 * line, markers). When nothing fits, the first position that stays clear of other labels, else the
 * first position, is used.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box, obstacles: readonly { x: number; y: number }[]): PlacedLabel[] {
  const placed: Box[] = [];
  return requests.map((r) => {
    const candidates = candidatesFor(r, bounds);
    const inside = candidates.filter((c) => contains(bounds, c.box));
    const free = inside.filter((c) => !placed.some((p) => overlaps(p, c.box, 3)));
    const best = free.find((c) => !obstacles.some((o) => inBox(c.box, o, 2))) ?? free[0] ?? inside[0] ?? candidates[0];
    placed.push(best.box);
    return best;
  });
}

function candidatesFor(r: LabelRequest, bounds: Box): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  const left = r.x - GAP - r.width;
  const right = r.x + GAP;
  // Near the right edge the left side reads better, near the left edge the right side.
  const sides: ['end' | 'start', number][] = r.x - bounds.x > r.width + GAP ? [['end', left], ['start', right]] : [['start', right], ['end', left]];
  const above = r.y - GAP - r.height;
  const below = r.y + GAP;
  for (const [anchor, x] of sides) {
    out.push({ box: { x, y: above, width: r.width, height: r.height }, anchor, displaced: false });
    out.push({ box: { x, y: below, width: r.width, height: r.height }, anchor, displaced: false });
  }
  for (let k = 1; k <= MAX_SHIFTS; k++) {
    for (const [anchor, x] of sides) {
      out.push({ box: { x, y: above - k * SHIFT, width: r.width, height: r.height }, anchor, displaced: true });
      out.push({ box: { x, y: below + k * SHIFT, width: r.width, height: r.height }, anchor, displaced: true });
    }
  }
  return out;
}

function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function overlaps(a: Box, b: Box, pad: number): boolean {
  return a.x - pad < b.x + b.width && b.x - pad < a.x + a.width && a.y - pad < b.y + b.height && b.y - pad < a.y + a.height;
}

function inBox(b: Box, p: { x: number; y: number }, pad: number): boolean {
  return p.x >= b.x - pad && p.x <= b.x + b.width + pad && p.y >= b.y - pad && p.y <= b.y + b.height + pad;
}
