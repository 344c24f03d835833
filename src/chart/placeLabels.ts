import {
  type Box,
  contains,
  distance,
  distanceToSegment,
  inflate,
  nearestInBox,
  overlaps,
  type Point,
  type Segment,
  segmentHitsBox,
  segmentsCross,
  someSegmentBetween,
} from './planeGeometry.js';

export interface LabelRequest {
  /** The point the label describes (a marker). */
  readonly x: number;
  readonly y: number;
  /** Sizes of the label's wordings, fullest first: a shorter one is tried when the fuller does not fit. */
  readonly variants: readonly { readonly width: number; readonly height: number }[];
}

/** What the labels must keep clear of. */
export interface LabelScene {
  /** Where labels may go (the plot area). */
  readonly bounds: Box;
  /** Lines no label may cover (the close line), each with its points in ascending x. */
  readonly lines: readonly (readonly Point[])[];
  /** Markers no label may cover; every request's point is one of them. */
  readonly markers: readonly Point[];
  /** Boxes already taken by text drawn elsewhere (the last-close label). */
  readonly taken: readonly Box[];
}

export interface PlacedLabel {
  /** The label's box. */
  readonly box: Box;
  /** `end` when the box is left of the point (text right-aligned), else `start`. */
  readonly anchor: 'start' | 'end';
  /** From the point to the nearest point of the box when the box sits away from it, else `null`. */
  readonly leader: Segment | null;
  /** Which of the request's variants was placed. */
  readonly variant: number;
}

/** Pixels between a point and its label when it sits right beside it. */
const GAP = 8;
/**
 * Pixels between the spots tried: at least these, and coarser on a large plot so that a label tries
 * at most about 100 × 160 spots (an 8,000-pixel picture would otherwise take a minute).
 */
const STEP_X = 40;
const STEP_Y = 11;
const MAX_STEPS = { x: 50, y: 80 } as const;
/** How far (pixels) from its point a label counts as near. */
const NEAR = 60;
/** Clearance (pixels) between a label and other labels, lines, and markers (a marker is up to 7 px across its centre). */
const LABEL_PAD = 3;
const LINE_PAD = 2;
const MARKER_PAD = 8;
/** Markers closer than this to a label's own point count as the same spot (a record on the day of a first close). */
const SAME_SPOT = 12;
/** A leader keeps this far from other markers, and a label this far from a marker nearer to it than its own. */
const OTHER_MARKER_CLEARANCE = 7;
const MISREAD_DISTANCE = 24;
/** Pixels between the end of a leader and any other leader (two from one spot must fan out). */
const LEADER_GAP = 8;

/**
 * Positions labels one by one, in the given order (most important first), each at the best spot
 * for its point: beside it, else further away joined by a leader line. A spot stays in the bounds
 * and keeps clear of earlier labels and their leaders, of the lines and of every marker; its
 * leader crosses no line, earlier leader or label and passes no other marker; and no other marker
 * sits nearer to the label than its own (so it is not read as that marker's). The nearest such spot
 * wins; ties go to the left of and above the point. A label's shorter variants are tried when the
 * fullest does not fit near its point (within 60 pixels); `null` when none fits anywhere (the
 * chart stays readable without it).
 */
export function placeLabels(requests: readonly LabelRequest[], scene: LabelScene): (PlacedLabel | null)[] {
  const boxes: Box[] = [...scene.taken];
  const leaders: Segment[] = [];
  return requests.map((r) => {
    // Near the point in any wording first, then anywhere: a short label beside its marker reads
    // better than a full one at the end of a long leader.
    for (const reach of [NEAR, Infinity]) {
      for (let v = 0; v < r.variants.length; v++) {
        const found = bestSpot(r, v, reach, scene, boxes, leaders);
        if (found !== null) {
          boxes.push(found.box);
          if (found.leader !== null) leaders.push(found.leader);
          return found;
        }
      }
    }
    return null;
  });
}

