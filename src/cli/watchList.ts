import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../errors.js';
import { collectStep, collectTarget, mergePerSymbol, type PerSymbol } from './parsers.js';

/**
 * A desk's watch list (`--watch desk.json`): the files it reads and the levels it watches, so that
 * `milestones compare --watch desk.json` answers the same question every day:
 *
 *     { "files": ["spx.csv", "dji.csv"], "target": { "SPX": 7000, "DJI": 50000 }, "step": { "RUT": 500 } }
 *
 * `files` are relative to the watch file; `target` and `step` are a level for every index or levels
 * by symbol, as `--target` and `--step` take them. Options on the command line come on top: its
 * files replace the list's (and then the list may name indexes they do not have), its `SYMBOL=`
 * levels replace the list's for that symbol.
 */
export interface WatchList {
  readonly files: readonly string[];
  readonly target?: PerSymbol;
  readonly step?: PerSymbol;
}

export function watchOption(): Option {
  return new Option('--watch <file>', 'read FILEs, --target and --step from a watch list (JSON: {"files": [...], "target": {"SPX": 7000}, "step": {"RUT": 500}})');
}

const KEYS = ['files', 'target', 'step'] as const;

/** Reads and checks a watch list; a problem is a usage error naming the file. */
export function readWatchList(path: string): WatchList {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--watch ${path}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}`);
  }
  const fail = (message: string): never => {
    throw new UsageError(`--watch ${path}: ${message}`);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON (${(error as Error).message})`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return fail('expected a JSON object with "files", "target" or "step"');
  const record = doc as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !(KEYS as readonly string[]).includes(key));
  if (unknown !== undefined) fail(`unknown key ${JSON.stringify(unknown)} (expected ${KEYS.map((k) => `"${k}"`).join(', ')})`);
  const files = record.files ?? [];
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string' && f !== '' && f !== '-')) {
    return fail('"files" must be a list of file names');
  }
  const levels = (key: 'target' | 'step', collect: (text: string, previous: PerSymbol | undefined) => PerSymbol): PerSymbol | undefined => {
    const value = record[key];
    if (value === undefined) return undefined;
    const parts =
      typeof value === 'number' || typeof value === 'string'
        ? [String(value)]
        : value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.entries(value).map(([symbol, level]) => (typeof level === 'number' || typeof level === 'string' ? `${symbol}=${level}` : fail(`"${key}": ${JSON.stringify(symbol)} must be a number`)))
          : fail(`"${key}" must be a number or an object of numbers by symbol`);
    try {
      return parts.reduce<PerSymbol | undefined>((previous, part) => collect(part, previous), undefined);
    } catch (error) {
      if (error instanceof InvalidArgumentError) fail(`"${key}": ${error.message}`);
      throw error;
    }
  };
  // Joined, not resolved: `examples/desk.json`'s `../fixtures/spx.csv` is named `fixtures/spx.csv` in the output.
  const base = dirname(path);
  return { files: files.map((file: string) => (isAbsolute(file) ? file : join(base, file))), target: levels('target', collectTarget), step: levels('step', collectStep) };
}

/** The command line's files and levels with a watch list (`raw.watch`) under them. */
export function withWatchList<R extends { watch?: string; target?: PerSymbol; step?: PerSymbol }>(files: readonly string[], raw: R): { files: readonly string[]; raw: R } {
  if (raw.watch === undefined) return { files, raw };
  const list = readWatchList(raw.watch);
  // Files on the command line may be fewer than the list's: its symbols need not all be there.
  const ownFiles = files.length > 0;
  const listed = (values: PerSymbol | undefined): PerSymbol | undefined =>
    values === undefined || !ownFiles ? values : { ...values, mayBeAbsent: new Set(values.bySymbol.keys()) };
  return {
    files: ownFiles ? files : list.files,
    raw: { ...raw, target: mergePerSymbol(listed(list.target), raw.target), step: mergePerSymbol(listed(list.step), raw.step) },
  };
}
