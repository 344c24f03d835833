import { plural } from '../plural.js';
import { isoFromDayNumber } from '../calendar/dayNumber.js';
import { indexLabel } from '../registry/indexLabel.js';
import { formatLevel, formatPct, formatPoints } from '../render/formatNumbers.js';
import type { ChartLevel, ChartModel, ChartPanel } from './ChartModel.type.js';
import { escapeXml } from './escapeXml.js';
import { findValueExtent } from './findValueExtent.js';
import { formatChartDate } from './formatChartDate.js';
import { layoutChartPanel, type PanelGeometry, SVG_LAYOUT } from './layoutChartPanel.js';
import { type LabelRequest, placeLabels } from './placeLabels.js';
import type { Box, Point } from './planeGeometry.js';
import { spreadLevels } from './spreadLevels.js';
import { textWidth } from './textWidth.js';
import { thinSessions } from './thinSessions.js';
import { inWindow, windowMark, windowMarks } from './windowMark.js';
import { writeHeadline } from './writeHeadline.js';

export interface SvgOptions {
  /** Picture size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Replaces the first panel's title. */
  readonly title: string | null;
}

export const CHART_FONT = 'DejaVu Sans';
const FONT_STACK = `'${CHART_FONT}', 'Helvetica Neue', Arial, sans-serif`;
const INK = '#1a1a1a';
const MUTED = '#666666';
const GRID = '#e3e3e3';
const LINE = '#1f4e79';
const BAND = '#9ecae1';
const LEVEL = '#b03a2e';
const RECORD = '#d35400';
const PALETTE = ['#1f4e79', '#c0392b', '#2e7d32', '#8e44ad', '#d35400', '#17a2b8'];
/** Source lines at the bottom: 20 pixels plus 14 per line. */
const FOOTER_BASE = 20;
/** The plot and its date labels at least, in pixels: a smaller picture loses its subtitles first. */
const MIN_PLOT_HEIGHT = 120;
/** The room a title alone takes above the plot. */
const TITLE_ONLY = 48;
const FOOTER_LINE = 14;
const NOTE_FONT = 13;
const TITLE_FONT = 24;
const NOTE_LINE = 16;
/** Pixels between two level rules at least; closer levels are left out (see spreadLevels). */
const MIN_RULE_GAP = 16;
/**
 * The most recent milestones that get a written label, one per 40 pixels of plot height up to 6
 * (at least 2); older ones keep their marker only.
 */
const MAX_NOTES = 6;
const NOTE_ROOM = 40;

/**
 * A self-contained SVG of the chart: per panel a title, the close line over the intraday high–low
 * band, milestone levels as dashed rules, first-close markers labelled with their dates and the
 * trading days since the previous level, the record close and the last close; a source line at the
 * bottom. Elements carry stable classes (`close-line`, `level-rule`, `first-close-marker`, …) and
 * `data-*` attributes with the exact values they show.
 */
