import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { schemaErrors } from '../helpers/schemas.js';

const COMPUTE = 'urn:milestones:schema:compute';
const DISTANCE = 'urn:milestones:schema:distance';
const QUALITY = 'urn:milestones:schema:quality';
const ALL = ['fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv', 'fixtures/rut.csv', 'fixtures/vix.csv'];

function stdoutOf(args: readonly string[], input?: string): string {
  const r = runCli(args, { input });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('JSON output against the shipped schemas', () => {
  const computeCases: { name: string; args: string[]; input?: string }[] = [
    { name: 'every bundled index', args: ['compute', ...ALL] },
    { name: 'a target, --as-of and --inclusive', args: ['compute', ...ALL, '--target', '7000', '--as-of', '2026-01-28', '--inclusive'] },
    { name: 'listed levels (untouched and predates rows)', args: ['compute', 'fixtures/spx.csv', '--levels', '10,5000,100000'] },
    { name: '--calendar nyse (gap notes)', args: ['compute', 'fixtures/dji.csv', 'fixtures/calendar/sandy-2012.csv', '--calendar', 'nyse', '--step', '1'] },
    { name: 'a file without highs, one session', args: ['compute', '-', '--symbol', 'x', '--target', '5'], input: 'date,close\n2024-01-02,1\n' },
    {
      name: 'a warning (duplicate date)',
      args: ['compute', '-', '--target', '150'],
      input: 'date,high,close\n2024-01-02,101,100\n2024-01-02,101,100\n2024-01-03,160,120\n',
    },
  ];
  for (const c of computeCases) {
    it(`validates compute --format json on ${c.name}`, () => {
      const doc = JSON.parse(stdoutOf([...c.args, '--format', 'json'], c.input));
      expect(schemaErrors(doc, COMPUTE)).toBe('');
    });
    it(`validates each compute --format ndjson line on ${c.name}`, () => {
      const lines = stdoutOf([...c.args, '--format', 'ndjson'], c.input).trimEnd().split('\n');
      for (const line of lines) expect(schemaErrors(JSON.parse(line), `${COMPUTE}#/$defs/indexReport`)).toBe('');
    });
  }

  it('validates quality --format json', () => {
    const doc = JSON.parse(stdoutOf(['quality', 'fixtures/dji.csv', 'fixtures/calendar/sandy-2012.csv', '--format', 'json']));
    expect(doc.indexes[0].findings.length).toBeGreaterThan(0);
    expect(schemaErrors(doc, QUALITY)).toBe('');
  });

  const distanceCases: { name: string; args: string[]; input?: string }[] = [
    { name: 'every bundled index', args: ['distance', '7000', ...ALL] },
    { name: '--as-of and --at-or-above', args: ['distance', '7,000', ...ALL, '--as-of', '2026-01-28', '--at-or-above'] },
    { name: 'a file without highs', args: ['distance', '5', '-', '--symbol', 'x'], input: 'date,close\n2024-01-02,1\n2024-01-03,6\n' },
  ];
  for (const c of distanceCases) {
    it(`validates distance --format json on ${c.name}`, () => {
      const doc = JSON.parse(stdoutOf([...c.args, '--format', 'json'], c.input));
      expect(schemaErrors(doc, DISTANCE)).toBe('');
    });
    it(`validates each distance --format ndjson line on ${c.name}`, () => {
      const lines = stdoutOf([...c.args, '--format', 'ndjson'], c.input).trimEnd().split('\n');
      for (const line of lines) expect(schemaErrors(JSON.parse(line), `${DISTANCE}#/$defs/indexDistance`)).toBe('');
    });
  }

  it('rejects a document with an undocumented field or a wrong type (the schemas are not vacuous)', () => {
    const doc = JSON.parse(stdoutOf(['distance', '7000', 'fixtures/spx.csv', '--format', 'json']));
    expect(schemaErrors({ ...doc, extra: 1 }, DISTANCE)).toMatch(/additional properties/);
    const row = { ...doc.indexes[0], undocumented: true };
    expect(schemaErrors(row, `${DISTANCE}#/$defs/indexDistance`)).toMatch(/unevaluated properties/);
    expect(schemaErrors({ ...doc.indexes[0], asOf: '28/01/2026' }, `${DISTANCE}#/$defs/indexDistance`)).toMatch(/pattern/);
    const report = JSON.parse(stdoutOf(['compute', 'fixtures/spx.csv', '--format', 'json']));
    report.indexes[0].target = { level: 1, points: 0, pct: 0, gainPct: 0 };
    expect(schemaErrors(report, COMPUTE)).toMatch(/touched/);
  });
});
