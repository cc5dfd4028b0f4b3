/**
 * Groups rows by a numeric blocking key (a 53-bit hash or an exact integer) by sorting,
 * not hashing: each entry becomes one double, (32-bit mix of the key) × 2^b + entry index,
 * and a native Float64Array sort puts equal keys next to each other in entry order.
 * No string, object, Map or hash probe per row: a million rows × 23 phone passes is 23
 * native sorts. Two keys whose 32-bit mixes collide are told apart by their exact keys.
 * Only keys shared by two or more entries are kept (compactly), so the groups of a pass
 * cost memory in proportion to the rows that have a partner, not to the table.
 */

/** Collects (key, row) entries; reused for every pass (its arrays only grow). */
export class KeyEntries {
  keys = new Float64Array(1024);
  rows = new Int32Array(1024);
  count = 0;

  add(key: number, row: number): void {
    if (this.count === this.keys.length) {
      const k2 = new Float64Array(this.count * 2);
      k2.set(this.keys);
      this.keys = k2;
      const r2 = new Int32Array(this.count * 2);
      r2.set(this.rows);
      this.rows = r2;
    }
    this.keys[this.count] = key;
    this.rows[this.count++] = row;
  }
}

/** 32-bit mix of a non-negative integer key below 2^53 (murmur3 finaliser over both halves). */
function mix32(key: number): number {
  const lo = (key % 4294967296) | 0;
  const hi = (key / 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

let packedScratch = new Float64Array(0);

/** The keys shared by at least two entries, with their rows (ascending entry order). */
export class KeyGroups {
  /** Group g holds rows[start[g] .. start[g+1]). */
  private constructor(
    readonly groupCount: number,
    private readonly start: Int32Array,
    private readonly rows: Int32Array,
    private readonly keys: Float64Array,
  ) {}

  static fromEntries(e: KeyEntries): KeyGroups {
    const m = e.count;
    let bits = 1;
    while (2 ** bits < m) bits++;
    const shift = 2 ** bits;
    const hashShift = Math.max(0, bits - 21); // (32 - hashShift) + bits <= 53
    if (packedScratch.length < m) packedScratch = new Float64Array(Math.max(m, packedScratch.length * 2));
    const packed = packedScratch.subarray(0, m);
    for (let k = 0; k < m; k++) packed[k] = (mix32(e.keys[k]) >>> hashShift) * shift + k;
    packed.sort();

    let start: number[] = [0];
    let rows: number[] = [];
    const keys: number[] = [];
    let k = 0;
    while (k < m) {
      const h = Math.floor(packed[k] / shift);
      let end = k + 1;
      while (end < m && Math.floor(packed[end] / shift) === h) end++;
      if (end - k >= 2) {
        const first = e.keys[packed[k] - h * shift];
        let same = true;
        for (let x = k + 1; x < end && same; x++) same = e.keys[packed[x] - h * shift] === first;
        if (same) {
          for (let x = k; x < end; x++) rows.push(e.rows[packed[x] - h * shift]);
          start.push(rows.length);
          keys.push(first);
        } else {
          // 32-bit mixes collided: split the run by exact key, keeping entry order inside each key
          const byKey = new Map<number, number[]>();
          for (let x = k; x < end; x++) {
            const idx = packed[x] - h * shift;
            const list = byKey.get(e.keys[idx]);
            if (list) list.push(e.rows[idx]);
            else byKey.set(e.keys[idx], [e.rows[idx]]);
          }
          for (const [key, list] of byKey) {
            if (list.length < 2) continue;
            for (const r of list) rows.push(r);
            start.push(rows.length);
            keys.push(key);
          }
        }
      }
      k = end;
    }
    const g = new KeyGroups(keys.length, Int32Array.from(start), Int32Array.from(rows), Float64Array.from(keys));
    start = [];
    rows = [];
    return g;
  }

  /**
   * Calls visit(rows, count, key) for every key shared by at least two entries. `rows` is a
   * scratch buffer (valid during the call only), in ascending entry order; a row added twice
   * under one key appears twice.
   */
  forEachGroup(visit: (rows: Int32Array, count: number, key: number) => void): void {
    let scratch = new Int32Array(64);
    for (let g = 0; g < this.groupCount; g++) {
      const s = this.start[g];
      const count = this.start[g + 1] - s;
      if (count > scratch.length) scratch = new Int32Array(count * 2);
      for (let x = 0; x < count; x++) scratch[x] = this.rows[s + x];
      visit(scratch, count, this.keys[g]);
    }
  }
}
