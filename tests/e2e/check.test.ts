import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

// On 2026-01-28 the S&P 500 traded at 7,002.28 and closed at 6,978.03 (fixtures/SOURCES.md): touched 7,000,
// not closed above it. It first closed above 7,000 on 2026-04-15, and ends the data (2026-08-21) above it.
const SPX_JAN28 = ['check', 'fixtures/spx.csv', '--as-of', '2026-01-28'];

describe('check exit status', () => {
  const cases = [
    { args: [...SPX_JAN28, '--touched', '7000'], code: 0, why: 'the 7,002.28 high touched 7,000' },
    { args: [...SPX_JAN28, '--closed-above', '7000'], code: 1, why: 'no close above 7,000 yet' },
    { args: [...SPX_JAN28, '--above', '7000'], code: 1, why: 'the last close 6,978.03 is below 7,000' },
    { args: [...SPX_JAN28, '--below', '7000'], code: 0, why: 'the last close 6,978.03 is below 7,000' },
    { args: [...SPX_JAN28, '--above', '6978.03'], code: 1, why: 'a close equal to the level is not above it' },
    { args: [...SPX_JAN28, '--above', '6978.03', '--at-or-above'], code: 0, why: '--at-or-above counts the equal close' },
    { args: [...SPX_JAN28, '--touched', '7002.28'], code: 1, why: 'the record high equals 7,002.28, not above it' },
    { args: [...SPX_JAN28, '--touched', '7002.27'], code: 0, why: 'the record high 7,002.28 is above 7,002.27' },
    { args: ['check', 'fixtures/spx.csv', '--as-of', '2026-04-14', '--closed-above', '7000'], code: 1, why: 'the day before the first close above' },
    { args: ['check', 'fixtures/spx.csv', '--as-of', '2026-04-15', '--closed-above', '7000'], code: 0, why: 'the first close above, 7,022.95' },
    { args: ['check', '--sample', '--closed-above', '7000'], code: 0, why: 'the bundled S&P 500 history is fixtures/spx.csv' },
    { args: ['check', 'fixtures/spx.csv', 'fixtures/ixic.csv', '--closed-above', '7000'], code: 0, why: 'both closed above 7,000' },
    // fixtures/vix.csv ends 2026-07-23, 29 days before the S&P 500's last session: as of its last day.
    { args: ['check', 'fixtures/spx.csv', 'fixtures/vix.csv', '--as-of', '2026-07-23', '--closed-above', '7000'], code: 1, why: 'the VIX never did' },
    { args: ['check', 'fixtures/spx.csv', 'fixtures/vix.csv', '--closed-above', '7000'], code: 3, why: "the VIX's data end 29 days before the S&P 500's" },
    { args: ['check', 'fixtures/none.csv', '--above', '7000'], code: 3, why: 'a missing file' },
    { args: ['check', 'fixtures/spx.csv', '--as-of', '1900-01-01', '--above', '1'], code: 3, why: 'no session on or before --as-of' },
    { args: ['check', 'fixtures/spx.csv', '--abvoe', '7000'], code: 2, why: 'an unknown option' },
    { args: ['check', 'fixtures/spx.csv', '--above', 'x'], code: 2, why: 'a bad level' },
    { args: ['check', 'fixtures/spx.csv'], code: 2, why: 'no condition' },
    { args: ['check', 'fixtures/spx.csv', '--above', '1', '--touched', '2'], code: 2, why: 'two conditions' },
    // No FILE reads a piped standard input (here an empty one); on a terminal it is a usage error (exit 2).
    { args: ['check', '--above', '1'], code: 3, why: 'no file, an empty pipe' },
  ];
  for (const c of cases) {
    it(`exits ${c.code} for ${c.args.slice(1).join(' ')} (${c.why}), printing nothing on stdout`, () => {
      const r = runCli(c.args);
      expect(r.code, r.stderr).toBe(c.code);
      expect(r.stdout).toBe('');
      if (c.code < 2) expect(r.stderr, 'quiet without --verbose').toBe('');
      else expect(r.stderr, 'an error message, no stack').toMatch(/^milestones: [^\n]+\n$/);
    });
  }

  it('exits 3 for --touched on data without a high column (the answer is unknown)', () => {
    const r = runCli(['check', '-', '--symbol', 'x', '--touched', '50'], { input: 'date,close\n2024-01-02,40\n' });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('milestones: -: X has no intraday highs (no high column, or an empty one): --touched needs them\n');
  });

  it('says why on stderr, one line per index, with --verbose', () => {
    const r = runCli(['check', 'fixtures/spx.csv', 'fixtures/vix.csv', '--as-of', '2026-01-28', '--closed-above', '7000', '--verbose']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const reasons = (stderr: string): string => stderr.replace(/^milestones: warning: .*\n/gm, '');
    expect(reasons(r.stderr)).toBe(
      'milestones: SPX: no, no close above 7,000 up to 2026-01-28; last close 6,978.03 on 2026-01-28 (-0.31%)\n' +
        'milestones: VIX: no, no close above 7,000 up to 2026-01-28; last close 16.35 on 2026-01-28 (-99.77%)\n',
    );
    const yes = runCli([...SPX_JAN28, '--touched', '7000', '--verbose']);
    expect(reasons(yes.stderr)).toBe('milestones: SPX: yes, first traded above 7,000 on 2026-01-28\n');
  });
});