export function renderChartSvg(model: ChartModel, options: SvgOptions): string {
  const { width, height } = options;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">`,
    `<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  const source = wrapText(creditLine(model), width - 48, 12);
  const body: Box = { x: 24, y: 8, width: width - 48, height: height - 8 - FOOTER_BASE - FOOTER_LINE * source.length };
  if (model.normalize) {
    parts.push(renderNormalizedPanel(model, body, options.title));
  } else {
    const each = body.height / model.panels.length;
    model.panels.forEach((panel, i) => {
      const box = { x: body.x, y: body.y + i * each, width: body.width, height: each - (i < model.panels.length - 1 ? 12 : 0) };
      parts.push(renderPanel(panel, model, box, i === 0 ? options.title : null));
    });
  }
  source.forEach((line, k) => parts.push(text(body.x, height - 14 - FOOTER_LINE * (source.length - 1 - k), line, { class: 'source', size: 12, fill: MUTED })));
  parts.push('</svg>\n');
  return parts.join('\n');
}

function renderPanel(panel: ChartPanel, model: ChartModel, box: Box, title: string | null): string {
  const last = panel.lastClose;
  const lastLines = [formatPoints(last.value), formatChartDate(last.day)];
  const rightMargin = Math.ceil(Math.max(textWidth(lastLines[0], 15, true), textWidth(lastLines[1], 12))) + 20;
  const extent = findValueExtent(panel);
  const headline = title ?? writeHeadline(panel);
  // The plot's room is known only below the header, and which levels are drawn only once the plot is
  // laid out: the header's room is that of the subtitle naming every level's marks (never shorter),
  // its text names the marks of the levels drawn. A picture too small for both has the title alone.
  const withSubtitle = box.height - renderHeader(box, headline, panelSubtitle(panel, model, extent.levels, false)).height >= MIN_PLOT_HEIGHT;
  const subtitle = (shown: readonly ChartLevel[]) => (withSubtitle ? panelSubtitle(panel, model, shown, shown.length < extent.levels.length) : null);
  const laidOut = (room: number) => {
    const geometry = layoutChartPanel(model.span, box, model.scale, rightMargin, formatLevel, extent, room);
    return { g: geometry, levels: spreadLevels(extent.levels, (v) => geometry.y.at(v), MIN_RULE_GAP) };
  };
  const room = renderHeader(box, headline, subtitle(extent.levels)).height;
  let { g, levels } = laidOut(room);
  // Saying that some rules are left out may take a line more: then laid out again in the room left (a
  // lower plot may leave out more, which the words still say).
  const needed = renderHeader(box, headline, subtitle(levels)).height;
  if (needed > room) ({ g, levels } = laidOut(needed));
  const header = renderHeader(box, headline, subtitle(levels));
  const out: string[] = [`<g class="panel" id="panel-${escapeXml(panel.symbol)}" data-symbol="${escapeXml(panel.symbol)}" data-scale="${model.scale}">`];
  out.push(...header.parts);
  out.push(...renderAxes(g, formatLevel, new Set(levels.map((l) => l.level))));
  out.push(...renderBand(panel, g));
  out.push(...renderLevelRules(levels, g));
  const line = linePoints(panel, g);
  out.push(`<path class="close-line" d="${pathOf(line)}" fill="none" stroke="${LINE}" stroke-width="2" stroke-linejoin="round"/>`);
  const lastClose = renderLastClose(last, g, LINE, lastLines);
  out.push(...renderMarkersAndNotes(panel, levels, g, line, lastClose.box));
  out.push(...lastClose.parts);
  out.push('</g>');
  return out.join('\n');
}

function renderNormalizedPanel(model: ChartModel, box: Box, title: string | null): string {
  const panels = model.panels;
  const labels = panels.map((p) => `${p.symbol} ${formatPct(p.lastClose.value - 100)}`);
  const rightMargin = Math.ceil(Math.max(...labels.map((l) => textWidth(l, 14, true)))) + 20;
  let min = Infinity;
  let max = -Infinity;
  for (const p of panels) for (const v of p.close) (min = Math.min(min, v)), (max = Math.max(max, v));
  const extent = { min, max, levels: [] };
  const since = formatChartDate(panels[0].rebasedFrom?.day ?? model.span.first);
  const header = renderHeader(box, title ?? panels.map((p) => p.name).join(', '), `Daily close rebased to 100 on ${since} (each index's first session in range)`);
  const geometry = layoutChartPanel(model.span, box, model.scale, rightMargin, formatLevel, extent, header.height);
  const out: string[] = [`<g class="panel normalized" data-scale="${model.scale}">`];
  out.push(...header.parts);
  out.push(...renderAxes(geometry, formatLevel, new Set([100])));
  const ends: { y: number; color: string; label: string }[] = [];
  panels.forEach((p, i) => {
    const color = PALETTE[i % PALETTE.length];
    out.push(`<path class="close-line" data-symbol="${escapeXml(p.symbol)}" d="${pathOf(linePoints(p, geometry))}" fill="none" stroke="${color}" stroke-width="2"/>`);
    ends.push({ y: geometry.y.at(p.lastClose.value), color, label: labels[i] });
  });
  ends.sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) ends[i].y = Math.max(ends[i].y, ends[i - 1].y + 18);
  for (const e of ends) out.push(text(geometry.plot.x + geometry.plot.width + 8, e.y + 5, e.label, { class: 'end-label', size: 14, fill: e.color, weight: 'bold' }));
  out.push('</g>');
  return out.join('\n');
}

