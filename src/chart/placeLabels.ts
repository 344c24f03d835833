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
  /** Sizes of the label's wordings, fullest first: a shorter one is tried when the fuller does not fit. */
  readonly variants: readonly { readonly width: number; readonly height: number }[];
}

export interface PlacedLabel {
  /** The label's box. */
  readonly box: Box;
  /** `end` when the box is left of the point (text right-aligned), else `start`. */
  readonly anchor: 'start' | 'end';
  /** Whether the box sits away from the point, so a leader line should join them. */
  readonly displaced: boolean;
  /** Which of the request's variants was placed. */
  readonly variant: number;
}

/** Pixels between a point and its label when it sits right beside it. */
const GAP = 8;
const STEP_Y = 11;
const STEP_X = 40;
/** How far (pixels) from its point a label counts as near. */
const NEAR = 120;

/**
 * Positions labels one by one, in the given order (most important first), each at the nearest
 * spot to its point (beside it, else further away, joined by a leader line) that stays in `bounds`,
 * overlaps no label placed before and covers none of the `obstacles` points (the price line,
 * markers). Ties go to the left of and above the point. A label's shorter variants are tried when
 * the fullest does not fit; `null` when none fits anywhere (the chart stays readable without it).
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box, obstacles: readonly { x: number; y: number }[]): (PlacedLabel | null)[] {
  const placed: Box[] = [];
  return requests.map((r) => {
    // Near the point in any wording first, then anywhere: a short label beside its marker reads
    // better than a full one at the end of a long leader.
    for (const reach of [NEAR, Infinity]) {
      for (let v = 0; v < r.variants.length; v++) {
        const found = candidatesFor(r.x, r.y, r.variants[v], v, bounds).find(
          (c) => c.distance <= reach && !placed.some((p) => overlaps(p, c.box, 3)) && !obstacles.some((o) => inBox(c.box, o, 2)),
        );
        if (found !== undefined) {
          placed.push(found.box);
          return { box: found.box, anchor: found.anchor, displaced: found.displaced, variant: found.variant };
        }
      }
    }
    return null;
  });
}

/** Every spot inside `bounds` on a grid around the point, nearest first. */
function candidatesFor(px: number, py: number, size: { width: number; height: number }, variant: number, bounds: Box): (PlacedLabel & { distance: number })[] {
  const r = { x: px, y: py, width: size.width, height: size.height };
  const scored: { label: PlacedLabel & { distance: number }; score: number }[] = [];
  const xs: [number, 'start' | 'end'][] = [];
  for (let k = 0; k * STEP_X <= bounds.width; k++) {
    xs.push([r.x - GAP - r.width - k * STEP_X, 'end'], [r.x + GAP + k * STEP_X, 'start']);
  }
  const ys: number[] = [];
  for (let k = 0; k * STEP_Y <= bounds.height; k++) ys.push(r.y - GAP - r.height - k * STEP_Y, r.y + GAP + k * STEP_Y);
  for (const [x, anchor] of xs) {
    for (const y of ys) {
      const box = { x, y, width: r.width, height: r.height };
      if (!contains(bounds, box)) continue;
      const dx = Math.max(box.x - r.x, 0, r.x - (box.x + box.width));
      const dy = Math.max(box.y - r.y, 0, r.y - (box.y + box.height));
      // Left of and above the point read first: a small preference, not a rule.
      const score = Math.hypot(dx, dy) + (anchor === 'start' ? 3 : 0) + (box.y > r.y ? 2 : 0);
      scored.push({ label: { box, anchor, displaced: Math.hypot(dx, dy) > GAP * 1.5 + 1, variant, distance: Math.hypot(dx, dy) }, score });
    }
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.label);
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
