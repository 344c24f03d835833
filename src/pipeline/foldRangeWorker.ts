/**
 * Worker thread: folds the second half of a plain CSV file whose indexes are contiguous runs (see
 * `RangeSink`) and posts a `RangeResult`. `{ok: false}` means "scan this range yourself".
 */
import { closeSync, openSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { IndexStreams } from '../ingest/fast/IndexStreams.js';
import { RangeSink } from '../ingest/fast/RangeSink.js';
import { chooseConfig } from './chooseConfig.js';
import { packReport } from './packReport.js';
import type { RangeJob, RangeResult } from './RangeJob.type.js';
import { scanFileRange } from './scanFileRange.js';

const job = workerData as RangeJob;
parentPort!.postMessage(foldRange(job));

function foldRange({ path, layout, start, end, source, rule, asOfDay, progress }: RangeJob): RangeResult {
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const body = new IndexStreams({
      source,
      fixedSymbol: '',
      hasSymbol: true,
      hasHigh: layout.high >= 0,
      hasLow: layout.low >= 0,
      configFor: (symbol) => chooseConfig(rule, symbol),
      asOfDay,
    });
    const sink = new RangeSink(body, true);
    scanFileRange(fd, layout, source, sink, start, end, 0, (bytes, lines) => {
      progress[0] = bytes - start;
      progress[1] = lines;
    });
    sink.checkClean();
    const pending = body.streams.size === 0 ? [] : body.finish().reports;
    // As compact text, one index at a time: far smaller to hold and to send than the report objects.
    const reports = pending.map((p) => ({ symbol: p.symbol, json: p.hasSessions ? packReport(p.report()) : null }));
    return { ok: true, head: sink.head, reports };
  } catch {
    return { ok: false };
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
