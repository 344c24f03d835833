import { readFileSync } from 'node:fs';

/**
 * The WebAssembly row parser (`wasm/parseRows.ts`, built to `dist/wasm/parseRows.wasm`): it reads
 * plain rows out of its own memory twice as fast as JavaScript can, into records the scanner hands
 * on. One instance per thread, used by one scanner at a time.
 */
export interface RowParser {
  /** Where file bytes go (the parser reads them there). */
  readonly buffer: Buffer;
  /** Field kinds by column, as the scanner's. */
  readonly kinds: Int8Array;
  /** Records: 7 f64 (prices, then int fields as i32 pairs) each. */
  readonly f64: Float64Array;
  readonly i32: Int32Array;
  setWidth(width: number): void;
  /** Rows parsed from `start` up to `limit`; `stoppedAt` says where it stopped. */
  parse(start: number, limit: number, line: number): number;
  stoppedAt(): number;
  lineAfter(): number;
}

/** Bytes per record, and where its fields are (in f64 and i32 units). */
export const RECORD = { f64: 7, i32: 14, day: 8, symbolStart: 9, symbolEnd: 10, line: 11 } as const;

/** The little of the WebAssembly API used here (TypeScript's node and ES libs do not declare it). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const { Module, Instance } = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

interface Exports {
  memory: { buffer: ArrayBuffer };
  setWidth(width: number): void;
  kindsAt(): number;
  bufferAt(): number;
  recordsAt(): number;
  parse(start: number, limit: number, line: number): number;
  stoppedAt(): number;
  lineAfter(): number;
  BUF_BYTES: { value: number };
  MAX_ROWS: { value: number };
}

let loaded: RowParser | null | undefined;

/** This thread's parser, or `null` when the built module is not there (the JavaScript scanner reads alone). */
export function loadRowParser(): RowParser | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  // dist/ingest/fast/ → dist/wasm/; from the sources (tests), the built copy in dist/.
  for (const where of ['../../wasm/parseRows.wasm', '../../../dist/wasm/parseRows.wasm']) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(new URL(where, import.meta.url));
    } catch {
      continue;
    }
    const instance = new Instance(new Module(bytes), { env: { abort: () => {} } });
    const x = instance.exports as unknown as Exports;
    const memory = x.memory.buffer;
    const records = x.recordsAt();
    const maxRows = x.MAX_ROWS.value;
    loaded = {
      buffer: Buffer.from(memory, x.bufferAt(), x.BUF_BYTES.value),
      kinds: new Int8Array(memory, x.kindsAt(), 1024),
      f64: new Float64Array(memory, records, maxRows * RECORD.f64),
      i32: new Int32Array(memory, records, maxRows * RECORD.i32),
      setWidth: x.setWidth,
      parse: x.parse,
      stoppedAt: x.stoppedAt,
      lineAfter: x.lineAfter,
    };
    break;
  }
  return loaded;
}