/** Title and subtitle (wrapped to the box); `height` is the room they take above the plot. */
function renderHeader(box: Box, title: string, subtitle: string | null): { parts: string[]; height: number } {
  const lines = subtitle === null ? [] : wrapText(subtitle, box.width, 15);
  // A long headline is set smaller rather than run off the picture.
  const size = Math.min(TITLE_FONT, Math.floor((TITLE_FONT * box.width) / textWidth(title, TITLE_FONT, true)));
  const parts = [text(box.x, box.y + 30, title, { class: 'title', size, fill: INK, weight: 'bold' })];
  lines.forEach((line, k) => parts.push(text(box.x, box.y + 56 + k * SVG_LAYOUT.subtitleLine, line, { class: 'subtitle', size: 15, fill: MUTED })));
  return { parts, height: lines.length === 0 ? TITLE_ONLY : SVG_LAYOUT.header + (lines.length - 1) * SVG_LAYOUT.subtitleLine };
}

/**
 * Axes, gridlines and value labels. The levels' values (`emphasised`) are always labelled; another
 * value label closer than 15 pixels to one already written is left out, higher values written first.
 */
function renderAxes(g: PanelGeometry, label: (v: number) => string, emphasised: ReadonlySet<number>): string[] {
  const written = [...emphasised].map((v) => g.y.at(v));
  const { plot } = g;
  const out: string[] = [`<rect class="plot-area" x="${n(plot.x)}" y="${n(plot.y)}" width="${n(plot.width)}" height="${n(plot.height)}" fill="none"/>`];
  for (const t of [...g.valueTicks.ticks].sort((a, b) => b - a)) {
    const y = g.y.at(t);
    out.push(`<line class="gridline" data-value="${t}" x1="${n(plot.x)}" y1="${n(y)}" x2="${n(plot.x + plot.width)}" y2="${n(y)}" stroke="${GRID}" stroke-width="1"/>`);
    const strong = emphasised.has(t);
    if (!strong && written.some((w) => Math.abs(w - y) < 15)) continue;
    written.push(y);
    out.push(text(plot.x - 8, y + 5, label(t), { class: 'y-tick-label', size: SVG_LAYOUT.tickFont, fill: strong ? INK : MUTED, anchor: 'end', weight: strong ? 'bold' : undefined }));
  }
  const bottom = plot.y + plot.height;
  out.push(`<line class="x-axis" x1="${n(plot.x)}" y1="${n(bottom)}" x2="${n(plot.x + plot.width)}" y2="${n(bottom)}" stroke="${INK}" stroke-width="1"/>`);
  for (const t of g.dateTicks) {
    const x = g.x.at(t.day);
    out.push(`<line class="x-tick" x1="${n(x)}" y1="${n(bottom)}" x2="${n(x)}" y2="${n(bottom + 5)}" stroke="${INK}" stroke-width="1"/>`);
    out.push(text(x, bottom + 22, t.label, { class: 'x-tick-label', size: SVG_LAYOUT.tickFont, fill: MUTED, anchor: 'middle' }));
  }
  return out;
}

