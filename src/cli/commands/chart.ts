import type { Command } from 'commander';
import { isoFromDayNumber } from '../../calendar/dayNumber.js';
import { buildChartPanel, toChartLevels } from '../../chart/buildChartPanel.js';
import type { ChartModel, ChartPanel } from '../../chart/ChartModel.type.js';
import { chooseChartScale } from '../../chart/chooseChartScale.js';
import { chooseChartWindow } from '../../chart/chooseChartWindow.js';
import { rebasePanel } from '../../chart/rebasePanel.js';
import { CHART_FONT, renderChartSvg } from '../../chart/renderChartSvg.js';
import { renderChartTerminal } from '../../chart/renderChartTerminal.js';
import { InputError, type InputWarning } from '../../errors.js';
import { escapeControls } from '../../render/escapeControls.js';
import type { CommandContext } from '../CommandContext.type.js';
import { type ChartOptions, MAX_SIZE, MIN_SIZE, type RawChartOptions, toChartOptions } from '../chartOptions.js';
import { decideWidth } from '../decideWidth.js';
import { EXIT } from '../exitCodes.js';
import { type InputFile, resolveInputs } from '../inputFiles.js';
import type { Io } from '../Io.type.js';
import { parseDateOption, parsePositive } from '../parsers.js';
import { addReadOptions } from '../readOptions.js';
import { readFolds, reportOf } from '../readReports.js';
import { asOfOption, atOrAboveOption, chalkFor, levelsOption, noColorOption, printWarnings, sampleOption, stepOption, symbolOption } from '../sharedOptions.js';

/**
 * Default sizes: a terminal that does not report its size, and a 16:9 picture, taller when it
 * stacks several indexes (`perPanel` pixels each).
 */
export const DEFAULT_TERMINAL = { columns: 80, rows: 24 } as const;
export const DEFAULT_PICTURE = { width: 1200, height: 675, perPanel: 330 } as const;

/**
 * Reads every file and builds the chart's panels (one per index). Without `--normalize` the panels
 * share one time window: from the earliest first session any index's own window shows to the latest
 * last one (an index whose data starts later, or ends sooner, leaves that part of its panel empty).
 */
export async function buildChartModel(inputs: readonly InputFile[], options: ChartOptions, io: Io): Promise<{ model: ChartModel; warnings: InputWarning[] }> {
  const asOfDay = options.compute.asOfDay ?? options.toDay;
  const toDay = options.toDay === null ? asOfDay : Math.min(options.toDay, asOfDay ?? options.toDay);
  const settings = { ...options.compute, asOfDay };
  // Only the sessions a chart can show are kept: from --from on (all of them without it).
  const read = await readFolds(inputs, settings, io, { window: { fromDay: options.fromDay } });
  const warnings = [...read.warnings];
  const indexes = read.indexes.map((index) => {
    const report = reportOf(index, warnings);
    const series = index.fold.window!.series(index.symbol, index.source);
    const window = chooseChartWindow(series.days, toChartLevels(report), { fromDay: options.fromDay, toDay, focusLastMilestones: options.focusLastMilestones });
    if (window === null) {
      const from = options.fromDay === null ? 'the start' : isoFromDayNumber(options.fromDay);
      throw new InputError(index.source, null, `${index.symbol} has no session from ${from} to ${toDay === null ? 'the end' : isoFromDayNumber(toDay)}`);
    }
    return { index, report, series, window };
  });
  const sharedFrom = Math.min(...indexes.map(({ series, window }) => series.days[window.start]));
  const panels: ChartPanel[] = indexes.map(({ index, report, series, window }) => {
    // An earlier start than the index's own window holds a session of it whenever the own one did.
    const shown = options.normalize ? window : (chooseChartWindow(series.days, [], { fromDay: sharedFrom, toDay, focusLastMilestones: false }) as typeof window);
    const plan = index.fold.config.plan;
    const panel = buildChartPanel(series, report, shown, plan.kind === 'step' ? plan.step : null, options.source);
    return options.normalize ? rebasePanel(panel) : panel;
  });
  const span = { first: Math.min(...panels.map((p) => p.days[0])), last: Math.max(...panels.map((p) => p.days[p.days.length - 1])) };
  return { model: { panels, span, normalize: options.normalize, scale: chooseChartScale(panels, options.scale) }, warnings };
}

