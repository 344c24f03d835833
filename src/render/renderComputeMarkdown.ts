import type { IndexReport } from '../core/IndexReport.type.js';
import { formatCount } from './formatNumbers.js';
import { MILESTONE_TABLE_COLUMNS, milestoneLines } from './milestoneColumns.js';
import { PLAIN_CHALK } from './plainChalk.js';
import { renderRowsMarkdown } from './renderRows.js';
import { summaryLines } from './renderTable.js';
import type { StreamRenderer } from './StreamRenderer.type.js';

/** `compute --format markdown`: per index a heading line, the milestone table and the summary as a list. */
export function markdownRenderer(): StreamRenderer<IndexReport> {
  return { head: () => '', item: (index, n) => (n === 0 ? '' : '\n') + renderIndex(index), tail: () => '' };
}

/** One index; markdown never carries escape codes, whatever the terminal. */
function renderIndex(index: IndexReport): string {
  const parts = [`**${index.symbol}**, ${formatCount(index.sessions)} sessions, ${index.firstDate} to ${index.asOf}\n`];
  if (index.milestones.length > 0) parts.push(renderRowsMarkdown(milestoneLines(index), MILESTONE_TABLE_COLUMNS, PLAIN_CHALK));
  else parts.push('No milestone level reached.\n');
  if (index.milestones.some((m) => m.status === 'pending')) {
    parts.push('\\* pending: counted to the last session, what the gap would be on a close above now\n');
  }
  parts.push(summaryLines(index, { chalk: PLAIN_CHALK }).map(([label, text]) => `- **${label}**: ${text}\n`).join(''));
  return parts.join('\n');
}