/** The intraday high–low range as filled bands, one per run of sessions that have both. */
function renderBand(panel: ChartPanel, g: PanelGeometry): string[] {
  const { high, low, days } = panel;
  if (high === null || low === null) return [];
  const cols = Math.max(1, Math.round(g.plot.width));
  const bucket = (i: number) => Math.floor(((days[i] - days[0]) / (days[days.length - 1] - days[0] || 1)) * cols);
  const tops: [number, number][] = [];
  const bottoms: [number, number][] = [];
  const runs: string[] = [];
  const flush = () => {
    if (tops.length > 1) runs.push(`M${tops.map(([x, y]) => `${n(x)},${n(y)}`).join('L')}L${bottoms.reverse().map(([x, y]) => `${n(x)},${n(y)}`).join('L')}Z`);
    tops.length = 0;
    bottoms.length = 0;
  };
  let i = 0;
  while (i < days.length) {
    if (!(high[i] > 0 && low[i] > 0)) {
      flush();
      i++;
      continue;
    }
    // One point per pixel column: the column's highest high and lowest low.
    const b = bucket(i);
    let hi = high[i];
    let lo = low[i];
    let j = i + 1;
    while (j < days.length && bucket(j) === b && high[j] > 0 && low[j] > 0) (hi = Math.max(hi, high[j])), (lo = Math.min(lo, low[j])), j++;
    const x = g.x.at(days[i]);
    tops.push([x, g.y.at(hi)]);
    bottoms.push([x, g.y.at(lo)]);
    i = j;
  }
  flush();
  return runs.length === 0 ? [] : [`<path class="range-band" d="${runs.join('')}" fill="${BAND}" fill-opacity="0.55" stroke="none"/>`];
}

function renderLevelRules(levels: readonly ChartLevel[], g: PanelGeometry): string[] {
  const tickSet = new Set(g.valueTicks.ticks);
  const out: string[] = [];
  for (const l of levels) {
    const y = g.y.at(l.level);
    out.push(
      `<line class="level-rule" data-level="${l.level}" data-status="${l.status}" x1="${n(g.plot.x)}" y1="${n(y)}" x2="${n(g.plot.x + g.plot.width)}" y2="${n(y)}" stroke="${LEVEL}" stroke-width="1.2" stroke-dasharray="6 4"/>`,
    );
    if (!tickSet.has(l.level)) {
      out.push(text(g.plot.x - 8, y + 5, formatLevel(l.level), { class: 'level-label', size: SVG_LAYOUT.tickFont, fill: LEVEL, anchor: 'end', weight: 'bold' }));
    }
  }
  return out;
}

interface Note {
  readonly x: number;
  readonly y: number;
  /** Wordings, fullest first; each a list of lines, the first in bold. */
  readonly variants: string[][];
  readonly color: string;
}

/**
 * The markers of the facts in the window and their labels, placed clear of `line` (the close), of
 * each other and of `lastClose` (the last-close label's box).
 */
