/**
 * Groups rows by a numeric blocking key (a 53-bit hash or an exact integer) by sorting,
 * not hashing: entries are ordered by a 32-bit mix of their key with a stable LSD radix
 * sort (three linear passes over typed arrays), so equal keys sit next to each other in
 * entry order. No string, object, Map or hash probe per row: a million rows × 23 phone
 * passes is 23 radix sorts. Two keys whose 32-bit mixes collide are told apart by their exact keys.
 * Only keys shared by two or more entries are kept (compactly), so the groups of a pass
 * cost memory in proportion to the rows that have a partner, not to the table.
 */

/** Collects (key, row) entries; reused for every pass (its arrays only grow). */
export class KeyEntries {
  keys = new Float64Array(1024);
  rows = new Int32Array(1024);
  count = 0;

  /** Makes room for `extra` more entries, so a hot loop can store into keys/rows directly. */
  reserve(extra: number): void {
    const need = this.count + extra;
    if (need <= this.keys.length) return;
    const k2 = new Float64Array(need);
    k2.set(this.keys.subarray(0, this.count));
    this.keys = k2;
    const r2 = new Int32Array(need);
    r2.set(this.rows.subarray(0, this.count));
    this.rows = r2;
  }

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
export function mix32(key: number): number {
  // ToInt32 is already "mod 2^32" for integers (no float modulo), and × 2^-32 is exact
  const lo = key | 0;
  const hi = (key * 2.3283064365386963e-10) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Scratch for the radix sorts (sortByMix, sortIndexesByHash), grown when needed and reused by
// every pass and every check. Typed arrays live outside the JS heap, and each 64 MB of new ones
// starts a full collection of the whole heap: at a million rows these four are 16 MB each time.
let hashA = new Uint32Array(0);
let hashB = new Uint32Array(0);
let idxA = new Int32Array(0);
let idxB = new Int32Array(0);

function reserveRadixScratch(m: number): void {
  if (hashA.length >= m) return;
  // a quarter more than asked: the sorts of one check differ a little in size (prepare sorts a
  // key per row, a phone pass a key per phone, and a few rows have two), so the first big sort
  // makes room for the rest; doubling would leave most of the growth unused
  const cap = Math.ceil(Math.max(m, hashA.length) * 1.25);
  hashA = new Uint32Array(cap);
  hashB = new Uint32Array(cap);
  idxA = new Int32Array(cap);
  idxB = new Int32Array(cap);
}
const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;
/** Digit counts, then positions, of the radix pass under way. */
const sortCounts = new Int32Array(RADIX);
// Scratch for the groups found by fromEntries.
let groupRows = new Int32Array(0);
let groupStart = new Int32Array(1);
let groupKeys = new Float64Array(0);

/**
 * Entry indexes 0..m-1 sorted by the 32-bit mix of their key (stable: equal mixes keep entry
 * order), by an LSD radix sort in three 11-bit passes (2,048 buckets stay in cache): linear, no comparisons.
 * Returns the sorted mixes and indexes (scratch arrays, valid until the next call).
 */
function sortByMix(keys: Float64Array, count: number): { hash: Uint32Array; idx: Int32Array; m: number } {
  let m = count;
  reserveRadixScratch(m);
  mixInto(hashA, keys, m);
  m = dropSingletons(m);
  // three passes, A -> B -> A -> B (the loops shared with sortIndexesByHash, see radixPass)
  radixPass(hashA, idxA, hashB, idxB, m, 0);
  radixPass(hashB, idxB, hashA, idxA, m, RADIX_BITS);
  radixPass(hashA, idxA, hashB, idxB, m, 2 * RADIX_BITS);
  return { hash: hashB, idx: idxB, m };
}

/**
 * hash[k] = mix32(keys[k]). A loop of its own: inside sortByMix it was compiled on stack
 * replacement and then left, at the next call after it, on every later sort.
 */
function mixInto(hash: Uint32Array, keys: Float64Array, m: number): void {
  for (let k = 0; k < m; k++) hash[k] = mix32(keys[k]);
}

// Scratch for dropSingletons: a one-byte saturating count per bucket of mix bits.
let bucketCounts = new Uint8Array(0);
/** From this many entries on, singletons are dropped partition by partition. */
const PARTITIONED_FROM = 1 << 16;

/**
 * Most keys of a pass are seen once (a phone with one digit masked rarely meets another), and a
 * key seen once is never a group. Entries whose mix falls in a bucket no other entry hits are
 * dropped before the sort (a counting filter over mix bits). Keeps the others in hashA/idxA[0..kept)
 * and returns kept: entries with equal mixes stay in entry order, so every group survives whole
 * and the sort sees the same runs in the same order.
 */
function dropSingletons(m: number): number {
  if (m < 4096) {
    identity(idxA, m);
    return m;
  }
  if (m < PARTITIONED_FROM) return dropSingletonsFlat(m);
  return dropSingletonsPartitioned(m);
}

/** The counting filter over one table of about 4 buckets per entry (two linear passes). */
function dropSingletonsFlat(m: number): number {
  const bits = Math.min(22, Math.max(15, Math.ceil(Math.log2(m)) + 2));
  const size = 1 << bits;
  if (bucketCounts.length < size) bucketCounts = new Uint8Array(size);
  else bucketCounts.fill(0, 0, size);
  const shift = 32 - bits;
  countBuckets(m, shift);
  return keepShared(m, shift);
}

// The two passes are functions of their own, for the reason given at scatterByTopDigit.
function countBuckets(m: number, shift: number): void {
  for (let k = 0; k < m; k++) {
    const b = hashA[k] >>> shift;
    if (bucketCounts[b] < 2) bucketCounts[b]++;
  }
}

function keepShared(m: number, shift: number): number {
  let kept = 0;
  for (let k = 0; k < m; k++) {
    const h = hashA[k];
    if (bucketCounts[h >>> shift] < 2) continue;
    hashA[kept] = h;
    idxA[kept++] = k;
  }
  return kept;
}

/**
 * The same filter for big passes, cache-friendly: one flat table for a million entries is 4 MB,
 * and each count is a cache and TLB miss (measured: ~130 ns an entry, most of a typo pass). So
 * the entries are first scattered by their top 11 mix bits (one stable counting pass, as a radix
 * sort does), then each partition is counted in a small table of its own over the next bits.
 * Kept entries come out partition by partition; equal mixes share a partition and keep entry order.
 */
function dropSingletonsPartitioned(m: number): number {
  const pShift = 32 - RADIX_BITS;
  scatterByTopDigit(m, pShift);
  return keepSharedPerPartition(pShift);
}

/**
 * The scatter: a pass of the radix sort on the top digit, storing entry numbers (no index array
 * to read); afterwards sortCounts[d] is where partition d ends in hashB/idxB. Each long loop of
 * the filter is a function of its own: in one function, the first loop was optimised before the
 * next had run, and the optimised code was thrown away at the next loop on every call.
 */
function scatterByTopDigit(m: number, pShift: number): void {
  digitStarts(hashA, m, pShift);
  for (let k = 0; k < m; k++) {
    const h = hashA[k];
    const at = sortCounts[h >>> pShift]++;
    hashB[at] = h;
    idxB[at] = k;
  }
}

/** Counts each partition in a small table of its own; keeps the entries whose bucket has two. */
function keepSharedPerPartition(pShift: number): number {
  let kept = 0;
  let from = 0;
  for (let d = 0; d < RADIX; from = sortCounts[d++]) {
    const to = sortCounts[d];
    const len = to - from;
    if (len < 2) continue;
    // about 4 buckets per entry over the bits below the partition's (all of them for a huge partition)
    const bits = Math.min(pShift, Math.max(4, Math.ceil(Math.log2(len)) + 2));
    const size = 1 << bits;
    if (bucketCounts.length < size) bucketCounts = new Uint8Array(size);
    else bucketCounts.fill(0, 0, size);
    const shift = pShift - bits;
    const mask = size - 1;
    for (let x = from; x < to; x++) {
      const b = (hashB[x] >>> shift) & mask;
      if (bucketCounts[b] < 2) bucketCounts[b]++;
    }
    for (let x = from; x < to; x++) {
      const h = hashB[x];
      if (bucketCounts[(h >>> shift) & mask] < 2) continue;
      hashA[kept] = h;
      idxA[kept++] = idxB[x];
    }
  }
  return kept;
}

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
    const { hash, idx, m } = sortByMix(e.keys, e.count);
    // groups are written into scratch typed arrays (at most m rows, m / 2 groups), then copied to size
    if (groupRows.length < m) {
      groupRows = new Int32Array(Math.max(m, Math.ceil(groupRows.length * 1.25)));
      groupStart = new Int32Array(groupRows.length + 1);
      groupKeys = new Float64Array(groupRows.length);
    }
    const groups = collectGroups(hash, idx, m, e.keys, e.rows);
    const used = groupStart[groups];
    return new KeyGroups(groups, groupStart.slice(0, groups + 1), groupRows.slice(0, used), groupKeys.slice(0, groups));
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

/**
 * Writes the groups of the sorted entries (runs of equal mixes shared by two or more entries)
 * into the group scratch arrays; returns their count (group g holds groupRows[groupStart[g] ..
 * groupStart[g + 1])). The hot loop only: the rare collided run is split out of line, so this
 * is optimised once, small, with nothing in it that has not run yet.
 */
function collectGroups(hash: Uint32Array, idx: Int32Array, m: number, keys: Float64Array, rows: Int32Array): number {
  let used = 0;
  let groups = 0;
  groupStart[0] = 0;
  let k = 0;
  while (k < m) {
    const h = hash[k];
    let end = k + 1;
    while (end < m && hash[end] === h) end++;
    if (end - k >= 2) {
      const first = keys[idx[k]];
      let same = true;
      for (let x = k + 1; x < end && same; x++) same = keys[idx[x]] === first;
      if (same) {
        for (let x = k; x < end; x++) groupRows[used++] = rows[idx[x]];
        groupKeys[groups++] = first;
        groupStart[groups] = used;
      } else {
        groups = splitCollidedRun(idx, keys, rows, k, end, groups);
        used = groupStart[groups];
      }
    }
    k = end;
  }
  return groups;
}

/**
 * 32-bit mixes collided in sorted entries k..end-1: the run is split by exact key, keeping entry
 * order inside each key, and each key of two or more entries is appended as a group after
 * `groups` groups. Returns the new group count.
 */
function splitCollidedRun(
  idx: Int32Array,
  keys: Float64Array,
  rows: Int32Array,
  k: number,
  end: number,
  groups: number,
): number {
  let used = groupStart[groups];
  const byKey = new Map<number, number[]>();
  for (let x = k; x < end; x++) {
    const list = byKey.get(keys[idx[x]]);
    if (list) list.push(rows[idx[x]]);
    else byKey.set(keys[idx[x]], [rows[idx[x]]]);
  }
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    for (const r of list) groupRows[used++] = r;
    groupKeys[groups++] = key;
    groupStart[groups] = used;
  }
  return groups;
}

// Scratch for firstEqualEntries' answer.
let firstScratch = new Int32Array(0);

/**
 * Indexes 0..m-1 in ascending order of hash[k] (unsigned 32-bit), stable: equal hashes keep
 * index order. The LSD radix sort of sortByMix over hashes the caller computed, in the radix
 * scratch it shares with sortByMix (`hash` is left as it is). Returns the sorted hashes and the indexes in scratch
 * arrays (entries 0..m-1 valid until the next call).
 */
export function sortIndexesByHash(hash: Uint32Array, m: number): { hash: Uint32Array; idx: Int32Array } {
  // the radix scratch shared with sortByMix (see reserveRadixScratch)
  reserveRadixScratch(m);
  hashA.set(hash.subarray(0, m));
  identity(idxA, m);
  // three passes, A -> B -> A -> B. Each loop is a small function of its own, optimised on its
  // first long run and then reused by the next passes and sorts (with every loop in one function,
  // a cold first sort was compiled on stack replacement loop by loop, deoptimised in between)
  radixPass(hashA, idxA, hashB, idxB, m, 0);
  radixPass(hashB, idxB, hashA, idxA, m, RADIX_BITS);
  radixPass(hashA, idxA, hashB, idxB, m, 2 * RADIX_BITS);
  return { hash: hashB, idx: idxB };
}

function identity(idx: Int32Array, m: number): void {
  for (let k = 0; k < m; k++) idx[k] = k;
}

/** One stable pass of the LSD radix sort: entries of src ordered by the digit at `shift`, into dst. */
function radixPass(
  srcH: Uint32Array,
  srcI: Int32Array,
  dstH: Uint32Array,
  dstI: Int32Array,
  m: number,
  shift: number,
): void {
  digitStarts(srcH, m, shift);
  scatterByDigit(srcH, srcI, dstH, dstI, m, shift);
}

/** sortCounts[d] = where the entries with digit d (at `shift`) start in sorted order. */
function digitStarts(srcH: Uint32Array, m: number, shift: number): void {
  countDigits(srcH, m, shift);
  let sum = 0;
  for (let d = 0; d < RADIX; d++) {
    const c = sortCounts[d];
    sortCounts[d] = sum;
    sum += c;
  }
}

function countDigits(srcH: Uint32Array, m: number, shift: number): void {
  const counts = sortCounts;
  counts.fill(0);
  for (let k = 0; k < m; k++) counts[(srcH[k] >>> shift) & (RADIX - 1)]++;
}

function scatterByDigit(
  srcH: Uint32Array,
  srcI: Int32Array,
  dstH: Uint32Array,
  dstI: Int32Array,
  m: number,
  shift: number,
): void {
  const counts = sortCounts;
  for (let k = 0; k < m; k++) {
    const h = srcH[k];
    const at = counts[(h >>> shift) & (RADIX - 1)]++;
    dstH[at] = h;
    dstI[at] = srcI[k];
  }
}

/**
 * Per entry, the first (lowest) entry equal to it, by `same`: entries 0..m-1 are sorted by a
 * 32-bit hash of their value (equal values must have equal hashes), then each run of equal
 * hashes is split by comparing entries with the run's first ones. Grouping by sorting rather
 * than a hash table: a probe into a table of a million keys chains dependent cache misses
 * (slot -> first entry -> its value), while the loads of neighbours in sorted order are
 * independent, so the CPU overlaps them. The answer is a scratch array (entries 0..m-1 valid
 * until the next call).
 */
export function firstEqualEntries(hash: Uint32Array, m: number, same: (a: number, b: number) => boolean): Int32Array {
  const { hash: sorted, idx } = sortIndexesByHash(hash, m);
  if (firstScratch.length < m) firstScratch = new Int32Array(Math.max(m, 2 * firstScratch.length));
  const first = firstScratch;
  let x = 0;
  while (x < m) {
    const h = sorted[x];
    let end = x + 1;
    while (end < m && sorted[end] === h) end++;
    const head = idx[x];
    first[head] = head;
    // a run of equal hashes: the values are compared out of line (`same` differs by caller, so
    // this loop stays one small optimised function for all of them)
    if (end - x > 1) splitHashRun(idx, x, end, first, same);
    x = end;
  }
  return first;
}

/** The distinct values met so far in the run being split (one, unless 32-bit hashes collided). */
let runHeads = new Int32Array(16);

/** first[] for sorted entries x+1..end-1 of one run of equal hashes, whose entry x is its own first. */
function splitHashRun(
  idx: Int32Array,
  x: number,
  end: number,
  first: Int32Array,
  same: (a: number, b: number) => boolean,
): void {
  let heads = runHeads;
  heads[0] = idx[x];
  let headCount = 1;
  for (let y = x + 1; y < end; y++) {
    const k = idx[y];
    let f = -1;
    for (let j = 0; j < headCount && f < 0; j++) if (same(heads[j], k)) f = heads[j];
    if (f < 0) {
      if (headCount === heads.length) {
        const grown = new Int32Array(2 * headCount);
        grown.set(heads);
        runHeads = heads = grown;
      }
      heads[headCount++] = f = k;
    }
    first[k] = f;
  }
}
