import { InvalidArgumentError } from 'commander';
import { MAX_LEVELS } from '../core/MilestoneTracker.js';
import { formatDecimal } from '../formatDecimal.js';
import { parseIsoDate } from '../ingest/parseIsoDate.js';

/** The smallest `--step`: a smaller one puts more than `MAX_LEVELS` levels below a price of 1, beyond any index's budget. */
const MIN_STEP = 1 / MAX_LEVELS;

/** A positive level or step: `7000`, `7,000`, `2.5`. */
export function parsePositive(text: string): number {
  const value = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidArgumentError(`expected a positive number, got ${JSON.stringify(text)}`);
  }
  return value;
}

/** An ISO date `YYYY-MM-DD` as a day number. */
export function parseDateOption(text: string): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseIsoDate(text) : null;
  if (day === null) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return day;
}

/** `--levels 5000,6000,7000`: ascending, without repeats. */
export function parseLevelList(text: string): number[] {
  const levels = text.split(',').map((part) => parsePositive(part.trim()));
  return [...new Set(levels)].sort((a, b) => a - b);
}

/** A `--step`: positive, and not below `MIN_STEP`. */
function parseStep(text: string): number {
  const step = parsePositive(text);
  if (step < MIN_STEP) {
    throw new InvalidArgumentError(`expected a step of at least ${MIN_STEP} (a smaller one puts more than ${formatDecimal(MAX_LEVELS, 0, 3)} levels below 1), got ${JSON.stringify(text)}`);
  }
  return step;
}

/**
 * A number for every index and per index: `--step 1000`, `--step RUT=500`, `--target SPX=7000`, or
 * several joined by commas; repeated options add up, a later value replacing an earlier one.
 */
export interface PerSymbol {
  /** The value for an index the option does not name; `null` when none was given. */
  readonly defaultValue: number | null;
  /** Upper-cased symbol → value, as the option names them (see `valueFor`). */
  readonly bySymbol: ReadonlyMap<string, number>;
  /** Symbols of `bySymbol` the input need not have (a watch list's, when the command line names the files). */
  readonly mayBeAbsent?: ReadonlySet<string>;
}

/** A commander parser collecting repeated `VALUE` / `SYMBOL=VALUE` lists into one `PerSymbol`, each value through `parse`. */
export function collectPerSymbol(parse: (text: string) => number): (text: string, previous: PerSymbol | undefined) => PerSymbol {
  return (text, previous) => {
    let defaultValue = previous?.defaultValue ?? null;
    const bySymbol = new Map(previous?.bySymbol ?? []);
    // Split only before a `SYMBOL=`: a level may have thousands separators (`SPX=7,000,DJI=50,000`).
    for (const part of text.split(/,(?=[^,=]*=)/).map((p) => p.trim())) {
      const eq = part.indexOf('=');
      if (eq < 0) {
        defaultValue = parse(part);
        continue;
      }
      const symbol = part.slice(0, eq).trim().toUpperCase();
      if (symbol === '') throw new InvalidArgumentError(`expected SYMBOL=VALUE, got ${JSON.stringify(part)}`);
      bySymbol.set(symbol, parse(part.slice(eq + 1).trim()));
    }
    return { defaultValue, bySymbol };
  };
}

/** `over`'s values on top of `base`'s (a watch list's under the command line's). */
export function mergePerSymbol(base: PerSymbol | undefined, over: PerSymbol | undefined): PerSymbol | undefined {
  if (base === undefined || over === undefined) return over ?? base;
  const mayBeAbsent = new Set([...(base.mayBeAbsent ?? []), ...(over.mayBeAbsent ?? [])].filter((symbol) => !over.bySymbol.has(symbol) || over.mayBeAbsent?.has(symbol)));
  return { defaultValue: over.defaultValue ?? base.defaultValue, bySymbol: new Map([...base.bySymbol, ...over.bySymbol]), mayBeAbsent };
}

/** Collects repeated `--step` values. */
export const collectStep = collectPerSymbol(parseStep);

/** Collects repeated `--target` levels. */
export const collectTarget = collectPerSymbol(parsePositive);