function renderMarkersAndNotes(panel: ChartPanel, levels: readonly ChartLevel[], g: PanelGeometry, line: readonly Point[], lastClose: Box): string[] {
  const markers: string[] = [];
  const notes: Note[] = [];
  const rec = panel.recordClose;
  if (inWindow(panel, rec.day)) {
    const x = g.x.at(rec.day);
    const y = g.y.at(rec.value);
    markers.push(
      `<path class="record-marker" data-date="${isoFromDayNumber(rec.day)}" data-value="${rec.value}" d="M${n(x)},${n(y - 7)}L${n(x + 6)},${n(y + 4)}L${n(x - 6)},${n(y + 4)}Z" fill="${RECORD}" stroke="#ffffff" stroke-width="1"/>`,
    );
    const label = `Record close ${formatPoints(rec.value)}`;
    notes.push({ x, y, variants: [[label, formatChartDate(rec.day)], [label]], color: RECORD });
  }
  for (const l of [...levels].reverse()) {
    const noted = notes.length - (inWindow(panel, rec.day) ? 1 : 0) < Math.min(MAX_NOTES, Math.max(2, Math.floor(g.plot.height / NOTE_ROOM)));
    const mark = windowMark(panel, l);
    if (mark?.kind === 'touch') {
      const x = g.x.at(mark.day);
      const y = g.y.at(mark.value);
      markers.push(
        `<circle class="first-touch-marker" data-level="${l.level}" data-date="${isoFromDayNumber(mark.day)}" data-value="${mark.value}" cx="${n(x)}" cy="${n(y)}" r="5" fill="#ffffff" stroke="${LEVEL}" stroke-width="2"/>`,
      );
      const gap = l.tradingDays !== null && l.previousLevel !== null ? `, ${plural(l.tradingDays, 'trading day')} after ${formatLevel(l.previousLevel)}` : '';
      const head = `Touched ${formatLevel(l.level)} intraday: ${formatPoints(mark.value)}`;
      const date = formatChartDate(mark.day);
      if (noted) notes.push({ x, y, variants: [[head, `${date}; no close above yet${gap}`], [head, `${date}; no close above yet`]], color: LEVEL });
    }
    if (mark?.kind === 'close') {
      const x = g.x.at(mark.day);
      const y = g.y.at(mark.value);
      markers.push(
        `<circle class="first-close-marker" data-level="${l.level}" data-date="${isoFromDayNumber(mark.day)}" data-value="${mark.value}" data-trading-days="${l.tradingDays ?? ''}" cx="${n(x)}" cy="${n(y)}" r="5" fill="${LEVEL}" stroke="#ffffff" stroke-width="1.5"/>`,
      );
      const head = `First close above ${formatLevel(l.level)}: ${formatChartDate(mark.day)}`;
      const short = `${formatLevel(l.level)}: ${formatChartDate(mark.day)}`;
      const variants = [[head], [short]];
      if (l.tradingDays !== null && l.previousLevel !== null) {
        const gap = `${plural(l.tradingDays, 'trading day')} after ${formatLevel(l.previousLevel)}`;
        variants.unshift([head, gap], [short, gap]);
      }
      if (noted) notes.push({ x, y, variants, color: LEVEL });
    }
  }
  const requests: LabelRequest[] = notes.map((note) => ({
    x: note.x,
    y: note.y,
    // The first line is bold.
    variants: note.variants.map((lines) => ({ width: Math.max(...lines.map((s, k) => textWidth(s, NOTE_FONT, k === 0))), height: lines.length * NOTE_LINE })),
  }));
  const lastPoint = { x: g.x.at(panel.lastClose.day), y: g.y.at(panel.lastClose.value) };
  const scene = { bounds: g.plot, lines: [line], markers: [...notes.map((note) => ({ x: note.x, y: note.y })), lastPoint], taken: [lastClose] };
  const placed = placeLabels(requests, scene);
  const out = [...markers];
  placed.forEach((p, i) => {
    if (p === null) return;
    const note = notes[i];
    const lines = note.variants[p.variant];
    const tx = p.anchor === 'end' ? p.box.x + p.box.width : p.box.x;
    if (p.leader !== null) {
      const { a, b } = p.leader;
      out.push(`<line class="leader" x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="${MUTED}" stroke-width="0.8"/>`);
    }
    out.push(`<rect class="annotation-background" x="${n(p.box.x - 2)}" y="${n(p.box.y - 1)}" width="${n(p.box.width + 4)}" height="${n(p.box.height + 2)}" fill="#ffffff" fill-opacity="0.85"/>`);
    const tspans = lines.map((s, k) => `<tspan x="${n(tx)}" y="${n(p.box.y + (k + 1) * NOTE_LINE - 4)}"${k === 0 ? ' font-weight="bold"' : ''}>${escapeXml(s)}</tspan>`);
    out.push(`<text class="annotation" font-size="${NOTE_FONT}" fill="${note.color}" text-anchor="${p.anchor}">${tspans.join('')}</text>`);
  });
  return out;
}

/**
 * The last close: a dot at the end of the line and its value and date right of it (right of the
 * plot, unless the index's data ends before the chart's span does). `box` is the text's room.
 */
