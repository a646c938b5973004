/**
 * A compact record of the keys seen in a stream (agency and title of each proposal): each key is
 * kept as a 64-bit hash with the index of its first proposal and a count, in typed arrays, never
 * as a string. A million distinct titles take about 16 MB; the text of the proposals is never
 * held. Two different keys share a hash with a chance of about n²/2⁶⁵ (3 in 100 million for a
 * million keys).
 *
 * @module
 */

/** Two independent 32-bit hashes of a string (FNV-1a and a multiply-rotate hash). */
function hash64(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, b >>> 0];
}

/** What {@link SeenKeys.add} found: the first index of the key and how often it was seen. */
export interface SeenKey {
  /** The index given when the key was first added. */
  readonly first: number;
  /** How many times the key has been added, this time included. */
  readonly count: number;
}

/** An open-addressing table of 64-bit key hashes, each with a first index and a count. */
export class SeenKeys {
  #high = new Uint32Array(1024);
  #low = new Uint32Array(1024);
  #first = new Uint32Array(1024);
  #count = new Uint32Array(1024);
  #size = 0;

  /** How many different keys were added. */
  get size(): number {
    return this.#size;
  }

  /** Adds a key seen at `index`; returns its first index and how often it is now seen. */
  add(key: string, index: number): SeenKey {
    if ((this.#size + 1) * 2 > this.#high.length) this.#grow();
    const [a, b] = hash64(key);
    const slot = this.#find(a, b);
    const count = this.#count[slot] ?? 0;
    if (count === 0) {
      this.#high[slot] = a;
      this.#low[slot] = b;
      this.#first[slot] = index;
      this.#size += 1;
    }
    this.#count[slot] = count + 1;
    return { first: this.#first[slot] ?? index, count: count + 1 };
  }

  /** Every key seen more than once: its first index and count. */
  *repeated(): Generator<SeenKey> {
    for (let slot = 0; slot < this.#count.length; slot += 1) {
      const count = this.#count[slot] ?? 0;
      if (count > 1) yield { first: this.#first[slot] ?? 0, count };
    }
  }

  #find(a: number, b: number): number {
    const mask = this.#high.length - 1;
    let slot = (a ^ Math.imul(b, 0x27d4eb2d)) & mask;
    while ((this.#count[slot] ?? 0) !== 0) {
      if (this.#high[slot] === a && this.#low[slot] === b) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  #grow(): void {
    const [high, low, first, count] = [this.#high, this.#low, this.#first, this.#count];
    const size = high.length * 2;
    this.#high = new Uint32Array(size);
    this.#low = new Uint32Array(size);
    this.#first = new Uint32Array(size);
    this.#count = new Uint32Array(size);
    for (let slot = 0; slot < high.length; slot += 1) {
      const n = count[slot] ?? 0;
      if (n === 0) continue;
      const a = high[slot] ?? 0;
      const b = low[slot] ?? 0;
      const to = this.#find(a, b);
      this.#high[to] = a;
      this.#low[to] = b;
      this.#first[to] = first[slot] ?? 0;
      this.#count[to] = n;
    }
  }
}
