import { isoFromDayNumber } from '../calendar/dayNumber.js';
import type { IndexReport } from '../core/IndexReport.type.js';
import { formatCount } from './formatNumbers.js';
import { historyNote } from './historyNotes.js';
import { indexLabel } from '../registry/indexLabel.js';
import { MILESTONE_TABLE_COLUMNS, milestoneFootnotes, milestoneLines } from './milestoneColumns.js';
import { PLAIN_CHALK } from './plainChalk.js';
import { rowsMarkdownLines } from './renderRows.js';
import { summaryLines } from './renderTable.js';
import type { StreamRenderer } from './StreamRenderer.type.js';

/** `compute --format markdown`: per index a heading line, the milestone table and the summary as a list. */
export function markdownRenderer(): StreamRenderer<IndexReport> {
  return {
    head: () => '',
    item: function* (index, n) {
      if (n > 0) yield '\n';
      yield* renderIndex(index);
    },
    tail: () => '',
  };
}

/** One index, line by line; its parts apart by a blank line. Markdown never carries escape codes, whatever the terminal. */
function* renderIndex(index: IndexReport): Generator<string> {
  yield `**${indexLabel(index.symbol)}**, ${formatCount(index.sessions)} sessions, ${isoFromDayNumber(index.firstDate)} to ${isoFromDayNumber(index.asOf)}\n\n`;
  const history = historyNote(index);
  if (history !== null) yield `${history}\n\n`;
  if (index.milestones.length > 0) {
    for (const line of rowsMarkdownLines(milestoneLines(index), MILESTONE_TABLE_COLUMNS, PLAIN_CHALK)) yield `${line}\n`;
  } else {
    yield 'No milestone level reached.\n';
  }
  const notes = milestoneFootnotes(index);
  if (notes.length > 0) yield `\n${notes.map((note) => note.replace(/^\*/, '\\*')).join('\n\n')}\n`;
  yield '\n';
  for (const [label, text] of summaryLines(index, { chalk: PLAIN_CHALK, width: Infinity })) yield `- **${label}**: ${text}\n`;
}
