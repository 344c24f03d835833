/**
 * Values keyed by the raw bytes of a field, so the scanner finds a row's index without decoding its
 * symbol to a string. Open addressing, FNV-1a hash.
 */
export class SymbolTable<T> {
  // Room for 512 symbols before the first growth (4 KiB): growing is a path the optimised row loop
  // has not seen, and V8 would throw that code away to take it.
  private slots = new Int32Array(1024).fill(-1);
  private keys: Uint8Array[] = [];
  private hashes: number[] = [];
  private values: T[] = [];

  /** The entry number of the key `buf[start, end)`, or -1. */
  find(buf: Uint8Array, start: number, end: number): number {
    const hash = hashOf(buf, start, end);
    const mask = this.slots.length - 1;
    // Each probe steps first, so the optimiser has seen the step before a collision needs it.
    for (let at = (hash - 1) & mask; ; ) {
      at = (at + 1) & mask;
      const k = this.slots[at];
      if (k < 0) return -1;
      if (this.hashes[k] === hash && sameBytes(this.keys[k], buf, start, end)) return k;
    }
  }

  key(entry: number): Uint8Array {
    return this.keys[entry];
  }

  value(entry: number): T {
    return this.values[entry];
  }

  /** Adds a key that is not in the table; returns its entry number. */
  add(buf: Uint8Array, start: number, end: number, value: T): number {
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    const k = this.keys.length;
    this.keys.push(new Uint8Array(buf.subarray(start, end))); // a copy: `Buffer#slice` is a view
    this.hashes.push(hashOf(buf, start, end));
    this.values.push(value);
    this.place(k);
    return k;
  }

  private place(k: number): void {
    const mask = this.slots.length - 1;
    let at = (this.hashes[k] - 1) & mask;
    do at = (at + 1) & mask;
    while (this.slots[at] >= 0);
    this.slots[at] = k;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let k = 0; k < this.keys.length; k++) this.place(k);
  }
}

function hashOf(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
  return h >>> 0;
}

/** Whether `key` equals `buf[start, end)`. */
export function sameBytes(key: Uint8Array, buf: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== buf[start + i]) return false;
  return true;
}
