import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../src/chart/renderChartSvg.js';
import { smallModel } from './smallFixture.js';

type Node = Record<string, unknown>;

/** Every element of a parsed SVG, depth first, with its tag name. */
function elements(svg: string): { tag: string; attrs: Node }[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
  const out: { tag: string; attrs: Node }[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      for (const [tag, children] of Object.entries(node)) {
        if (tag === ':@' || tag === '#text') continue;
        out.push({ tag, attrs: (node[':@'] as Node | undefined) ?? {} });
        walk(children as Node[]);
      }
    }
  };
  walk(parser.parse(svg) as Node[]);
  return out;
}

const byClass = (els: { tag: string; attrs: Node }[], name: string) => els.filter((e) => String(e.attrs.class ?? '').split(' ').includes(name));
const num = (v: unknown) => Number(v);

describe('renderChartSvg', () => {
  const svg = renderChartSvg(smallModel(), { width: 800, height: 500, title: null });
  const els = elements(svg);

  it('returns well-formed XML with the requested size', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = els[0];
    expect(root.tag).toBe('svg');
    expect([num(root.attrs.width), num(root.attrs.height)]).toEqual([800, 500]);
  });

  it('draws one rule per milestone level in range and one marker per first close', () => {
    // Levels 100, 200 (confirmed), 300 (pending, touched at 305): see smallFixture.ts.
    const rules = byClass(els, 'level-rule');
    expect(rules.map((r) => num(r.attrs['data-level']))).toEqual([100, 200, 300]);
    const markers = byClass(els, 'first-close-marker');
    expect(markers.map((m) => [num(m.attrs['data-level']), m.attrs['data-date'], num(m.attrs['data-trading-days'] || NaN)])).toEqual([
      [200, '2024-01-07', 4],
      [100, '2024-01-03', NaN],
    ]);
    expect(byClass(els, 'first-touch-marker').map((m) => [num(m.attrs['data-level']), m.attrs['data-date']])).toEqual([[300, '2024-01-11']]);
    expect(byClass(els, 'record-marker').map((m) => m.attrs['data-date'])).toEqual(['2024-01-11']);
  });

  it('places the plot area and a known point at the pixels worked out by hand', () => {
    // Widths are DejaVu Sans advances (font units of 2,048 to the em, read from the TTF files).
    // Footer: the 131-character source line at 12 px is 773.3 px, wider than 800 − 48 = 752: it
    // wraps before "milestones" (704.2 px) onto 2 lines, 20 + 2 × 14 = 48. Panel box: x 24, y 8,
    // 752 × (500 − 8 − 48) = 444. Header: the subtitle at 15 px wraps after "milestones" (730.2 px;
    // with " (every" 783.2) onto 2 lines: 78 + 18 = 96. Plot top 8 + 96 = 104, height 444 − 96 − 30 =
    // 318; 318 / 80 ≈ 4 ticks → step 100, domain 0 … 400 (scales.test.ts).
    // Left: widest value label "400" in bold (a level's label is), 3 × 1,425 / 2,048 × 14 = 29.22
    // → 30, + 12 gap: plot x = 24 + 42 = 66.
    // Right margin: widest of "250.00" in bold 15 px ((5 × 1,425 + 778) / 2,048 × 15 = 57.88) and
    // "Jan 11, 2024" at 12 px (12,928 / 2,048 × 12 = 75.75) → 76, + 20 = 96: plot width =
    // 24 + 752 − 96 − 66 = 614.
    const [plot] = byClass(els, 'plot-area');
    expect([plot.attrs.x, plot.attrs.y, plot.attrs.width, plot.attrs.height].map(num)).toEqual([66, 104, 614, 318]);
    expect(byClass(els, 'subtitle')).toHaveLength(2);
    expect(byClass(els, 'source')).toHaveLength(2);
    // First close above 200: 2024-01-07 = day 6 of 0 … 10, close 205.
    // x = 66 + 614 × 6/10 = 434.4; y = 104 + 318 × (400 − 205)/400 = 259.025 (written to 0.1 px).
    const [marker] = byClass(els, 'first-close-marker').filter((m) => m.attrs['data-level'] === '200');
    expect(num(marker.attrs.cx)).toBeCloseTo(434.4, 5);
    expect(num(marker.attrs.cy)).toBeCloseTo(259, 5);
    // The 300 rule: y = 104 + 318 × 100/400 = 183.5; the 100 rule: 104 + 318 × 300/400 = 342.5.
    const rule = (level: string) => byClass(els, 'level-rule').find((r) => r.attrs['data-level'] === level) as { attrs: Node };
    expect(['x1', 'y1', 'x2', 'y2'].map((k) => num(rule('300').attrs[k]))).toEqual([66, 183.5, 680, 183.5]);
    expect(num(rule('100').attrs.y1)).toBe(342.5);
  });

  it('starts the close line at the first session and ends it at the last', () => {
    const [line] = byClass(els, 'close-line');
    const points = [...String(line.attrs.d).matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points).toHaveLength(11);
    // Row 0: close 90 at x 66, y = 104 + 318 × 310/400 = 350.45; row 10: close 250 at x 66 + 614 = 680,
    // y = 104 + 318 × 150/400 = 223.25. Written to 0.1 px.
    const near = ([x, y]: number[], [ex, ey]: number[]) => Math.abs(x - ex) <= 0.05 + 1e-9 && Math.abs(y - ey) <= 0.05 + 1e-9;
    expect(near(points[0], [66, 350.45]), `first point ${points[0]}`).toBe(true);
    expect(near(points[10], [680, 223.25]), `last point ${points[10]}`).toBe(true);
  });

  it('labels the levels, the markers, the last close and the source', () => {
    const texts = svg.replace(/<[^>]+>/g, '\n').split('\n').filter((s) => s.trim() !== '');
    expect(texts).toContain('First close above 200: Jan 7, 2024');
    expect(texts).toContain('4 trading days after 100');
    expect(texts).toContain('250.00');
    // The last session traded above 300 for the first time and closed below it (writeHeadline.ts).
    expect(texts).toContain('SMALL tops 300 intraday but closes below it');
    expect(texts.some((t) => t.startsWith('Source: small.csv (11 sessions to Jan 11, 2024)'))).toBe(true);
  });

  it('escapes names that are not XML-safe', () => {
    const model = smallModel();
    const panel = { ...model.panels[0], symbol: 'S&P', name: 'S&P <500>' };
    const text = renderChartSvg({ ...model, panels: [panel] }, { width: 800, height: 500, title: null });
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('S&amp;P &lt;500&gt;');
  });
});
