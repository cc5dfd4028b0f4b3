/**
 * Groups rows by a numeric blocking key (a 53-bit hash or an exact integer) with an
 * open-addressing hash table over typed arrays: no string, object or array per row,
 * so a million rows cost a few typed arrays rather than a million Map entries.
 */
export class KeyGroups {
  private cap: number;
  private slotKey: Float64Array;
  private slotHead: Int32Array; // entry index of the last entry added for the key, -1 = empty slot
  private slotCount: Int32Array;
  private next: Int32Array; // per entry: previous entry with the same key
  private entryRow: Int32Array;
  private entries = 0;
  private used = 0;

  constructor(expectedEntries: number) {
    let cap = 16;
    while (cap < expectedEntries * 2) cap *= 2;
    this.cap = cap;
    this.slotKey = new Float64Array(cap);
    this.slotHead = new Int32Array(cap).fill(-1);
    this.slotCount = new Int32Array(cap);
    const e = Math.max(16, expectedEntries);
    this.next = new Int32Array(e);
    this.entryRow = new Int32Array(e);
  }

  /** Empties the groups, keeping the arrays (one allocation for all passes of a run). */
  reset(): void {
    this.slotHead.fill(-1);
    this.slotCount.fill(0);
    this.entries = 0;
    this.used = 0;
  }

  private slotOf(key: number): number {
    const lo = (key % 4294967296) | 0;
    const hi = (key / 4294967296) | 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const mask = this.cap - 1;
    let s = h & mask;
    while (this.slotHead[s] !== -1 && this.slotKey[s] !== key) s = (s + 1) & mask;
    return s;
  }

  private grow(): void {
    const oldKey = this.slotKey;
    const oldHead = this.slotHead;
    const oldCount = this.slotCount;
    this.cap *= 2;
    this.slotKey = new Float64Array(this.cap);
    this.slotHead = new Int32Array(this.cap).fill(-1);
    this.slotCount = new Int32Array(this.cap);
    for (let i = 0; i < oldKey.length; i++) {
      if (oldHead[i] === -1) continue;
      const s = this.slotOf(oldKey[i]);
      this.slotKey[s] = oldKey[i];
      this.slotHead[s] = oldHead[i];
      this.slotCount[s] = oldCount[i];
    }
  }

  /** Whether some entry has this key. */
  has(key: number): boolean {
    return this.slotHead[this.slotOf(key)] !== -1;
  }

  add(key: number, row: number): void {
    if (this.entries === this.entryRow.length) {
      const n2 = new Int32Array(this.entries * 2);
      n2.set(this.next);
      this.next = n2;
      const r2 = new Int32Array(this.entries * 2);
      r2.set(this.entryRow);
      this.entryRow = r2;
    }
    if ((this.used + 1) * 2 > this.cap) this.grow();
    const s = this.slotOf(key);
    const e = this.entries++;
    this.entryRow[e] = row;
    if (this.slotHead[s] === -1) {
      this.slotKey[s] = key;
      this.next[e] = -1;
      this.used++;
    } else {
      this.next[e] = this.slotHead[s];
    }
    this.slotHead[s] = e;
    this.slotCount[s]++;
  }

  /**
   * Calls visit(rows, count, key) for every key shared by at least two entries. `rows` is a
   * scratch buffer (valid during the call only), in ascending entry order; a row added twice
   * under one key appears twice.
   */
  forEachGroup(visit: (rows: Int32Array, count: number, key: number) => void): void {
    let scratch = new Int32Array(64);
    for (let s = 0; s < this.cap; s++) {
      const count = this.slotCount[s];
      if (count < 2) continue;
      if (count > scratch.length) scratch = new Int32Array(count * 2);
      let e = this.slotHead[s];
      let k = count;
      while (e !== -1) {
        scratch[--k] = this.entryRow[e];
        e = this.next[e];
      }
      visit(scratch, count, this.slotKey[s]);
    }
  }
}
