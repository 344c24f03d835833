import type { WarningKind } from '../errors.js';

/** What each kind of warning counts: the one line a file's several warnings share, and `quality`'s findings. */
export const WARNING_LABELS: Record<WarningKind, string> = {
  repeatedColumn: 'repeated column',
  missingClose: 'rows with no close skipped',
  blankIntraday: 'rows with an empty open, high or low',
  skippedBadRows: 'unparsable rows skipped',
  duplicateRows: 'repeated rows dropped (same date and prices)',
  highBelowClose: 'rows with high below close or low above close',
  weekendRows: 'weekend rows',
  futureRows: 'rows dated after today',
  yearGaps: 'gaps of over 5 years',
  outOfLineCloses: 'closes out of line',
  flatRows: 'rows with no intraday range',
  flatRowFacts: 'facts resting on rows with no intraday range',
  fileNameNotSymbol: 'file name that is not a symbol (pass --symbol)',
  staleData: '',
};
