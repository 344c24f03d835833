import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/runCli.js';
import { boxesIntersect, type Rect, segmentEntersBox, segmentsCross, type SvgLayout, svgLayout, type TextBox } from '../helpers/svgLayout.js';

const dir = mkdtempSync(join(tmpdir(), 'milestones-labels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture's last date moved back by whole months (the day clamped to the month's length). */
function monthsBeforeEnd(file: string, months: number): string {
  const last = readFileSync(join(ROOT, file), 'utf8').trim().split('\n').at(-1)!.slice(0, 10);
  const [y, m, d] = last.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const [year, month] = [Math.floor(total / 12), (total % 12) + 1];
  const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type Leader = SvgLayout['leaders'][number];

const describeText = (t: TextBox) => `${t.className} "${t.text}" at ${t.x.toFixed(1)},${t.y.toFixed(1)} ${t.width.toFixed(1)}×${t.height.toFixed(1)}`;

const charts: { name: string; args: string[]; minNotes: number }[] = [
  { name: 'the S&P 500 full history', args: ['fixtures/spx.csv'], minNotes: 5 },
  { name: 'the S&P 500 over two years', args: ['fixtures/spx.csv', '--from', monthsBeforeEnd('fixtures/spx.csv', 24)], minNotes: 2 },
  { name: 'the S&P 500 over three months', args: ['fixtures/spx.csv', '--from', monthsBeforeEnd('fixtures/spx.csv', 3)], minNotes: 1 },
  { name: 'the S&P 500 run to 7,000', args: ['fixtures/spx.csv', '--as-of', '2026-01-28', '--from', '2024-01-01'], minNotes: 3 },
  { name: 'the S&P 500 full history, small', args: ['fixtures/spx.csv', '--width', '640', '--height', '360'], minNotes: 2 },
  { name: 'three indexes, full history', args: ['fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv'], minNotes: 6 },
  { name: 'three indexes since 2020', args: ['fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv', '--from', '2020-01-01'], minNotes: 6 },
];

/**
 * What collides in a chart: text off the picture, two text lines overlapping, the close line through
 * a text line, two leaders crossing, a leader through a text line other than its label's.
 */
function layoutProblems(layout: SvgLayout): string[] {
  const { texts } = layout;
  const page: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };
  const problems: string[] = [];
  for (const t of texts) {
    if (t.x < page.x || t.y < page.y || t.x + t.width > page.width || t.y + t.height > page.height) problems.push(`off the picture: ${describeText(t)}`);
  }
  texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => boxesIntersect(a, b) && problems.push(`${describeText(a)} overlaps ${describeText(b)}`)));
  for (const line of layout.closeLines) {
    for (let k = 1; k < line.length; k++) {
      for (const t of texts) if (segmentEntersBox(line[k - 1], line[k], t)) problems.push(`the close line crosses ${describeText(t)}`);
    }
  }
  // Two leaders from one spot (a record close the day before a first touch) meet where they
  // start; written to 0.1 px, they may cross there. That is no crossing to the eye.
  const oneSpot = (p: Leader, q: Leader) => Math.hypot(p.a.x - q.a.x, p.a.y - q.a.y) <= 0.5;
  const cross = (p: Leader, q: Leader) => {
    if (!oneSpot(p, q)) return segmentsCross(p.a, p.b, q.a, q.b);
    const away = (s: Leader, t: number) => ({ x: s.a.x + (s.b.x - s.a.x) * t, y: s.a.y + (s.b.y - s.a.y) * t });
    const from = (s: Leader) => away(s, 1 / Math.max(1, Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y))); // 1 px along
    return segmentsCross(from(p), p.b, from(q), q.b);
  };
  layout.leaders.forEach((p, i) => layout.leaders.slice(i + 1).forEach((q) => cross(p, q) && problems.push(`leaders cross: ${JSON.stringify(p)} ${JSON.stringify(q)}`)));
  for (const leader of layout.leaders) {
    // The label a leader leads to is the text nearest its end; it may touch that one only.
    const gap = (t: Rect) => Math.hypot(Math.max(t.x - leader.b.x, 0, leader.b.x - t.x - t.width), Math.max(t.y - leader.b.y, 0, leader.b.y - t.y - t.height));
    const own = texts.reduce((best, t) => (gap(t) < gap(best) ? t : best));
    for (const t of texts) if (t !== own && segmentEntersBox(leader.a, leader.b, t)) problems.push(`a leader crosses ${describeText(t)}`);
  }
  return problems;
}

describe('the layout check', () => {
  it('finds overlapping text, text on the line and crossing leaders', () => {
    const svg = [
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200">',
      '<text class="a" x="100" y="50" font-size="13">First close above 5,000</text>',
      '<text class="b" x="150" y="55" font-size="13"><tspan x="150" y="55" font-weight="bold">Record</tspan></text>',
      '<path class="close-line" d="M100,0L200,100"/>',
      '<line class="leader" x1="10" y1="10" x2="60" y2="190"/><line class="leader" x1="60" y1="10" x2="10" y2="190"/>',
      '</svg>',
    ].join('');
    const problems = layoutProblems(svgLayout(svg));
    expect(problems.some((p) => p.startsWith('a "First close above 5,000"') && p.includes('overlaps b "Record"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('the close line crosses'))).toBe(true);
    expect(problems.some((p) => p.startsWith('leaders cross'))).toBe(true);
  });
});

describe('chart labels', () => {
  for (const chart of charts) {
    it(`never overlap each other, the close line or leaders: ${chart.name}`, () => {
      const out = join(dir, `${chart.name.replace(/\W+/g, '-')}.svg`);
      const r = runCli(['chart', ...chart.args, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const layout = svgLayout(readFileSync(out, 'utf8'));
      const { texts } = layout;
      expect(layoutProblems(layout)).toEqual([]);
      // Not vacuous: the milestones are labelled (lines of annotation text).
      const notes = texts.filter((t) => t.className === 'annotation');
      expect(notes.length, notes.map((t) => t.text).join(' | ')).toBeGreaterThanOrEqual(chart.minNotes);
    });
  }
});
