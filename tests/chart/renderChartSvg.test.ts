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
    // Panel box: x 24, y 8, 752 × (500 − 8 − 34 footer) = 458. Plot top 8 + 78 header = 86,
    // height 458 − 78 − 30 = 350; 350 / 80 ≈ 4 ticks → step 100, domain 0 … 400 (scales.test.ts).
    // Left: widest tick "400" = 3 × 14 × 0.62 = 26.04 → 27, + 12 gap: plot x = 24 + 39 = 63.
    // Right margin: widest of "250.00" (6 × 15 × 0.62 = 55.8) and "Jan 11, 2024" (12 × 12 × 0.62
    // = 89.28) → 90, + 20 = 110: plot width = 24 + 752 − 110 − 63 = 603.
    const [plot] = byClass(els, 'plot-area');
    expect([plot.attrs.x, plot.attrs.y, plot.attrs.width, plot.attrs.height].map(num)).toEqual([63, 86, 603, 350]);
    // First close above 200: 2024-01-07 = day 6 of 0 … 10, close 205.
    // x = 63 + 603 × 6/10 = 424.8; y = 86 + 350 × (400 − 205)/400 = 256.625 → "256.6".
    const [marker] = byClass(els, 'first-close-marker').filter((m) => m.attrs['data-level'] === '200');
    expect(num(marker.attrs.cx)).toBeCloseTo(424.8, 5);
    expect(num(marker.attrs.cy)).toBeCloseTo(256.6, 5);
    // The 300 rule: y = 86 + 350 × 100/400 = 173.5, across the whole plot.
    const [rule] = byClass(els, 'level-rule').filter((r) => r.attrs['data-level'] === '300');
    expect([rule.attrs.x1, rule.attrs.y1, rule.attrs.x2, rule.attrs.y2].map(num)).toEqual([63, 173.5, 666, 173.5]);
  });

  it('starts the close line at the first session and ends it at the last', () => {
    const [line] = byClass(els, 'close-line');
    const d = String(line.attrs.d);
    // Row 0: close 90 → y = 86 + 350 × 310/400 = 357.25 → "357.3"; row 10: close 250 at x 666, y 217.25.
    expect(d.startsWith('M63,357.3L')).toBe(true);
    expect(d.endsWith('L666,217.3')).toBe(true);
    expect(d.match(/[ML]/g)).toHaveLength(11);
  });

  it('labels the levels, the markers, the last close and the source', () => {
    const texts = svg.replace(/<[^>]+>/g, '\n').split('\n').filter((s) => s.trim() !== '');
    expect(texts).toContain('First close above 200: Jan 7, 2024');
    expect(texts).toContain('4 trading days after 100');
    expect(texts).toContain('250.00');
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
