import { createHash } from 'node:crypto';
import { chainHash, chainText, sha256Hex, verifyChain, type ChainRow } from '../../../src/domain/audit-chain';
import type { CellValue } from '../../../src/domain/table';

describe('sha256Hex', () => {
  test.each([
    '',
    'abc',
    '客户档案 变更日志',
    'x'.repeat(55),
    'y'.repeat(56),
    'z'.repeat(64),
    'w'.repeat(1000),
    '😀 emoji',
  ])('matches node:crypto (case %#)', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('chainText', () => {
  test('a date is the local minute the Office adapter writes; empty is empty', () => {
    expect(chainText(new Date(2026, 11, 6, 9, 5, 42))).toBe('2026-12-06 09:05');
    expect(chainText(null)).toBe('');
    expect(chainText(undefined)).toBe('');
    expect(chainText(12)).toBe('12');
    expect(chainText(false)).toBe('false');
  });
});

/** A chain of n rows as appendAudit writes them: 3 cells, then the hash (column 3). */
function chain(n: number, first = 2): ChainRow[] {
  const rows: ChainRow[] = [];
  let previous = '';
  for (let i = 0; i < n; i++) {
    const cells: CellValue[] = [`2026-12-0${(i % 9) + 1} 10:00`, `S00${i}`, i];
    previous = chainHash(previous, cells);
    rows.push({ row: first + i, cells: [...cells, previous] });
  }
  return rows;
}

/** The rows after removing the one at index i: the ones below move up a worksheet row. */
function removeAt(rows: ChainRow[], i: number): ChainRow[] {
  return [...rows.slice(0, i), ...rows.slice(i + 1).map((r) => ({ ...r, row: r.row - 1 }))];
}

describe('verifyChain', () => {
  test('an untouched chain passes', () => {
    expect(verifyChain(chain(8), 3)).toBeNull();
    expect(verifyChain([], 3)).toBeNull();
  });

  test('an edited cell is found at its row', () => {
    const rows = chain(8);
    rows[4] = { ...rows[4], cells: ['2026-12-05 10:00', 'S999', 4, rows[4].cells[3]] };
    expect(verifyChain(rows, 3)).toEqual({ row: 6, kind: 'changed' });
  });

  test('an edited hash is found at its row', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], cells: [...rows[2].cells.slice(0, 3), 'ab'.repeat(32)] };
    expect(verifyChain(rows, 3)).toEqual({ row: 4, kind: 'changed' });
  });

  test('a deleted row is found where it was (the row that moved up into its place)', () => {
    expect(verifyChain(removeAt(chain(8), 3), 3)).toEqual({ row: 5, kind: 'changed' });
    expect(verifyChain(removeAt(chain(8), 0), 3)).toEqual({ row: 2, kind: 'changed' });
  });

  test('a cleared row (blank, not removed) is reported at the blank row', () => {
    const rows = chain(8).filter((r) => r.row !== 5);
    expect(verifyChain(rows, 3)).toEqual({ row: 5, kind: 'changed' });
  });

  test('an inserted row is found at its row, with or without a made-up hash', () => {
    const rows = chain(6);
    const shift = (from: number) => rows.slice(from).map((r) => ({ ...r, row: r.row + 1 }));
    const inserted = (hash: CellValue): ChainRow[] => [
      ...rows.slice(0, 3),
      { row: 5, cells: ['2026-12-09 10:00', 'S777', 99, hash] },
      ...shift(3),
    ];
    expect(verifyChain(inserted(null), 3)).toEqual({ row: 5, kind: 'unhashed' });
    expect(verifyChain(inserted('0'.repeat(64)), 3)).toEqual({ row: 5, kind: 'changed' });
  });

  test('rows an older version logged (no hash) before the chain are no alarm; the chain starts after them', () => {
    const old: ChainRow[] = [
      { row: 2, cells: ['2026-01-01 09:00', '主管', 1] },
      { row: 3, cells: ['2026-01-02 09:00', '主管', 2, null] },
    ];
    const rows = [...old, ...chain(4, 4)];
    expect(verifyChain(rows, 3)).toBeNull();
    // ...but its first row edited is still found
    rows[2] = { ...rows[2], cells: ['2026-12-01 10:00', 'S000', 1, rows[2].cells[3]] };
    expect(verifyChain(rows, 3)).toEqual({ row: 4, kind: 'changed' });
  });

  test('only the first break is reported', () => {
    const rows = chain(8);
    rows[2] = { ...rows[2], cells: ['x', 'y', 2, rows[2].cells[3]] };
    rows[6] = { ...rows[6], cells: ['x', 'y', 6, rows[6].cells[3]] };
    expect(verifyChain(rows, 3)).toEqual({ row: 4, kind: 'changed' });
  });
});
