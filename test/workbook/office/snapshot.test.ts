/**
 * The daily check's snapshot through the Office adapter (recording fake): a very hidden sheet
 * without a table, written in requests under Excel's 5 MB cap, read back as
 * stored, and replaced (not appended to) by the next check. 12k rows, so it takes several chunks (their size does not depend on the count).
 */
import { storeSnapshot, readSnapshot } from '../../../src/app/snapshot';
import { parseDate } from '../../../src/domain/normalise';
import { FakeExcel } from './fake-excel';
import { seedCustomers, workbook } from './seed';

const FIVE_MB = 5 * 1024 * 1024;
const day = (s: string) => parseDate(s)!;

test('stores 12k customers in a very hidden sheet, in requests under 5 MB, and reads them back', async () => {
  const fx = new FakeExcel();
  seedCustomers(fx, 12_000);
  const wb = workbook(fx);
  const data = await wb.read();
  const before = fx.requests.length;
  const first = await storeSnapshot(wb, data, day('2026-06-01'), 'zh');
  const written = fx.requests.slice(before);
  expect(Math.max(...written.map((r) => r.requestBytes))).toBeLessThan(FIVE_MB);
  const sheet = fx.sheets.find((s) => s.name === '快照')!;
  expect(sheet.visibility).toBe('VeryHidden');
  expect(fx.tables.filter((t) => t.sheet.name === '快照')).toEqual([]);
  expect(await readSnapshot(wb, 'zh')).toEqual(first.after);
  console.log(
    `snapshot of 12k customers: ${written.length} requests, largest ${(Math.max(...written.map((r) => r.requestBytes)) / 1048576).toFixed(2)} MB`,
  );

  // the next check replaces it: one row per customer still, the stored days kept
  const second = await storeSnapshot(wb, data, day('2026-06-02'), 'en');
  expect(second.before).toEqual(first.after);
  expect(second.diff).toEqual({ added: [], changed: [], removed: [] });
  const stored = await readSnapshot(wb, 'en');
  expect(stored!.entries).toHaveLength(12_000);
  expect(stored!.lastCheck).toBe(day('2026-06-02'));
  expect(fx.sheets.filter((s) => s.name === '快照' || s.name === 'Snapshot')).toHaveLength(1);
});
