import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

/** AP month names, written out here rather than taken from the product. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DATE = `(?:${AP_MONTHS.map((m) => m.replace('.', '\\.')).join('|')}) \\d{1,2}, \\d{4}`;
const NUM = '\\d[\\d,]*(?:\\.\\d+)?';

/** `Jan. 28, 2026` → `2026-01-28`. */
function iso(apDate: string): string {
  const m = /^(\S+) (\d{1,2}), (\d{4})$/.exec(apDate);
  if (m === null) throw new Error(`not an AP date: ${apDate}`);
  const month = AP_MONTHS.indexOf(m[1]) + 1;
  expect(month, apDate).toBeGreaterThan(0);
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/** `6,978.03` → 6978.03. */
const num = (text: string): number => Number(text.replaceAll(',', ''));
/** A JSON value as the lede rounds it: 2 places. */
const r2 = (value: number): number => Number(value.toFixed(2));
/** A JSON percentage as the lede writes it: 2 places, the sign in words. */
const pctWords = (pct: number): string => `${Math.abs(pct).toFixed(2)}% ${pct < 0 ? 'below' : 'above'}`;

type Row = { level: number; status: string; firstTouchDate: string | null; firstCloseDate: string | null; tradingDays: number | null };

/**
 * Every phrase of a lede that carries a number or a date, checked against the index's JSON object of
 * the same run; each checked phrase is cut out, and what is left must hold no digit: every number and
 * date of the paragraph was checked.
 */
function checkParagraph(text: string, j: any): void {
  let rest = text;
  const rows: Row[] = j.milestones;
  const rowAt = (level: number): Row | undefined => rows.find((r) => r.level === level);
  const check = (pattern: string, verify: (m: RegExpExecArray) => void): void => {
    const re = new RegExp(pattern, 'g');
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      verify(m);
      return '';
    });
  };

  // The close, and its date: the last session used.
  const subject = j.name === null ? j.symbol : `The ${j.name}`;
  const head = new RegExp(`^(.+?) closed at (${NUM}) on (${DATE})`).exec(text);
  expect(head, text).not.toBeNull();
  expect(head?.[1]).toBe(subject);
  expect(num(head![2])).toBe(r2(j.close));
  expect(iso(head![3])).toBe(j.asOf);
  rest = rest.slice(head![0].length);

  // The close a record: right after the date, or after the milestone crossed.
  if (new RegExp(`^, (?:above ${NUM} for the first time, )?a record[,.]`).test(rest)) expect(j.recordClose.date, text).toBe(j.asOf);
  else expect(j.recordClose.date, text).not.toBe(j.asOf);
  // A milestone crossed that day: the highest level whose first close is the last session.
  check(`above (${NUM}) for the first time,`, (m) => {
    const fresh = rows.filter((r) => r.status === 'confirmed' && r.firstCloseDate === j.asOf);
    expect(fresh.at(-1)?.level, text).toBe(num(m[1]));
  });
  // The day's record intraday high.
  check(`after touching (${NUM}) intraday, a record`, (m) => {
    expect(num(m[1])).toBe(r2(j.recordHigh.value));
    expect(j.recordHigh.date).toBe(j.asOf);
  });
  // The distance to the record close.
  check(`(${NUM})% (below|above) its record close of (${NUM}) set on (${DATE})`, (m) => {
    expect(`${m[1]}% ${m[2]}`).toBe(pctWords(j.pctFromRecordClose));
    expect(num(m[3])).toBe(r2(j.recordClose.value));
    expect(iso(m[4])).toBe(j.recordClose.date);
  });
  // The gap of the milestone crossed, or the gap a close above the pending level would make.
  // A count over rows the calendar would not count carries the JSON's gap note.
  const gap = `(${NUM}) trading days? after its first close above (${NUM}), on (${DATE})(?: \\((.+?)\\)(?=\\.(?: |$)))?`;
  const checkGap = (row: Row | undefined, m: RegExpExecArray, at: number): void => {
    expect(row, text).toBeDefined();
    expect(num(m[at])).toBe(row!.tradingDays);
    const previous = rows[rows.indexOf(row!) - 1];
    expect(previous.level).toBe(num(m[at + 1]));
    expect(previous.firstCloseDate).toBe(iso(m[at + 2]));
    expect(m[at + 3] ?? null).toBe(j.calendar === undefined ? (row as { gapNote?: string | null }).gapNote ?? null : null);
  };
  check(`The milestone came ${gap}`, (m) => {
    checkGap(rows.find((r) => r.status === 'confirmed' && r.firstCloseDate === j.asOf), m, 1);
  });
  check(`A close above (${NUM})(?:, which it first touched intraday on (${DATE}),)? would come ${gap}`, (m) => {
    const row = rowAt(num(m[1]));
    expect(row?.status).toBe('pending');
    expect(j.nextMilestone.level).toBe(num(m[1]));
    if (m[2] !== undefined) expect(row?.firstTouchDate).toBe(iso(m[2]));
    else expect(row?.firstTouchDate).toBe(j.asOf);
    checkGap(row, m, 3);
  });
  // A level's first touch and first close, of the milestone grid or the target.
  const facts = (level: number): { firstTouchDate: string | null; firstCloseDate: string | null } | undefined =>
    j.target?.level === level ? j.target : rowAt(level);
  check(`It first touched (${NUM}) intraday on (${DATE}), but has yet to close above it`, (m) => {
    expect(facts(num(m[1]))?.firstTouchDate).toBe(iso(m[2]));
    expect(facts(num(m[1]))?.firstCloseDate).toBeNull();
  });
  check(`It first closed above (${NUM}) on (${DATE})`, (m) => {
    expect(facts(num(m[1]))?.firstCloseDate).toBe(iso(m[2]));
  });
  check(`It closed above (${NUM}) for the first time`, (m) => {
    expect(j.target.level).toBe(num(m[1]));
    expect(j.target.firstCloseDate).toBe(j.asOf);
  });
  check(`It has yet to (close|trade) above (${NUM})`, (m) => {
    const level = num(m[2]);
    if (j.target?.level === level) {
      expect(j.target.closedAbove).toBe(false);
      if (m[1] === 'trade') expect(j.target.touched).toBe(false);
    } else {
      expect(j.nextMilestone.level).toBe(level);
      expect(rows.every((r) => r.firstCloseDate === null)).toBe(true);
    }
  });
  // Where the data start, for a file that may not reach back to the index's first day.
  check(`Its data start on (${DATE})`, (m) => {
    expect(iso(m[1])).toBe(j.firstDate);
    expect(j.historyComplete).not.toBe(true);
  });
  if (j.historyComplete !== true) expect(text).toContain('so records and first closes are those since then.');
  // The distance to the target, else the grid level above the close (the level crossed has none).
  const distance = j.target ?? j.nearestLevelAbove ?? j.nextMilestone;
  check(`(less than )?(${NUM})% (below|above) (${NUM})`, (m) => {
    expect(distance.level, text).toBe(num(m[4]));
    if (m[1] === undefined) expect(`${m[2]}% ${m[3]}`).toBe(pctWords(distance.pct));
    else expect([m[2], m[3], Math.abs(distance.pct) < 0.005]).toEqual(['0.01', distance.pct < 0 ? 'below' : 'above', true]);
  });
  check(`, at (${NUM})`, (m) => {
    expect(distance.level, text).toBe(num(m[1]));
    expect(distance.points).toBe(0);
  });
  expect(rest, `unchecked numbers in: ${text}`).not.toMatch(/\d/);
}

