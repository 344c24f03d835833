import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { XMLParser } from 'fast-xml-parser';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line of text as drawn: its inked box in pixels, measured by the renderer that draws the PNG. */
export interface TextBox extends Rect {
  readonly className: string;
  readonly text: string;
}

/** What a chart's SVG draws that labels must keep apart: its text lines, close lines and leaders. */
export interface SvgLayout {
  readonly width: number;
  readonly height: number;
  readonly texts: TextBox[];
  /** Each `close-line` path's points, in order. */
  readonly closeLines: Point[][];
  readonly leaders: { a: Point; b: Point }[];
}

type Node = Record<string, unknown>;
type Attrs = Record<string, string>;

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT = { fontFiles: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' };
const measured = new Map<string, { dx: number; dy: number; width: number; height: number }>();

/**
 * The inked box of one line of text set at (x, y), measured by resvg alone on a blank picture (the
 * glyph outlines of the bundled DejaVu fonts, not an estimate from the text's length).
 */
function measure(text: string, x: number, y: number, size: string, weight: string, anchor: string): Rect {
  const key = [text, size, weight, anchor].join('\u0000');
  let m = measured.get(key);
  if (m === undefined) {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="400"><text x="2000" y="200" font-family="DejaVu Sans" font-size="${size}" font-weight="${weight}" text-anchor="${anchor}">${escaped}</text></svg>`;
    const box = new Resvg(svg, { font: FONT }).getBBox();
    m = box === undefined ? { dx: 0, dy: 0, width: 0, height: 0 } : { dx: box.x - 2000, dy: box.y - 200, width: box.width, height: box.height };
    measured.set(key, m);
  }
  return { x: x + m.dx, y: y + m.dy, width: m.width, height: m.height };
}

/** The text lines (one per `tspan`), close lines and leader lines of a chart's SVG. */
export function svgLayout(svg: string): SvgLayout {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false });
  const texts: TextBox[] = [];
  const closeLines: Point[][] = [];
  const leaders: { a: Point; b: Point }[] = [];
  let size = { width: 0, height: 0 };
  const textOf = (nodes: Node[]) => nodes.map((n) => String(n['#text'] ?? '')).join('');
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      const attrs = (node[':@'] ?? {}) as Attrs;
      for (const [tag, children] of Object.entries(node)) {
        if (tag === ':@' || tag === '#text') continue;
        const kids = children as Node[];
        if (tag === 'svg') size = { width: Number(attrs.width), height: Number(attrs.height) };
        if (tag === 'path' && attrs.class === 'close-line') {
          closeLines.push([...attrs.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) })));
        }
        if (tag === 'line' && attrs.class === 'leader') {
          leaders.push({ a: { x: Number(attrs.x1), y: Number(attrs.y1) }, b: { x: Number(attrs.x2), y: Number(attrs.y2) } });
        }
        if (tag === 'text') {
          const lines = kids.some((k) => 'tspan' in k)
            ? kids.filter((k) => 'tspan' in k).map((k) => ({ attrs: { ...attrs, ...((k[':@'] ?? {}) as Attrs) }, text: textOf(k.tspan as Node[]) }))
            : [{ attrs, text: textOf(kids) }];
          for (const line of lines) {
            const a = line.attrs;
            const text = line.text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
            const box = measure(text, Number(a.x), Number(a.y), a['font-size'], a['font-weight'] ?? 'normal', a['text-anchor'] ?? 'start');
            texts.push({ className: attrs.class, text, ...box });
          }
          continue;
        }
        walk(kids);
      }
    }
  };
  walk(parser.parse(svg) as Node[]);
  return { ...size, texts, closeLines, leaders };
}

export function boxesIntersect(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether the segment a–b passes through the box (clipped against each of its four edges in turn). */
export function segmentEntersBox(a: Point, b: Point, box: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ]) {
    if (p === 0 && q < 0) return false;
    if (p < 0) t0 = Math.max(t0, q / p);
    if (p > 0) t1 = Math.min(t1, q / p);
  }
  return t0 <= t1;
}

/** Whether segments p1–p2 and q1–q2 cross at a point strictly inside both. */
export function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const turn = (a: Point, b: Point, c: Point) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  return turn(q1, q2, p1) * turn(q1, q2, p2) < 0 && turn(p1, p2, q1) * turn(p1, p2, q2) < 0;
}
