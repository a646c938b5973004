/**
 * A compact record of the keys seen in a stream (agency and title of each proposal): each key is
 * kept as a 64-bit hash with the index of its first proposal, in typed arrays, never as a string;
 * only keys seen more than once have a count (in a map: repeats are few). The table holds 12
 * bytes per slot, grows by half when three quarters full (not by doubling at half full), so a
 * million distinct titles take about 18 MB (30 MB for the moment of growing), where 16 bytes a
 * slot doubled at half full took 34 MB (50 MB growing). The text of the proposals is never held.
 * Two different keys share a hash with a chance of about n²/2⁶⁵ (3 in 100 million for a million
 * keys).
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

/** The slots of a fresh table. */
const INITIAL_SLOTS = 1024;
/** The table grows when more than this share of its slots is taken. */
const MAX_LOAD = 0.75;
/** How much larger each new table is. */
const GROWTH = 1.5;
/** 2³², to map a 32-bit hash onto any number of slots. */
const TWO_32 = 4294967296;

/**
 * An open-addressing table of 64-bit key hashes, each with the index it was first added at; a
 * count for the keys added more than once.
 */
export class SeenKeys {
  #high = new Uint32Array(INITIAL_SLOTS);
  #low = new Uint32Array(INITIAL_SLOTS);
  /** The first index + 1 (0: an empty slot). */
  #first = new Uint32Array(INITIAL_SLOTS);
  /** The count of each key added more than once, by its first index. */
  #repeats = new Map<number, number>();
  #size = 0;

  /** How many different keys were added. */
  get size(): number {
    return this.#size;
  }

  /** How many bytes the table's arrays take (for measurements). */
  get bytes(): number {
    return this.#high.byteLength * 3;
  }

  /**
   * Adds a key seen at `index` (each index at most once, below 2³² − 1); returns its first
   * index and how often it is now seen.
   */
  add(key: string, index: number): SeenKey {
    if (this.#size + 1 > this.#high.length * MAX_LOAD) this.#grow();
    const [a, b] = hash64(key);
    const slot = this.#find(a, b);
    const stored = this.#first[slot] ?? 0;
    if (stored === 0) {
      this.#high[slot] = a;
      this.#low[slot] = b;
      this.#first[slot] = index + 1;
      this.#size += 1;
      return { first: index, count: 1 };
    }
    const first = stored - 1;
    const count = (this.#repeats.get(first) ?? 1) + 1;
    this.#repeats.set(first, count);
    return { first, count };
  }

  /** Every key seen more than once (its first index and count), in the order it was repeated. */
  *repeated(): Generator<SeenKey> {
    for (const [first, count] of this.#repeats) yield { first, count };
  }

  /** The slot holding the hash `a`, `b`, or the empty slot where it belongs. */
  #find(a: number, b: number): number {
    const slots = this.#high.length;
    // the mixed hash scaled onto the slots (exact: below 2⁵³)
    let slot = Math.floor((((a ^ Math.imul(b, 0x27d4eb2d)) >>> 0) * slots) / TWO_32);
    while ((this.#first[slot] ?? 0) !== 0) {
      if (this.#high[slot] === a && this.#low[slot] === b) return slot;
      slot += 1;
      if (slot === slots) slot = 0;
    }
    return slot;
  }

  #grow(): void {
    const [high, low, first] = [this.#high, this.#low, this.#first];
    const slots = Math.ceil(high.length * GROWTH);
    this.#high = new Uint32Array(slots);
    this.#low = new Uint32Array(slots);
    this.#first = new Uint32Array(slots);
    for (let slot = 0; slot < high.length; slot += 1) {
      const f = first[slot] ?? 0;
      if (f === 0) continue;
      const a = high[slot] ?? 0;
      const b = low[slot] ?? 0;
      const to = this.#find(a, b);
      this.#high[to] = a;
      this.#low[to] = b;
      this.#first[to] = f;
    }
  }
}