/** Runs `--format lede` and `--format json` with the same arguments and checks every paragraph. */
function checkLede(args: readonly string[], input?: string): string[] {
  const lede = runCli([...args, '--format', 'lede'], { input });
  expect(lede.code, lede.stderr).toBe(0);
  const json = runCli([...args, '--format', 'json'], { input });
  const doc = JSON.parse(json.stdout);
  expect(lede.stdout.endsWith('.\n')).toBe(true);
  const paragraphs = lede.stdout.trimEnd().split('\n\n');
  expect(paragraphs).toHaveLength(doc.indexes.length);
  paragraphs.forEach((p, i) => {
    expect(p).not.toContain('\n');
    checkParagraph(p, doc.indexes[i]);
  });
  return paragraphs;
}

describe('compute --format lede: published figures', () => {
  const jan28 =
    'The S&P 500 closed at 6,978.03 on Jan. 28, 2026, 0.31% below 7,000 after touching 7,002.28 intraday, a record. ' +
    'A close above 7,000 would come 302 trading days after its first close above 6,000, on Nov. 11, 2024.';

  it('writes the S&P 500 on 2026-01-28: 7,000 touched, not closed above', () => {
    expect(checkLede(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-28'])).toEqual([jan28]);
  });

  it('writes the same with --target 7000, the pending level', () => {
    expect(checkLede(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--target', '7000'])).toEqual([jan28]);
  });

  it('writes the first close above 7,000, on 2026-04-15, 355 trading days after 6,000', () => {
    expect(checkLede(['compute', 'fixtures/spx.csv', '--as-of', '2026-04-15'])).toEqual([
      'The S&P 500 closed at 7,022.95 on April 15, 2026, above 7,000 for the first time, a record. ' +
        'The milestone came 355 trading days after its first close above 6,000, on Nov. 11, 2024.',
    ]);
  });

  it('writes the day before: a record close, 7,000 not yet touched', () => {
    // fixtures/spx.csv line 24635: 6,978.60 on 2026-01-27, above every earlier close (their highest is
    // 6,977.27, on 2026-01-12: awk over the lines above it); 6,978.60 / 7,000 − 1 = −0.31%; the first close
    // above 6,000 is the published 2024-11-11.
    expect(checkLede(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-27'])).toEqual([
      'The S&P 500 closed at 6,978.60 on Jan. 27, 2026, a record, 0.31% below 7,000. It first closed above 6,000 on Nov. 11, 2024.',
    ]);
  });
});

describe('compute --format lede: every number and date is the JSON of the same run', () => {
  const cases: string[][] = [
    ['fixtures/spx.csv', '--as-of', '2026-01-30'], // below its record close, 7,000 touched two days before
    ['fixtures/spx.csv', '--as-of', '2025-04-08'], // back below 5,000, a level it closed above before
    ['fixtures/spx.csv', '--as-of', '1990-01-02'], // no milestone reached
    ['fixtures/spx.csv', '--as-of', '2024-02-08'], // a record close, 5,000 touched that day
    ['fixtures/spx.csv', '--as-of', '2026-04-15', '--target', '7500'], // never traded above the target
    ['fixtures/spx.csv', '--as-of', '2026-04-15', '--target', '6500'], // above the target
    ['fixtures/spx.csv', '--as-of', '2026-01-28', '--target', '6978.2'], // less than 0.01% from the target
    ['fixtures/spx.csv', '--as-of', '2026-01-28', '--target', '6978.03'], // at the target
    ['fixtures/spx.csv', '--as-of', '2026-04-15', '--step', '100'],
    ['fixtures/spx.csv', '--as-of', '2026-01-28', '--levels', '5000,6000,7000'],
    ['fixtures/spx.csv', '--as-of', '2026-04-15', '--levels', '5000,6000'], // every listed level closed above
    ['fixtures/dji.csv'], // back below 47,000; data from 1896-05-27, history from 1896-05-26
    ['fixtures/dji.csv', '--as-of', '2024-05-17'], // first close above 40,000
    ['fixtures/dji.csv', '--as-of', '1987-01-08', '--calendar', 'nyse'],
    ['fixtures/ixic.csv', '--as-of', '2026-01-28'],
    ['fixtures/ixic.csv', '--as-of', '2024-11-11', '--target', '20000'],
    ['fixtures/rut.csv', '--as-of', '2026-01-28', '--target', '2700'],
    ['fixtures/rut.csv', '--as-of', '2021-01-08', '--step', '500'],
    ['fixtures/vix.csv'],
  ];
  for (const args of cases) {
    it(args.join(' '), () => {
      checkLede(['compute', ...args]);
    });
  }

  it('writes a paragraph per index, a blank line between, in input order', () => {
    const paragraphs = checkLede(['compute', 'fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv', 'fixtures/rut.csv', '--as-of', '2026-01-28']);
    expect(paragraphs.map((p) => p.split(' closed at ')[0])).toEqual([
      'The S&P 500',
      'The Dow Jones Industrial Average',
      'The Nasdaq Composite',
      'The Russell 2000',
    ]);
  });

  it('counts the Dow 1,000 → 2,000 over the weekend row 1979-06-02 and says so', () => {
    const [p] = checkLede(['compute', 'fixtures/dji.csv', '--as-of', '1987-01-08']);
    expect(p).toContain('3,574 trading days after its first close above 1,000, on Nov. 14, 1972');
    expect(p).toContain('on Nov. 14, 1972 (3,573 trading days without the weekend row of 1979-06-02).');
  });
});

describe('compute --format lede from standard input', () => {
  const spx = readFileSync(new URL('../../fixtures/spx.csv', import.meta.url), 'utf8');
  const lines = spx.trimEnd().split('\n');

  it('makes no intraday claim for an index without a high column', () => {
    const closes = lines.map((l) => { const f = l.split(','); return `${f[0]},${f[4]}`; }).join('\n');
    const [p] = checkLede(['compute', '-', '--symbol', 'SPX', '--as-of', '2026-01-28', '--target', '7000'], closes);
    expect(p).not.toContain('intraday');
    expect(p).not.toContain('trade above');
    expect(p).toContain('0.31% below 7,000');
  });

  it('says first closes and records count from the file start when the file starts after the history', () => {
    const from2024 = [lines[0], ...lines.slice(1).filter((l) => l >= '2024-01-02')].join('\n');
    const [p] = checkLede(['compute', '-', '--symbol', 'SPX', '--as-of', '2024-02-09'], from2024);
    // 4,000 was first closed above in 2021, before the file: no gap from the file's first day.
    expect(p).toBe(
      'The S&P 500 closed at 5,026.61 on Feb. 9, 2024, above 5,000 for the first time, a record. ' +
        'Its data start on Jan. 2, 2024, so records and first closes are those since then.',
    );
    const [touched] = checkLede(['compute', '-', '--symbol', 'SPX', '--as-of', '2024-02-08'], from2024);
    expect(touched).toContain('It first touched 5,000 intraday on Feb. 8, 2024, but has yet to close above it.');
  });

  it('names an unknown index by its symbol', () => {
    const [p] = checkLede(['compute', '-', '--symbol', 'XYZ', '--as-of', '2026-01-28'], spx);
    expect(p.startsWith('XYZ closed at 6,978.03 on Jan. 28, 2026,')).toBe(true);
  });

  it('keeps warnings on stderr', () => {
    const r = runCli(['compute', 'fixtures/spx.csv', '--as-of', '2026-01-28', '--format', 'lede']);
    expect(r.stderr).toContain('warning');
    expect(r.stdout).not.toContain('warning');
  });
});

describe('docs/output.md', () => {
  it('shows the output of its lede examples verbatim', () => {
    const page = readFileSync(new URL('../../docs/output.md', import.meta.url), 'utf8');
    const section = page.slice(page.indexOf('## Lede'));
    const block = /```console\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const examples = [...block.matchAll(/^\$ milestones (.*)\n([^$]*)/gm)];
    expect(examples.length).toBeGreaterThan(1);
    for (const [, command, output] of examples) expect(runCli(command.split(' ')).stdout).toBe(output);
  });
});

describe('compute --help', () => {
  it('lists lede among the formats', () => {
    expect(runCli(['compute', '--help']).stdout).toMatch(/"markdown",\s+"lede"/);
  });

  it('is not a format of compare', () => {
    expect(runCli(['compare', 'fixtures/spx.csv', '--format', 'lede']).code).toBe(2);
  });
});

describe('lede words follow how the run counted', () => {
  const lede = (...args: string[]) => runCli(['compute', 'fixtures/spx.csv', ...args, '--format', 'lede']).stdout.trim();

  it('says "at or above" with --at-or-above', () => {
    // No S&P 500 close equals 6,000.00 or 7,000.00: the gap is the published 302 either way.
    expect(lede('--as-of', '2026-01-28', '--at-or-above')).toContain(
      'A close at or above 7,000 would come 302 trading days after its first close at or above 6,000, on Nov. 11, 2024.',
    );
  });

  it('counts both days with --inclusive, rather than saying "after"', () => {
    // The published 190 trading days from 5,000 to 6,000, both ends counted: 191.
    expect(lede('--as-of', '2024-11-11', '--inclusive')).toContain('The milestone came 191 trading days from its first close above 5,000, on Feb. 9, 2024, counting both days.');
  });

  it('calls no first session a record', () => {
    // fixtures/spx.csv's first row: 1927-12-30, close 17.66, (17.66 / 1,000 − 1) × 100 = −98.234%.
    expect(lede('--as-of', '1927-12-30')).toMatch(/^The S&P 500 closed at 17\.66 on Dec\. 30, 1927, 98\.23% below 1,000\./);
    expect(lede('--as-of', '1927-12-30')).not.toContain('record close');
    expect(lede('--as-of', '1927-12-30')).not.toContain('a record');
  });
});