/** The first free spot for variant `v` within `reach` pixels of the point, or `null`. */
function bestSpot(r: LabelRequest, v: number, reach: number, scene: LabelScene, boxes: readonly Box[], leaders: readonly Segment[]): PlacedLabel | null {
  const own = { x: r.x, y: r.y };
  const others = scene.markers.filter((m) => distance(m, own) > SAME_SPOT);
  for (const c of candidatesFor(own, r.variants[v], v, scene.bounds)) {
    if (c.distance > reach) break;
    const { box, leader } = c.label;
    if (boxes.some((b) => overlaps(inflate(b, LABEL_PAD), box))) continue;
    if (scene.markers.some((m) => distanceToBox(m, box) < MARKER_PAD)) continue;
    if (scene.lines.some((line) => lineHits(line, inflate(box, LINE_PAD)))) continue;
    if (leaders.some((l) => segmentHitsBox(l, inflate(box, 1)))) continue;
    if (others.some((m) => distanceToBox(m, box) < Math.min(MISREAD_DISTANCE, c.distance))) continue;
    if (leader !== null) {
      // Crossing, or one running along the other (two leaders from one spot in one direction).
      if (leaders.some((l) => segmentsCross(l, leader) || distanceToSegment(l.b, leader) < LEADER_GAP || distanceToSegment(leader.b, l) < LEADER_GAP)) continue;
      if (boxes.some((b) => segmentHitsBox(leader, b))) continue;
      if (others.some((m) => distanceToSegment(m, leader) < OTHER_MARKER_CLEARANCE)) continue;
      if (scene.lines.some((line) => leaderTouches(line, leader))) continue;
    }
    return c.label;
  }
  return null;
}

interface Candidate {
  readonly label: PlacedLabel;
  readonly distance: number;
  readonly score: number;
}

/**
 * Every spot inside `bounds` on a grid around the point, best base score first: left of, right of
 * or centred on the point across; above, below or centred on it down (not both centred: that
 * covers the point).
 */
function candidatesFor(p: Point, size: { width: number; height: number }, variant: number, bounds: Box): Candidate[] {
  const stepX = Math.max(STEP_X, bounds.width / MAX_STEPS.x);
  const stepY = Math.max(STEP_Y, bounds.height / MAX_STEPS.y);
  const xs: [number, 'start' | 'end'][] = [[p.x - size.width / 2, 'start']];
  for (let k = 0; k * stepX <= bounds.width; k++) xs.push([p.x - GAP - size.width - k * stepX, 'end'], [p.x + GAP + k * stepX, 'start']);
  const ys: number[] = [p.y - size.height / 2];
  for (let k = 0; k * stepY <= bounds.height; k++) ys.push(p.y - GAP - size.height - k * stepY, p.y + GAP + k * stepY);
  const out: Candidate[] = [];
  xs.forEach(([x, anchor], i) => {
    ys.forEach((y, j) => {
      const box = { x, y, width: size.width, height: size.height };
      if ((i === 0 && j === 0) || !contains(bounds, box)) return;
      const near = nearestInBox(box, p);
      const d = distance(near, p);
      // Left of and above the point read first: a small preference, not a rule.
      const score = d + (anchor === 'start' ? 3 : 0) + (box.y > p.y ? 2 : 0);
      const leader = d > GAP * 1.5 + 1 ? { a: p, b: near } : null;
      out.push({ label: { box, anchor, leader, variant }, distance: d, score });
    });
  });
  return out.sort((a, b) => a.score - b.score);
}

function lineHits(line: readonly Point[], box: Box): boolean {
  return someSegmentBetween(line, box.x, box.x + box.width, (s) => segmentHitsBox(s, box));
}

/**
 * Whether `leader` crosses `line`, or runs within 2 pixels of it, away from its marker (a marker
 * sits on or next to the line it marks). Two segments that do not cross are nearest at an end of one.
 */
function leaderTouches(line: readonly Point[], leader: Segment): boolean {
  const from = Math.min(leader.a.x, leader.b.x) - LINE_PAD;
  const to = Math.max(leader.a.x, leader.b.x) + LINE_PAD;
  // Signed distance from the leader's infinite line: a segment wholly on one side, further than
  // the pad, cannot touch it (a quick test before the exact one).
  const dx = leader.b.x - leader.a.x;
  const dy = leader.b.y - leader.a.y;
  const length = Math.hypot(dx, dy) || 1;
  const side = (p: Point) => ((p.x - leader.a.x) * dy - (p.y - leader.a.y) * dx) / length;
  return someSegmentBetween(line, from, to, (s) => {
    const [da, db] = [side(s.a), side(s.b)];
    if ((da > LINE_PAD && db > LINE_PAD) || (da < -LINE_PAD && db < -LINE_PAD)) return false;
    return (
      distanceToSegment(leader.a, s) > MARKER_PAD &&
      (segmentsCross(s, leader) || Math.min(distanceToSegment(s.a, leader), distanceToSegment(s.b, leader), distanceToSegment(leader.b, s)) < LINE_PAD)
    );
  });
}

function distanceToBox(p: Point, box: Box): number {
  return distance(p, nearestInBox(box, p));
}