const CHART_EXAMPLES = `
Examples:
  The S&P 500's whole history in the terminal (log scale: it spans over 10x):
    $ milestones chart fixtures/spx.csv
  The run to 7,000 as a PNG for publication:
    $ milestones chart fixtures/spx.csv --as-of 2026-01-28 --from 2024-01-01 \\
        --out spx.png
  The last two milestones, chosen automatically, as SVG:
    $ milestones chart fixtures/spx.csv --step 1000 --out spx.svg
  Three indexes on one rebased axis:
    $ milestones chart fixtures/spx.csv fixtures/ixic.csv fixtures/dji.csv \\
        --from 2025-01-01 --normalize`;

/** `milestones chart FILE...`: the index line with its milestones, in the terminal or as SVG/PNG. */
export function registerChart(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('chart')
    .summary('draw the index with its milestone levels (terminal, SVG or PNG)')
    .description(
      'Draw each index\'s daily close with its milestone levels as rules, a marker at the first close above ' +
        'each, the record close and the last close: in the terminal (braille characters, sized to it), or ' +
        'with --out as a self-contained SVG or a PNG for publication. The scale is logarithmic when the ' +
        'range spans more than 10x, else linear.',
    )
    .argument('[file...]', 'CSV files of daily prices (- for standard input)')
    .option('--from <date>', 'first date to draw (default: the whole history, or a little before the last two milestones with --levels/--step)', parseDateOption)
    .option('--to <date>', 'last date to draw (default: the last session, or --as-of)', parseDateOption)
    .addOption(asOfOption())
    .addOption(stepOption())
    .addOption(levelsOption())
    .addOption(atOrAboveOption())
    .option('--log', 'logarithmic value axis (default when the range spans more than 10x)')
    .option('--linear', 'linear value axis (default otherwise)')
    .option('--normalize', 'all indexes on one axis, rebased to 100 at their first session in range')
    .option('--out <file>', 'write an SVG (.svg) or PNG (.png) picture instead of drawing in the terminal')
    .option('--width <n>', 'width: terminal columns (at most 1000), or picture pixels (at most 8000) (default: the terminal\'s, or 80; 1200 for a picture)', parsePositive)
    .option('--height <n>', 'height: terminal rows, shared by the indexes (at most 1000), or picture pixels (at most 8000) (default: the terminal\'s, or 24; 675)', parsePositive)
    .option('--title <text>', 'the picture\'s title (default: a headline from the facts, e.g. "S&P 500 tops 7,000 intraday but closes below it")')
    .option('--source <text>', 'the picture\'s credit line names this source (default: the index\'s publisher, e.g. "S&P Dow Jones Indices", else the file\'s name)')
    .addOption(symbolOption())
    .addOption(sampleOption())
    .addOption(noColorOption());
  addReadOptions(command)
    .addHelpText('after', CHART_EXAMPLES)
    .action(async (files: string[], raw: RawChartOptions) => {
      const inputs = resolveInputs(files, raw.sample, io.stdinIsTTY);
      const options = toChartOptions(raw, inputs.length);
      const { model, warnings } = await buildChartModel(inputs, options, io);
      printWarnings(warnings, io, raw.quiet);
      const out = options.output;
      if (out.kind === 'terminal') {
        // A terminal's last row is left for the prompt, so the title does not scroll away. Columns as the
        // tables fit them (`COLUMNS`, the terminal's, 80), within the sizes a chart can be drawn at.
        const size = io.terminalSize === null ? DEFAULT_TERMINAL : { columns: io.terminalSize.columns, rows: io.terminalSize.rows - 1 };
        const fitted = Math.min(MAX_SIZE.terminal[0], Math.max(MIN_SIZE.terminal[0], decideWidth(false, io.env, io.terminalSize)));
        const columns = Math.floor(options.width ?? fitted);
        const rows = Math.max(10, Math.floor(options.height ?? size.rows));
        io.stdout(renderChartTerminal(model, { columns, rows }, await chalkFor(options.color, io)));
      } else {
        const width = Math.round(options.width ?? DEFAULT_PICTURE.width);
        const stacked = model.normalize ? 1 : model.panels.length;
        const height = Math.round(options.height ?? Math.max(DEFAULT_PICTURE.height, DEFAULT_PICTURE.perPanel * stacked));
        const svg = renderChartSvg(model, { width, height, title: options.title });
        if (out.kind === 'svg') {
          await io.writeFile(out.path, svg);
        } else {
          const { rasterizeSvg } = await import('../../chart/rasterizeSvg.js');
          await io.writeFile(out.path, await rasterizeSvg(svg, CHART_FONT));
        }
        io.stderr(`milestones: wrote ${escapeControls(out.path)} (${width}×${height} ${out.kind.toUpperCase()})\n`);
      }
      setExit(EXIT.ok);
    });
}
