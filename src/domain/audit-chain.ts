/**
 * The Audit sheet's tamper evidence (issue 19, regulations §5 安全性): every Audit row carries, in
 * its last column, a running hash of the previous row's hash and its own cells. Editing, deleting
 * (or clearing) or inserting a logged row breaks the chain at that row, and a check says where.
 *
 * The hash is SHA-256, written here in plain TypeScript (about 40 lines, checked against Node's
 * crypto in the tests): it runs the same in the pane (no Web Crypto needed, which is async and
 * missing on http pages) and in the CLI, and no package provides one as a declared dependency
 * (@noble/hashes is in node_modules only as somebody else's dependency). A 64-bit FNV would do
 * for casual edits too, but SHA-256 costs nothing more here and leaves no doubt about collisions.
 *
 * What it protects against, and what not: see README ("变更日志的防篡改"). Anyone can recompute
 * the chain after an edit: it detects casual edits and deletions, not a determined forger.
 */
import type { CellValue } from './table';

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 of a text (UTF-8), as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}

/**
 * A cell as the chain hashes it: the same text whichever adapter wrote and read it back. Empty is
 * ''. A date is its local "YYYY-MM-DD HH:MM", the text the Office adapter writes for a date in one
 * of its own sheets (the memory and file adapters keep the Date: the same text on the same clock).
 */
export function chainText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())} ${p(v.getHours())}:${p(v.getMinutes())}`;
  }
  return String(v);
}

/** The hash of a row: SHA-256 of the previous row's hash and this row's cells ('' before the first). */
export function chainHash(previous: string, cells: readonly (CellValue | undefined)[]): string {
  return sha256Hex(JSON.stringify([previous, ...cells.map(chainText)]));
}

/** Where a chain breaks: the worksheet row, and whether a row is missing its hash or holds a wrong one. */
export interface ChainBreak {
  row: number;
  /** 'changed': the row's hash does not match (it, or the row before it, was edited or removed). 'unhashed': no hash where one belongs (a row inserted). */
  kind: 'changed' | 'unhashed';
}

/** A logged row as read back: its worksheet row and cells (the hash in cells[hashColumn]). */
export interface ChainRow {
  row: number;
  cells: readonly CellValue[];
}

/**
 * The first row where the chain breaks, or null. Rows before the first hashed row (an Audit sheet
 * an older version started) are not part of it; from there, every row must carry the hash of the
 * previous row's hash and its own first `hashColumn` cells. A gap of blank rows before a broken row
 * is where a row was cleared: the first blank row is reported.
 */
export function verifyChain(rows: readonly ChainRow[], hashColumn: number): ChainBreak | null {
  let previous: string | null = null;
  let lastRow = 1;
  for (const { row, cells } of rows) {
    const stored = chainText(cells[hashColumn]).trim();
    const at = row > lastRow + 1 && previous !== null ? lastRow + 1 : row;
    if (!stored) {
      if (previous !== null) return { row: at, kind: 'unhashed' };
    } else {
      const own = Array.from({ length: hashColumn }, (_, i) => cells[i]);
      if (chainHash(previous ?? '', own) !== stored) return { row: at, kind: 'changed' };
      previous = stored;
    }
    lastRow = row;
  }
  return null;
}
