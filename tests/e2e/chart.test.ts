import stringWidth from 'string-width';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { SMALL_CSV } from '../chart/smallFixture.js';
import { ROOT, runCli } from '../helpers/runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'milestones-chart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Attrs = Record<string, string>;

/** The attributes of every element with class `name`, in document order. */
function withClass(svg: string, name: string): Attrs[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
  const out: Attrs[] = [];
  const walk = (nodes: Record<string, unknown>[]) => {
    for (const node of nodes) {
      const attrs = (node[':@'] ?? {}) as Attrs;
      if ((attrs.class ?? '').split(' ').includes(name)) out.push(attrs);
      for (const [tag, children] of Object.entries(node)) if (tag !== ':@' && tag !== '#text') walk(children as Record<string, unknown>[]);
    }
  };
  walk(parser.parse(svg));
  return out;
}

/** The text of every element with class `name` (one line each), in document order. */
function textsOf(svg: string, name: string): string[] {
  return [...svg.matchAll(new RegExp(`<text class="${name}"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1]);
}

/**
 * The stderr lines that are not data-quality warnings (the ingest may warn about the fixtures, e.g.
 * weekend or flat rows; those notes are not what these tests check).
 */
function messages(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '' && !l.startsWith('milestones: warning: '));
}

/** Session dates of a fixture, in file order (fixtures are ascending). */
function fixtureDates(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8').trim().split('\n').slice(1).map((l) => l.slice(0, 10));
}

describe('milestones chart --out', () => {
  it('writes valid XML and a picture whatever control characters a symbol or title holds', () => {
    const csv = join(dir, 'control.csv');
    writeFileSync(csv, 'date,symbol,close\n2024-01-02,A\u0001B,100\n2024-01-03,A\u0001B,1100\n');
    const svg = join(dir, 'control.svg');
    expect(runCli(['chart', csv, '--out', svg, '--title', 'T\u0001\u001b[31mitle']).code).toBe(0);
    expect(XMLValidator.validate(readFileSync(svg, 'utf8'))).toBe(true);
    expect(readFileSync(svg, 'utf8')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(runCli(['chart', csv, '--out', join(dir, 'control.png'), '--title', 'A\u0001B']).code).toBe(0);
  });

  it('writes a PNG of the requested size that is not blank', () => {
    const out = join(dir, 'spx.png');
    const r = runCli(['chart', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--from', '2024-01-01', '--out', out, '--width', '640', '--height', '360']);
    expect(messages(r.stderr)).toEqual([`milestones: wrote ${out} (640×360 PNG)`]);
    expect(r.code).toBe(0);
    expect(r.stdout, 'stdout carries no messages').toBe('');
    const png = PNG.sync.read(readFileSync(out));
    expect([png.width, png.height]).toEqual([640, 360]);
    let inked = 0;
    let blue = 0;
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) {
      const [red, green, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (red + green + b < 720) inked++;
      // The close line's dark blue (#1f4e79).
      if (b > red + 60 && b > 90 && red < 80) blue++;
      colours.add((red << 16) | (green << 8) | b);
    }
    const pixels = png.width * png.height;
    expect(inked / pixels, 'some ink, on a mostly white page').toBeGreaterThan(0.02);
    expect(inked / pixels).toBeLessThan(0.5);
    expect(blue, 'the close line is drawn').toBeGreaterThan(500);
    expect(colours.size, 'anti-aliased text and lines, not a flat image').toBeGreaterThan(50);
  });

  it('writes an SVG with the published milestone facts for the S&P 500 to 2026-01-28', () => {
    const out = join(dir, 'spx.svg');
    const r = runCli(['chart', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--from', '2024-01-01', '--out', out]);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="675"/);
    // 2024-01-02 … 2026-01-28 trades between 4,682 and 7,002.28: the 5,000, 6,000 and 7,000 levels.
    expect(withClass(svg, 'level-rule').map((a) => [a['data-level'], a['data-status']])).toEqual([
      ['5000', 'confirmed'],
      ['6000', 'confirmed'],
      ['7000', 'pending'],
    ]);
    // Dow Jones Market Data: 719 trading days from 4,000 to 5,000, 190 from 5,000 to 6,000.
    const markers = withClass(svg, 'first-close-marker').map((a) => [a['data-level'], a['data-date'], a['data-trading-days']]);
    expect(markers).toEqual([
      ['6000', '2024-11-11', '190'],
      ['5000', '2024-02-09', '719'],
    ]);
    expect(withClass(svg, 'first-touch-marker').map((a) => [a['data-level'], a['data-date'], Number(a['data-value']).toFixed(2)])).toEqual([['7000', '2026-01-28', '7002.28']]);
    expect(withClass(svg, 'record-marker').map((a) => [a['data-date'], a['data-value']])).toEqual([['2026-01-27', '6978.6']]);
    expect(withClass(svg, 'last-close-marker').map((a) => [a['data-date'], a['data-value']])).toEqual([['2026-01-28', '6978.03']]);
    expect(svg).toContain('>6,978.03</text>');
    expect(svg).toContain('190 trading days after 5,000');
    // The S&P 500's publisher (the registry's), not the file, is credited.
    expect(svg).toContain('Source: S&amp;P Dow Jones Indices (24,635 sessions to Jan 28, 2026).');
    // Whole history to the as-of date, the window does not change the facts; 2 years is linear.
    expect(withClass(svg, 'panel')[0]['data-scale']).toBe('linear');
  });

  it('starts a little before the last two milestones when --step is given without --from', () => {
    const out = join(dir, 'focus.svg');
    const r = runCli(['chart', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--step', '1000', '--out', out]);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    // Last two milestones: 6,000 first closed 2024-11-11, 7,000 touched 2026-01-28, 302 sessions
    // later; lead = max(20, round(302 / 10)) = 30 sessions before 2024-11-11.
    const dates = fixtureDates('fixtures/spx.csv');
    const row = dates.indexOf('2024-11-11');
    expect(dates.indexOf('2026-01-28') - row).toBe(302);
    const first = dates[row - 30];
    const [y, m, d] = first.split('-').map(Number);
    const shown = `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${d}, ${y}`;
    expect(svg).toContain(`S&amp;P 500 (SPX), daily close ${shown} to Jan 28, 2026`);
    expect(withClass(svg, 'first-close-marker').map((a) => a['data-level'])).toEqual(['6000']);
  });

  it('draws one panel per index, or one rebased panel with --normalize', () => {
    const out = join(dir, 'two.svg');
    const files = ['fixtures/spx.csv', 'fixtures/ixic.csv', '--from', '2025-01-01', '--as-of', '2026-01-28'];
    expect(runCli(['chart', ...files, '--out', out]).code).toBe(0);
    expect(withClass(readFileSync(out, 'utf8'), 'panel').map((a) => a['data-symbol'])).toEqual(['SPX', 'IXIC']);
    expect(runCli(['chart', ...files, '--normalize', '--out', out]).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(withClass(svg, 'panel')).toHaveLength(1);
    expect(withClass(svg, 'close-line').map((a) => a['data-symbol'])).toEqual(['SPX', 'IXIC']);
    expect(withClass(svg, 'level-rule')).toEqual([]);
    // SPX: 5,868.55 on 2025-01-02 → 6,978.03 on 2026-01-28 = +18.91%.
    expect(svg).toContain('>SPX +18.91%</text>');
  });

  it('uses a log scale for a history spanning more than 10x', () => {
    const out = join(dir, 'log.svg');
    expect(runCli(['chart', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--out', out]).code).toBe(0);
    expect(withClass(readFileSync(out, 'utf8'), 'panel')[0]['data-scale']).toBe('log');
    expect(runCli(['chart', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--linear', '--out', out]).code).toBe(0);
    expect(withClass(readFileSync(out, 'utf8'), 'panel')[0]['data-scale']).toBe('linear');
  });
});

describe('milestones chart with several indexes', () => {
  /** Days since 1970-01-01 of an ISO date, worked out with the platform's calendar. */
  const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const points = (d: string) => [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

  it('shares one time window across the panels without --normalize', () => {
    const out = join(dir, 'shared.svg');
    expect(runCli(['chart', 'fixtures/spx.csv', 'fixtures/dji.csv', '--out', out]).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    // The window runs from the earliest first session (the Dow's) to the latest last one (the S&P's).
    const spx = fixtureDates('fixtures/spx.csv');
    const dji = fixtureDates('fixtures/dji.csv');
    const first = dayOf([spx[0], dji[0]].sort()[0]);
    const last = dayOf([spx.at(-1)!, dji.at(-1)!].sort()[1]);
    expect([dji[0], spx.at(-1)]).toEqual(['1896-05-27', '2026-08-21']);
    const plots = withClass(svg, 'plot-area').map((a) => ({ x: Number(a.x), width: Number(a.width) }));
    const lines = withClass(svg, 'close-line').map((a) => points(a.d));
    const xOf = (k: number, iso: string) => plots[k].x + (plots[k].width * (dayOf(iso) - first)) / (last - first);
    // Panel 0, the S&P 500 from 1927-12-30, starts right of its plot's left edge; the Dow's panel starts at it.
    for (const [k, dates] of [[0, spx], [1, dji]] as const) {
      expect(Math.abs(lines[k][0][0] - xOf(k, dates[0])), `panel ${k} first session`).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(lines[k].at(-1)![0] - xOf(k, dates.at(-1)!)), `panel ${k} last session`).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    expect(lines[1][0][0]).toBe(plots[1].x);
    // Both panels label the same years.
    const years = textsOf(svg, 'x-tick-label');
    expect(years.slice(0, years.length / 2)).toEqual(years.slice(years.length / 2));
  });

  it('starts each rebased line at its own first session with --normalize', () => {
    const out = join(dir, 'rebased.svg');
    expect(runCli(['chart', 'fixtures/spx.csv', 'fixtures/ixic.csv', '--normalize', '--out', out]).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    // One axis from the S&P 500's first session (1927) on; the Nasdaq's line begins in 1971, at 100.
    const [plot] = withClass(svg, 'plot-area').map((a) => ({ x: Number(a.x), width: Number(a.width) }));
    const [spx, ixic] = withClass(svg, 'close-line').map((a) => points(a.d));
    expect(spx[0][0]).toBe(plot.x);
    const first = dayOf('1927-12-30');
    const expected = plot.x + (plot.width * (dayOf('1971-02-05') - first)) / (dayOf('2026-08-21') - first);
    expect(Math.abs(ixic[0][0] - expected)).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it('stacks the terminal panels within the terminal rows: 24 when not a terminal', () => {
    const r = runCli(['chart', 'fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv', '--no-color']);
    expect(r.code).toBe(0);
    const lines = r.stdout.replace(/\n$/, '').split('\n');
    // 24 rows − 2 blank lines between panels = 22: 8 + 7 + 7 (the first takes the spare row).
    expect(lines).toHaveLength(24);
    expect([0, 9, 17].map((i) => lines[i].split('  ')[0])).toEqual(['S&P 500 (SPX)', 'Dow Jones Industrial Average (DJI)', 'Nasdaq Composite (IXIC)']);
    expect([lines[8], lines[16]]).toEqual(['', '']);
    // --height 40: 38 rows = 13 + 13 + 12.
    const tall = runCli(['chart', 'fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv', '--no-color', '--height', '40']).stdout.replace(/\n$/, '').split('\n');
    expect(tall).toHaveLength(40);
    expect([tall[13], tall[27]]).toEqual(['', '']);
  });
});

describe('milestones chart credit line', () => {
  const credit = (svg: string) => textsOf(svg, 'source').join(' ');
  /** Sessions of a fixture up to `asOf`, with thousands separators. */
  const sessions = (file: string, asOf: string) => fixtureDates(file).filter((d) => d <= asOf).length.toLocaleString('en-US');

  it("names the index's publisher, or the --source given", () => {
    const out = join(dir, 'credit.svg');
    const args = ['chart', 'fixtures/spx.csv', 'fixtures/ixic.csv', '--as-of', '2026-01-28', '--from', '2025-06-01', '--out', out];
    expect(runCli(args).code).toBe(0);
    const [spx, ixic] = [sessions('fixtures/spx.csv', '2026-01-28'), sessions('fixtures/ixic.csv', '2026-01-28')];
    expect(credit(readFileSync(out, 'utf8'))).toContain(`Source: S&amp;P Dow Jones Indices (SPX: ${spx} sessions to Jan 28, 2026); Nasdaq (IXIC: ${ixic} sessions to Jan 28, 2026).`);
    expect(runCli([...args, '--source', 'Example <Data> Co']).code).toBe(0);
    expect(credit(readFileSync(out, 'utf8'))).toContain(`Source: Example &lt;Data&gt; Co (SPX: ${spx} sessions to Jan 28, 2026; IXIC: ${ixic} sessions to Jan 28, 2026).`);
  });

  it("names the file, not its path, for an index the registry does not know; standard input as such", () => {
    const sub = join(dir, 'deep', 'er');
    mkdirSync(sub, { recursive: true });
    const csv = join(sub, 'widgets.csv');
    writeFileSync(csv, 'date,close\n2024-01-02,100\n2024-01-03,101\n');
    const out = join(dir, 'widgets.svg');
    expect(runCli(['chart', csv, '--out', out]).code).toBe(0);
    expect(credit(readFileSync(out, 'utf8'))).toMatch(/^Source: widgets\.csv \(2 sessions to Jan 3, 2024\)\./);
    expect(runCli(['chart', '-', '--symbol', 'widgets', '--out', out], { input: 'date,close\n2024-01-02,100\n2024-01-03,101\n' }).code).toBe(0);
    expect(credit(readFileSync(out, 'utf8'))).toMatch(/^Source: standard input \(2 sessions to Jan 3, 2024\)\./);
  });
});

describe('milestones chart in the terminal', () => {
  const args = ['chart', '-', '--symbol', 'small', '--step', '100', '--from', '2024-01-01', '--width', '60', '--height', '14'];

  it('draws the chart at the requested size, without colour when not a terminal', () => {
    const r = runCli(args, { input: SMALL_CSV });
    expect(r.code).toBe(0);
    expect(messages(r.stderr)).toEqual([]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(14);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    // Hand-worked rows: see tests/chart/renderChartTerminal.test.ts.
    expect(lines[6].startsWith('200 ┤')).toBe(true);
    expect(lines[6][33]).toBe('●');
  });

  it('colours with FORCE_COLOR and never with --no-color', () => {
    expect(runCli(args, { input: SMALL_CSV, env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runCli([...args, '--no-color'], { input: SMALL_CSV, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('is 80 columns by 24 rows when the output is not a terminal', () => {
    const r = runCli(['chart', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--from', '2024-01-01']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(24);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(lines[0]).toBe('S&P 500 (SPX)  daily close 2024-01-02 to 2026-01-28  last 6,978.03');
    expect(lines.filter((l) => /^[\d,]+ ┤┄/.test(l)).map((l) => l.split(' ')[0])).toEqual(['7,000', '6,000', '5,000']);
  });
});

describe('milestones chart legends', () => {
  // S&P 500 closes (fixtures/spx.csv, read with awk): May 2025 between 5,604.14 and 5,963.60, no level near;
  // 2025 from 4,982.77 (Apr 8) to 6,932.05 (Dec 24), highs to 6,945.77; above 5,000 and 6,000 since 2024 (first
  // closes 2024-02-09 and 2024-11-11), 7,000 never traded above.
  const window = (levels: string, from: string, to: string) => ['chart', 'fixtures/spx.csv', '--levels', levels, '--from', from, '--to', to];

  it('name only the marks a window draws, in the terminal and in a picture', () => {
    const none = runCli([...window('7000', '2025-05-01', '2025-05-30'), '--width', '80', '--height', '12']);
    // The record close (2025-02-19) is before the window: named, without the ▲ that is not drawn.
    expect(none.stdout.trimEnd().split('\n').at(-1)).toBe('record close 6,144.15 2025-02-19');
    const rules = runCli([...window('5000,6000,7000', '2025-01-01', '2025-12-31'), '--width', '80', '--height', '14']);
    expect(rules.stdout.trimEnd().split('\n').at(-1)).toBe('┄ level  ▲ record close 6,932.05 2025-12-24');
    const svg = join(dir, 'legend.svg');
    expect(runCli([...window('7000', '2025-05-01', '2025-05-30'), '--out', svg]).code).toBe(0);
    expect(textsOf(readFileSync(svg, 'utf8'), 'subtitle').join(' ')).toBe('S&amp;P 500 (SPX), daily close May 1, 2025 to May 30, 2025; shaded: intraday range.');
    expect(runCli([...window('5000,6000,7000', '2025-01-01', '2025-12-31'), '--out', svg]).code).toBe(0);
    expect(textsOf(readFileSync(svg, 'utf8'), 'subtitle').join(' ')).toMatch(/Dec 31, 2025; shaded: intraday range\. Dashed lines: milestones \(listed levels\)\.$/);
  });

  it('gives a picture too small for its subtitle the title alone, above a plot of some height', () => {
    const svg = join(dir, 'small.svg');
    expect(runCli(['chart', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--from', '2024-01-01', '--width', '320', '--height', '240', '--out', svg]).code).toBe(0);
    const picture = readFileSync(svg, 'utf8');
    expect(textsOf(picture, 'subtitle')).toEqual([]);
    const titleY = Number(/class="title"[^>]* y="([\d.]+)"/.exec(picture)?.[1]);
    const rules = [...picture.matchAll(/class="level-rule"[^>]* y1="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(rules.length).toBeGreaterThan(0);
    expect(Math.min(...rules), 'every rule below the title').toBeGreaterThan(titleY + 10);
  });

  it('leaves out a piece of the title or legend that does not fit rather than cut a number, counting wide characters as two', () => {
    const rut = runCli(['chart', 'fixtures/rut.csv', '--log']).stdout.split('\n');
    expect(rut[0]).toBe('Russell 2000 (RUT)  daily close 1987-09-10 to 2026-08-21, log scale');
    const dir2 = join(dir, 'wide');
    mkdirSync(dir2, { recursive: true });
    const path = join(dir2, 'wide.csv');
    writeFileSync(path, 'date,close\n2024-01-02,100\n2024-01-03,101\n2024-01-04,102\n');
    const title = runCli(['chart', path, '--symbol', '日本'.repeat(30), '-q']).stdout.split('\n')[0];
    expect(stringWidth(title)).toBeLessThanOrEqual(80);
    expect(title.endsWith('…')).toBe(true);
  });

  it('gives a flat window an axis from 1% below to 1% above its one value', () => {
    const path = join(dir, 'flat.csv');
    writeFileSync(path, 'date,high,low,close\n2024-01-02,5000,5000,5000\n2024-01-03,5000,5000,5000\n2024-01-04,5000,5000,5000\n');
    const lines = runCli(['chart', path, '--height', '12', '-q']).stdout.split('\n');
    // 5,000 × 1.01 = 5,050 at the top, 5,000 × 0.99 = 4,950 at the bottom.
    expect(lines.filter((l) => /^\s*[\d,]+ ┤/.test(l)).map((l) => l.trim().split(' ')[0])).toEqual(['5,050', '4,950']);
  });

  it('writes one trading day in the singular', () => {
    // fixtures/spx.csv (awk): the first close above 4,839 is 4,839.81 on Friday 2024-01-19, above 4,850 the
    // next session's 4,850.43 on Monday 2024-01-22.
    const svg = join(dir, 'singular.svg');
    expect(runCli([...window('4839,4850', '2024-01-01', '2024-01-31'), '--out', svg]).code).toBe(0);
    expect(readFileSync(svg, 'utf8')).toContain('1 trading day after 4,839');
    expect(runCli([...window('4839,4850', '2024-01-01', '2024-01-31')]).stdout).not.toContain('1 trading days');
  });

  it('in a picture, names no dot for a level left out to keep the rules apart', () => {
    // fixtures/spx.csv (awk): 2024-02-09 closed at 5,026.61, the first close above 5,000, with a high of
    // 5,030.06; the first close above 5,030 came on 2024-02-22. From 2023 (closes near 3,800) the two
    // levels are a few pixels apart: only the higher, 5,030, gets a rule, and its mark is the ring of
    // that touch. The dot of 5,000 is not drawn, so the subtitle does not name dots.
    const svg = join(dir, 'thinned.svg');
    expect(runCli([...window('5000,5030', '2023-01-01', '2024-02-09'), '--out', svg]).code).toBe(0);
    const picture = readFileSync(svg, 'utf8');
    expect(picture.match(/class="level-rule" data-level="\d+"/g)).toEqual(['class="level-rule" data-level="5030"']);
    expect(picture).not.toContain('first-close-marker');
    expect(picture).toContain('class="first-touch-marker" data-level="5030" data-date="2024-02-09"');
    expect(textsOf(picture, 'subtitle').join(' ')).toMatch(/Dashed lines: milestones \(listed levels, some left out for room\); rings: traded above, never closed above\.$/);
  });
});

describe('milestones chart --out', () => {
  it('replaces a file whole or not at all: no partial file is left when the write fails', () => {
    const target = join(dir, 'taken.svg');
    mkdirSync(target); // a directory where the picture should go: the final step (the rename) fails
    const r = runCli(['chart', 'fixtures/spx.csv', '--out', target]);
    expect(r.code).toBe(5);
    expect(messages(r.stderr)).toEqual([`milestones: ${target}: is a directory`]);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });
});

describe('milestones chart errors', () => {
  const cases = [
    { name: 'an unknown picture type', args: ['--out', 'chart.pdf'], code: 2, message: /--out must name a \.svg or \.png file, got "chart\.pdf"/ },
    { name: 'both --log and --linear', args: ['--log', '--linear'], code: 2, message: /either --log or --linear/ },
    { name: '--from after --to', args: ['--from', '2025-01-02', '--to', '2025-01-01'], code: 2, message: /--from is after --to/ },
    { name: 'a terminal too small', args: ['--width', '20'], code: 2, message: /--width must be at least 40 columns/ },
    { name: 'no session in range', args: ['--from', '2030-01-01'], code: 3, message: /^milestones: fixtures\/spx\.csv: SPX has no session from 2030-01-01 to the end\n$/ },
    { name: 'an unwritable output', args: ['--out', '/nonexistent-dir/chart.svg'], code: 5, message: /^milestones: \/nonexistent-dir\/chart\.svg: no such directory\n$/ },
  ];
  for (const c of cases) {
    it(`exits ${c.code} with one line for ${c.name}`, () => {
      const r = runCli(['chart', 'fixtures/spx.csv', ...c.args]);
      expect(r.code).toBe(c.code);
      expect(r.stdout).toBe('');
      expect(messages(r.stderr)).toHaveLength(1);
      expect(messages(r.stderr)[0] + '\n').toMatch(c.message);
    });
  }
});

describe('the pictures of docs/charts.md and the README', () => {
  const page = readFileSync(join(ROOT, 'docs/charts.md'), 'utf8');

  it('shows a picture that the command draws today', () => {
    // The committed SVG beside the PNG is the text of the same picture: if the drawing changes,
    // regenerate both with the page's command (and --out docs/spx-2026-01-28.svg).
    const command = /`milestones (chart [^`]+) --out docs\/spx-2026-01-28\.png`/.exec(page)?.[1] as string;
    expect(command).toBe('chart fixtures/spx.csv --as-of 2026-01-28 --from 2024-01-01');
    const out = join(dir, 'page.svg');
    const r = runCli([...command.split(/\s+/), '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'docs/spx-2026-01-28.svg'), 'utf8'));
    const png = PNG.sync.read(readFileSync(join(ROOT, 'docs/spx-2026-01-28.png')));
    expect([png.width, png.height]).toEqual([1200, 675]);
    expect(page).toContain('](spx-2026-01-28.png)');
  });

  it('shows in the README the full history the README command draws', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('```sh\nmilestones chart fixtures/spx.csv --out docs/spx-full-history.png\n```');
    expect(readme).toContain('](docs/spx-full-history.png)');
    const png = PNG.sync.read(readFileSync(join(ROOT, 'docs/spx-full-history.png')));
    expect([png.width, png.height]).toEqual([1200, 675]);
  });
});