function renderLastClose(last: { day: number; value: number }, g: PanelGeometry, color: string, lines: readonly string[]): { parts: string[]; box: Box } {
  const x = g.x.at(last.day);
  const y = g.y.at(last.value);
  const parts = [
    `<circle class="last-close-marker" data-date="${isoFromDayNumber(last.day)}" data-value="${last.value}" cx="${n(x)}" cy="${n(y)}" r="4" fill="${color}"/>`,
    text(x + 10, y + 5, lines[0], { class: 'last-close-label', size: 15, fill: color, weight: 'bold' }),
    text(x + 10, y + 21, lines[1], { class: 'last-close-date', size: 12, fill: MUTED }),
  ];
  // From the value's cap height (15 px type on a baseline at y + 5) to the date's descenders.
  const box = { x: x + 10, y: y - 7, width: Math.max(textWidth(lines[0], 15, true), textWidth(lines[1], 12)), height: 32 };
  return { parts, box };
}

function linePoints(panel: ChartPanel, g: PanelGeometry): Point[] {
  const xOf = (i: number) => g.x.at(panel.days[i]);
  return thinSessions(panel.close, Math.round(g.plot.width), xOf).map((i) => ({ x: xOf(i), y: g.y.at(panel.close[i]) }));
}

function pathOf(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)},${n(p.y)}`).join('');
}

/** What the panel shows: its dates, and the marks it draws (`levels`: those with a rule; `thinned`: some left out). */
function panelSubtitle(panel: ChartPanel, model: ChartModel, levels: readonly ChartLevel[], thinned: boolean): string {
  const range = `${formatChartDate(panel.days[0])} to ${formatChartDate(panel.days[panel.days.length - 1])}`;
  const band = panel.high !== null && panel.low !== null ? '; shaded: intraday range' : '';
  const scale = model.scale === 'log' ? ', log scale' : '';
  const who = indexLabel(panel.symbol);
  const marks = windowMarks(panel, levels);
  const legend = [
    levels.length > 0 &&
      `Dashed lines: milestones (${panel.step === null ? 'listed levels' : `every ${formatLevel(panel.step)} points`}${thinned ? ', some left out for room' : ''})`,
    marks.closes && 'dots: first close above each',
    marks.touches && 'rings: traded above, never closed above',
  ].filter((s) => s !== false);
  return `${who}, daily close ${range}${band}${scale}.${legend.length === 0 ? '' : ` ${legend.join('; ')}.`}`;
}

/**
 * The credit line: each source with the sessions the facts were counted over, `Source: S&P Dow Jones
 * Indices (24,777 sessions to Aug 21, 2026).`; several indexes from one source share its name
 * (`Source: S&P Dow Jones Indices (SPX: …; DJI: …); Nasdaq (IXIC: …).`).
 */
function creditLine(model: ChartModel): string {
  const bySource = new Map<string, string[]>();
  for (const p of model.panels) {
    const sessions = `${plural(p.sessions, 'session')} to ${formatChartDate(p.lastClose.day)}`;
    const counts = bySource.get(p.credit) ?? [];
    counts.push(model.panels.length > 1 ? `${p.symbol}: ${sessions}` : sessions);
    bySource.set(p.credit, counts);
  }
  const sources = [...bySource].map(([credit, counts]) => `${credit} (${counts.join('; ')})`);
  const terms = model.normalize ? '' : " Trading days: sessions from one level's first close to the next.";
  return `Source: ${sources.join('; ')}.${terms} Chart: milestones`;
}

/** `text` broken at spaces into lines of at most `width` pixels at `fontSize`. */
function wrapText(content: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  lines.push(line);
  return lines;
}

/** A pixel coordinate with one decimal. */
function n(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

function text(x: number, y: number, content: string, o: { class: string; size: number; fill: string; anchor?: string; weight?: string }): string {
  const anchor = o.anchor === undefined ? '' : ` text-anchor="${o.anchor}"`;
  const weight = o.weight === undefined ? '' : ` font-weight="${o.weight}"`;
  return `<text class="${o.class}" x="${n(x)}" y="${n(y)}" font-size="${o.size}" fill="${o.fill}"${anchor}${weight}>${escapeXml(content)}</text>`;
}
