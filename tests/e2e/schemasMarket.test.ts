import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { schemaErrors } from '../helpers/schemas.js';

const ALL = ['fixtures/spx.csv', 'fixtures/dji.csv', 'fixtures/ixic.csv', 'fixtures/rut.csv', 'fixtures/vix.csv'];

function stdoutOf(args: readonly string[]): string {
  const r = runCli([...args, '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('compare and drawdowns JSON against the shipped schemas', () => {
  const cases: { id: string; item: string; args: string[] }[] = [
    { id: 'compare', item: 'row', args: ['compare', ...ALL] },
    { id: 'compare', item: 'row', args: ['compare', ...ALL, '--as-of', '2026-01-28', '--step', 'RUT=500'] },
    { id: 'drawdowns', item: 'episode', args: ['drawdowns', ...ALL] },
    // 2022's bear market was still open at the end of 2022: a null recovery.
    { id: 'drawdowns', item: 'episode', args: ['drawdowns', 'fixtures/spx.csv', '--as-of', '2022-12-30', '--min', '5'] },
  ];
  for (const c of cases) {
    const schema = `urn:milestones:schema:${c.id}`;
    it(`validates ${c.args.join(' ')} --format json`, () => {
      const doc = JSON.parse(stdoutOf([...c.args, '--format', 'json']));
      expect(schemaErrors(doc, schema)).toBe('');
    });
    it(`validates each line of ${c.args.join(' ')} --format ndjson`, () => {
      const lines = stdoutOf([...c.args, '--format', 'ndjson']).trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(schemaErrors(JSON.parse(line), `${schema}#/$defs/${c.item}`)).toBe('');
    });
  }

  it('rejects a row with a positive percent from record (the schemas can fail)', () => {
    const doc = JSON.parse(stdoutOf(['compare', 'fixtures/spx.csv', '--format', 'json']));
    doc.indexes[0].pctFromRecordClose = 1;
    expect(schemaErrors(doc, 'urn:milestones:schema:compare')).not.toBe('');
  });
});
