// The reference for our box tables: cli-table3 0.6 itself (a devDependency, kept for these tests
// only), called with the options renderRowsTable passed it before drawBoxTable replaced it.
import Table from 'cli-table3';

export type ReferenceAlign = 'left' | 'right' | 'center' | undefined;

export function cliTable3Bytes(head: readonly string[], body: readonly (readonly string[])[], aligns: readonly ReferenceAlign[]): string {
  const table = new Table({
    head: [...head],
    colAligns: aligns.map((a) => a ?? 'left'),
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of body) table.push([...row]);
  return table.toString();
}
