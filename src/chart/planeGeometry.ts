/** A point in pixels (y grows downwards, as in SVG). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned box in pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A straight line from `a` to `b`. */
export interface Segment {
  readonly a: Point;
  readonly b: Point;
}

/** `box` grown by `pad` pixels on every side. */
export function inflate(box: Box, pad: number): Box {
  return { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad };
}

export function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Whether two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The point of `box` nearest to `p` (`p` itself when inside). */
export function nearestInBox(box: Box, p: Point): Point {
  return { x: Math.min(Math.max(p.x, box.x), box.x + box.width), y: Math.min(Math.max(p.y, box.y), box.y + box.height) };
}

export function distance(p: Point, q: Point): number {
  return Math.hypot(p.x - q.x, p.y - q.y);
}

/** Distance from `p` to the nearest point of segment `s`. */
export function distanceToSegment(p: Point, s: Segment): number {
  const dx = s.b.x - s.a.x;
  const dy = s.b.y - s.a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, ((p.x - s.a.x) * dx + (p.y - s.a.y) * dy) / length2));
  return Math.hypot(p.x - (s.a.x + t * dx), p.y - (s.a.y + t * dy));
}

/** Whether any part of segment `s` lies inside `box` (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, box: Box): boolean {
  const { a, b } = s;
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  // Most segments asked about lie wholly beside the box.
  if (Math.max(a.x, b.x) < box.x || Math.min(a.x, b.x) > right || Math.max(a.y, b.y) < box.y || Math.min(a.y, b.y) > bottom) return false;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 <= t1;
  };
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return clip(-dx, a.x - box.x) && clip(dx, right - a.x) && clip(-dy, a.y - box.y) && clip(dy, bottom - a.y);
}

/** Whether two segments cross at a point inside both (touching or collinear segments do not count). */
export function segmentsCross(s: Segment, t: Segment): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  const d1 = side(t.a, t.b, s.a);
  const d2 = side(t.a, t.b, s.b);
  const d3 = side(s.a, s.b, t.a);
  const d4 = side(s.a, s.b, t.b);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/**
 * Whether `test` holds for any segment of `line` (points in ascending x) whose x range meets
 * `from`…`to`: found by binary search, so a long line costs only the part asked about.
 */
export function someSegmentBetween(line: readonly Point[], from: number, to: number, test: (s: Segment) => boolean): boolean {
  let lo = 0;
  let hi = line.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (line[mid].x < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(1, lo); i < line.length && line[i - 1].x <= to; i++) if (test({ a: line[i - 1], b: line[i] })) return true;
  return false;
}
