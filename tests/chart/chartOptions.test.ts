import { describe, expect, it } from 'vitest';
import { type RawChartOptions, toChartOptions } from '../../src/cli/chartOptions.js';
import { UsageError } from '../../src/errors.js';

const base: RawChartOptions = { color: true };

describe('toChartOptions', () => {
  const cases: { name: string; raw: Partial<RawChartOptions>; expected: Record<string, unknown> }[] = [
    { name: 'nothing', raw: {}, expected: { output: { kind: 'terminal' }, scale: null, focusLastMilestones: false, fromDay: null, toDay: null, normalize: false, source: null } },
    { name: '--source', raw: { source: 'Example Data' }, expected: { source: 'Example Data' } },
    { name: '--out x.svg', raw: { out: 'x.svg' }, expected: { output: { kind: 'svg', path: 'x.svg' } } },
    { name: '--out X.PNG', raw: { out: 'X.PNG' }, expected: { output: { kind: 'png', path: 'X.PNG' } } },
    { name: '--log', raw: { log: true }, expected: { scale: 'log' } },
    { name: '--linear', raw: { linear: true }, expected: { scale: 'linear' } },
    { name: '--step', raw: { step: { defaultValue: 500, bySymbol: new Map() } }, expected: { focusLastMilestones: true } },
    { name: '--levels', raw: { levels: [5000, 6000] }, expected: { focusLastMilestones: true } },
    { name: '--from/--to', raw: { from: 100, to: 200 }, expected: { fromDay: 100, toDay: 200 } },
    { name: '--width/--height for a picture', raw: { out: 'a.svg', width: 320, height: 240 }, expected: { width: 320, height: 240 } },
  ];
  for (const c of cases) {
    it(`returns the options for ${c.name}`, () => {
      expect(toChartOptions({ ...base, ...c.raw }, 1)).toMatchObject(c.expected);
    });
  }

  const errors: { name: string; raw: Partial<RawChartOptions>; files?: number; message: RegExp }[] = [
    { name: 'both --log and --linear', raw: { log: true, linear: true }, message: /either --log or --linear/ },
    { name: '--from after --to', raw: { from: 201, to: 200 }, message: /--from is after --to/ },
    { name: 'an unknown picture type', raw: { out: 'a.jpg' }, message: /\.svg or \.png/ },
    { name: 'a narrow terminal', raw: { width: 39 }, message: /at least 40 columns/ },
    { name: 'a short terminal', raw: { height: 9 }, message: /at least 10 rows/ },
    { name: 'a small picture', raw: { out: 'a.png', width: 319 }, message: /at least 320 pixels/ },
    { name: 'a terminal chart too wide', raw: { width: 1e7 }, message: /--width must be at most 1000 columns/ },
    { name: 'a terminal chart too tall', raw: { height: 1001 }, message: /--height must be at most 1000 rows/ },
    { name: 'a picture too large', raw: { out: 'a.png', width: 20000, height: 20000 }, message: /--width must be at most 8000 pixels/ },
    { name: 'a picture too tall', raw: { out: 'a.svg', height: 8001 }, message: /--height must be at most 8000 pixels/ },
    { name: 'both --levels and --step', raw: { levels: [1], step: { defaultValue: 1, bySymbol: new Map() } }, message: /either --levels or --step/ },
    { name: '--symbol with two files', raw: { symbol: 'x' }, files: 2, message: /single file/ },
  ];
  for (const e of errors) {
    it(`throws a usage error for ${e.name}`, () => {
      expect(() => toChartOptions({ ...base, ...e.raw }, e.files ?? 1)).toThrow(UsageError);
      expect(() => toChartOptions({ ...base, ...e.raw }, e.files ?? 1)).toThrow(e.message);
    });
  }
});
