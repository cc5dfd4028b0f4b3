import { prepareRows, type PreparedRows } from '../../../src/domain/conflicts/prepare';
import { buildGroups, findTypoCandidates, passCount } from '../../../src/domain/conflicts/blocking';
import type { BlockingKeyKind } from '../../../src/domain/conflicts';
import { makeTable, person } from './make-table';

/** Seeded phones: random numbers of 7-12 digits, some with a one-digit typo, a swap or an exact copy. */
function phones(count: number, seed: number): string[] {
  let x = seed;
  const rnd = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296;
  const digits = (len: number) =>
    Array.from({ length: len }, (_, k) => (k === 0 ? '1' : String(Math.floor(rnd() * 10)))).join('');
  const out: string[] = [];
  while (out.length < count) {
    const len = 7 + Math.floor(rnd() * 6);
    const base = digits(len);
    out.push(base);
    const pos = Math.floor(rnd() * len);
    const r = rnd();
    if (r < 0.3)
      out.push(base.slice(0, pos) + String((Number(base[pos]) + 1) % 10) + base.slice(pos + 1)); // one digit
    else if (r < 0.55 && pos + 1 < len)
      out.push(base.slice(0, pos) + base[pos + 1] + base[pos] + base.slice(pos + 2)); // swap
    else if (r < 0.7) out.push(base); // the same number again
  }
  return out;
}

function groupsOf(kind: BlockingKeyKind, pass: number, p: PreparedRows, withCandidates: boolean): number[][] {
  const out: number[][] = [];
  const candidates = withCandidates ? findTypoCandidates(p) : undefined;
  buildGroups(kind, pass, p, candidates).forEachGroup((rows, count) => out.push(Array.from(rows.subarray(0, count))));
  return out;
}

describe('typo candidates', () => {
  const p = prepareRows(makeTable(phones(4000, 7).map((Phone) => person({ Phone }))));
  const numbersOf = (row: number) => [p.phoneNumA[row], p.phoneNumB[row]];

  it.each(['phoneMasked', 'phoneTransposed'] as BlockingKeyKind[])(
    '%s passes over the candidates find every group with two different numbers, in the same order',
    (kind) => {
      let groups = 0;
      for (let pass = 0; pass < passCount(kind); pass++) {
        const all = groupsOf(kind, pass, p, false);
        // groups of one repeated number carry no typo: the exact phone pass compared them
        const withTypo = all.filter((rows) => new Set(rows.flatMap(numbersOf).filter((x) => x >= 0)).size > 1);
        const filtered = groupsOf(kind, pass, p, true);
        expect(filtered.length).toBeLessThanOrEqual(all.length);
        // every group with a typo is found whole; a found group without one differs only by its repeated number
        const key = (rows: number[]) => rows.join(',');
        const found = new Set(filtered.map(key));
        for (const g of withTypo) expect(found.has(key(g))).toBe(true);
        expect(filtered.map(key).filter((k) => withTypo.some((g) => key(g) === k))).toEqual(withTypo.map(key));
        groups += withTypo.length;
      }
      expect(groups).toBeGreaterThan(100);
    },
  );

  it('finds a typo between the second phone of one cell and the first of another', () => {
    const q = prepareRows(
      makeTable([
        person({ Phone: '13512345678 / 13900001111' }),
        person({ Phone: '13900001112' }),
        person({ Phone: '18611112222' }),
      ]),
    );
    const c = findTypoCandidates(q);
    expect(c.b[0]).not.toBe(0);
    expect(c.a[1]).not.toBe(0);
    expect(c.a[0] | c.a[2]).toBe(0);
    expect(groupsOf('phoneMasked', 10, q, true)).toEqual([[0, 1]]);
  });

  it('leaves most phones out of most passes', () => {
    const c = findTypoCandidates(p);
    let bits = 0;
    for (let i = 0; i < p.n; i++) for (let b = 0; b < 7; b++) if (c.a[i] & (1 << b)) bits++;
    expect(bits).toBeLessThan(p.n * 7 * 0.5);
  });
});
