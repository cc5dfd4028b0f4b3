/**
 * An order of rows by what they say, not where they are. The matcher joins rows greedily and a
 * join can be refused (two different valid IDs never share a cluster), so when a row matches two
 * rows that may not be joined, the one compared first gets it. Inside a blocking group the rows
 * are compared in this order, which makes the clusters the same in any row order of the sheet.
 *
 * Earlier first contact first (the customer registered first, as the regulations' "first
 * registration keeps the customer" would have it; no date last), then a hash of the row's
 * normalised content; rows alike in both keep their sheet order (then they are alike in every
 * field the matcher reads, up to a hash collision). Hashes are made on demand: only rows in
 * groups of three or more need one (two rows are one pair in either order).
 */
import type { PreparedRows } from './prepare';
import { hashString } from './similarity';

export class ContentOrder {
  private readonly hashes: Float64Array;

  constructor(private readonly p: PreparedRows) {
    this.hashes = new Float64Array(p.n).fill(-1);
  }

  /** The content hash of row i (identifiers, names, birth date, city, kind, owner, CustomerId). */
  private hash(i: number): number {
    let h = this.hashes[i];
    if (h < 0) {
      const p = this.p;
      const city = p.city[i] >= 0 ? p.cities[p.city[i]] : '';
      const text =
        `${p.phoneA[i]}|${p.phoneB[i]}|${p.idKey[i]}|${p.names.name[p.nameCode[i]]}|${p.contacts.name[p.contactNameCode[i]]}|` +
        `${p.birth[i]}|${city}|${p.kind[i]}|${p.owner[i]}|${p.customerId[i]}`;
      h = hashString(text, 61);
      this.hashes[i] = h;
    }
    return h;
  }

  /** Negative when row a comes before row b. */
  compare(a: number, b: number): number {
    const fa = this.p.firstContact[a];
    const fb = this.p.firstContact[b];
    if (fa !== fb) {
      if (Number.isNaN(fa)) return 1;
      if (Number.isNaN(fb)) return -1;
      return fa - fb;
    }
    return this.hash(a) - this.hash(b) || a - b;
  }

  /** Puts rows[0 .. count) in this order (insertion sort: groups are small and usually sorted). */
  sortGroup(rows: Int32Array, count: number): void {
    if (count < 3) return;
    for (let x = 1; x < count; x++) {
      const row = rows[x];
      let y = x - 1;
      while (y >= 0 && this.compare(rows[y], row) > 0) {
        rows[y + 1] = rows[y];
        y--;
      }
      rows[y + 1] = row;
    }
  }
}
