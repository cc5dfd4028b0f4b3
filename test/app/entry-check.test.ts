/**
 * Entry-time warnings (issue 19): a person's edit is checked at once against the entry index and the
 * row rules, the row's status cells are marked as a full check marks them, the add-in's own writes
 * never warn, and a paste is read and marked in chunks of 5,000 rows (the recording fake counts syncs).
 */
import type { TableChangeEvent } from '../../src/domain/changes';
import { STATUS_MARKERS } from '../../src/domain/engine';
import { checkEntries, entrySession, type EntrySession } from '../../src/app/entry-check';
import { askSupervisor, readPending } from '../../src/app/pending';
import { dailySummary } from '../../src/app/daily-summary';
import type { WorkbookPort } from '../../src/workbook/port';
import { FakeExcel } from '../workbook/office/fake-excel';
import { CUSTOMER_FIELDS, customerRow, fakeSettings, seedCustomers } from '../workbook/office/seed';
import { OfficeWorkbook } from '../../src/workbook/office';
import { entryWorkbook, TODAY } from './entry-fixture';

async function session(port: WorkbookPort, lang: 'zh' | 'en'): Promise<EntrySession> {
  return entrySession(await port.read(), { lang, today: TODAY, staleDays: 30 })!;
}

function listen(port: WorkbookPort): { events: TableChangeEvent[]; stop: Promise<() => void> } {
  const events: TableChangeEvent[] = [];
  return { events, stop: port.onTablesChanged(['Customers'], (e) => events.push(e)) };
}

const typed = {
  CustomerId: 'C000200',
  Kind: '最终客户',
  Name: '陈静',
  Owner: 'S020',
  Showroom: '一号展厅',
  Source: '到店',
  Stage: '线索',
  FirstContact: '2026-11-27',
};

test.each([
  ['zh', '此手机号已属于 C000123（S012 王婷），首次登记于 2026-03-02'],
  ['en', 'This phone belongs to C000123 (S012 王婷), first registered 2026-03-02'],
] as const)('typing an existing phone into a new row warns at once (%s) and marks the row', async (lang, text) => {
  const wb = await entryWorkbook(lang);
  const s = await session(wb, lang);
  const { events, stop } = listen(wb);
  await stop;
  wb.userEdit(
    Object.entries({ ...typed, Phone: '138-1234-5678' }).map(([field, value]) => ({
      sheet: 'Customers',
      row: 5,
      field,
      value,
    })),
  );
  expect(events.map((e) => e.source)).toEqual(['user']);
  const { warnings } = await checkEntries(wb, s, events);
  expect(warnings).toHaveLength(1);
  expect(warnings[0].row).toBe(5);
  expect(warnings[0].messages).toEqual([text]);
  const customers = (await wb.read()).Customers!;
  const i = customers.rowNumbers.indexOf(5);
  expect(String(customers.columns.ConflictGroup[i])).toMatch(new RegExp(`^${STATUS_MARKERS.conflict} .*C000123`));
  expect(customers.columns.Check[i]).toBeNull();
});

test('a rule-breaking cell gets its message too (an ID with a wrong check digit), and the Check marker', async () => {
  const wb = await entryWorkbook('zh');
  const s = await session(wb, 'zh');
  const { events, stop } = listen(wb);
  await stop;
  wb.userEdit([
    { sheet: 'Customers', row: 5, field: 'Name', value: '周杰' },
    { sheet: 'Customers', row: 5, field: 'IdNumber', value: '110105194912310021' },
    { sheet: 'Customers', row: 5, field: 'Phone', value: '13600000000' },
  ]);
  const { warnings } = await checkEntries(wb, s, events);
  expect(warnings).toHaveLength(1);
  expect(warnings[0].collisions).toEqual([]);
  // only the cells the person changed get a message (a half-typed row's empty required cells do not)
  expect(warnings[0].issues.map((i) => i.rule)).toEqual(['customer.id.check']);
  expect(warnings[0].messages.join('\n')).toContain('第 5 行');
  const customers = (await wb.read()).Customers!;
  expect(String(customers.columns.Check[customers.rowNumbers.indexOf(5)])).toMatch(
    new RegExp(`^${STATUS_MARKERS.error}`),
  );
});

test("the add-in's own writes (an audited action, status cells) never warn and read nothing", async () => {
  const wb = await entryWorkbook('zh');
  const s = await session(wb, 'zh');
  const { events, stop } = listen(wb);
  await stop;
  await wb.updateCells([{ sheet: 'Customers', row: 4, field: 'Phone', value: '13812345678' }]);
  await wb.appendTableRows('Customers', [{ CustomerId: 'C000300', Phone: '13812345678', Owner: 'S020' }]);
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((e) => e.source === 'addin')).toBe(true);
  const readRows = jest.spyOn(wb, 'readRows');
  expect((await checkEntries(wb, s, events)).warnings).toEqual([]);
  expect(readRows).not.toHaveBeenCalled();
});

test('unsubscribed: nothing is heard', async () => {
  const wb = await entryWorkbook('zh');
  const { events, stop } = listen(wb);
  (await stop)();
  wb.userEdit([{ sheet: 'Customers', row: 5, field: 'Phone', value: '13812345678' }]);
  expect(events).toEqual([]);
});

test('ask the supervisor: a row in the Pending sheet, listed by the daily summary', async () => {
  const wb = await entryWorkbook('zh');
  const s = await session(wb, 'zh');
  const { events, stop } = listen(wb);
  await stop;
  wb.userEdit(
    Object.entries({ ...typed, Phone: '13812345678' }).map(([field, value]) => ({
      sheet: 'Customers',
      row: 5,
      field,
      value,
    })),
  );
  const { warnings } = await checkEntries(wb, s, events);
  expect(await askSupervisor(wb, warnings[0], 'S020 李强', 'zh', new Date(2026, 10, 27, 9, 30))).toBe(1);
  const pending = await readPending(wb, 'zh');
  expect(pending).toEqual([
    expect.objectContaining({
      at: '2026-11-27 09:30',
      who: 'S020 李强',
      row: 5,
      customerId: 'C000200',
      existing: 'C000123',
      owner: 'S012 王婷',
      status: '待处理',
    }),
  ]);
  const summary = await dailySummary(wb, { since: 'last', today: TODAY, lang: 'zh' });
  expect(summary.outcome === 'notRecognised' ? [] : summary.pending).toEqual(pending);
});

// ------------------------------------------------------------ the Office adapter over the recording fake

function officeOver(fx: FakeExcel, clock: { now: number }): OfficeWorkbook {
  return new OfficeWorkbook({
    run: fx.runner(),
    settings: fakeSettings(),
    isSetSupported: () => true,
    now: () => clock.now,
  });
}

test("Office: the add-in's writes raise events that come back as 'addin'; a person's typing as 'user', with before and after", async () => {
  const fx = new FakeExcel();
  seedCustomers(fx, 30);
  const clock = { now: 1_000_000 };
  const wb = officeOver(fx, clock);
  const s = await session(wb, 'zh');
  const { events, stop } = listen(wb);
  await stop;
  const phone = CUSTOMER_FIELDS.findIndex((f) => f.key === 'Phone');
  // an audited action copies row 2's phone to row 3; then status cells are written
  await wb.updateCells([{ sheet: 'Customers', row: 3, field: 'Phone', value: '13800000001' }]);
  await fx.settle();
  await wb.writeStatusCells([{ sheet: 'Customers', row: 4, field: 'Check', value: '⚠ x' }], 'zh');
  await fx.settle();
  expect(fx.changeEvents.length).toBeGreaterThanOrEqual(2);
  expect(events.length).toBeGreaterThanOrEqual(2);
  expect(events.every((e) => e.source === 'addin')).toBe(true);
  expect((await checkEntries(wb, s, events)).warnings).toEqual([]);
  await fx.settle();
  // a second later a person types row 2's phone into row 5's phone cell
  events.length = 0;
  clock.now += 2000;
  await fx.userEdit('客户档案', 4, phone, [['13800000001']]);
  const user = events.filter((e) => e.source === 'user');
  expect(user).toHaveLength(1);
  expect(user[0].changes).toEqual([
    { sheet: 'Customers', row: 5, field: 'Phone', before: '13800000004', after: '13800000001' },
  ]);
  const { warnings } = await checkEntries(wb, s, user);
  expect(warnings).toHaveLength(1);
  expect(warnings[0].collisions[0]).toEqual(expect.objectContaining({ key: 'phone' }));
  expect(warnings[0].collisions[0].existing.customerId).toBe('C000001');
});

async function pasteSyncs(
  tableRows: number,
  pasted: number,
  chunkRows?: number,
): Promise<{ syncs: number; cellsRead: number; chunks: number }> {
  const fx = new FakeExcel();
  seedCustomers(fx, tableRows);
  const wb = officeOver(fx, { now: 0 });
  const s = await session(wb, 'zh');
  const { events, stop } = listen(wb);
  await stop;
  const block = Array.from({ length: pasted }, (_, k) => customerRow(100_000 + k));
  await fx.userEdit('客户档案', tableRows + 1, 0, block);
  expect(events.filter((e) => e.source === 'user')).toHaveLength(1);
  fx.resetCounters();
  const result = await checkEntries(wb, s, events, chunkRows);
  expect(result.rows).toBe(pasted);
  return {
    syncs: fx.syncCount,
    cellsRead: fx.requests.reduce((n, r) => n + r.cellsRead, 0),
    chunks: result.chunks,
  };
}

test('a paste of 5,000 rows is one chunk: the same syncs and cells read into a small or a big table', async () => {
  const small = await pasteSyncs(500, 5000);
  const big = await pasteSyncs(3000, 5000);
  console.log(`entry check, paste of 5,000 rows: ${small.syncs} syncs into 500 rows, ${big.syncs} into 3,000 rows`);
  expect(small.chunks).toBe(1);
  expect(big.syncs).toBe(small.syncs);
  expect(big.cellsRead).toBe(small.cellsRead);
  // readRows (probe 2 + 1) and writeStatusCells (probe 2 + one per 500 cells, Check and ConflictGroup)
  expect(small.syncs).toBeLessThanOrEqual(3 + 2 + (2 * 5000) / 500);
}, 300_000);

test('syncs grow with the pasted rows / chunk size (chunks of 500 here, to keep the test small)', async () => {
  const one = await pasteSyncs(200, 1000, 500);
  const two = await pasteSyncs(200, 2000, 500);
  console.log(
    `entry check, chunks of 500: 1,000 rows ${one.syncs} syncs (${one.chunks} chunks), 2,000 rows ${two.syncs} (${two.chunks})`,
  );
  expect([one.chunks, two.chunks]).toEqual([2, 4]);
  expect(two.syncs).toBeGreaterThan(one.syncs);
  expect(two.syncs).toBeLessThanOrEqual(2 * one.syncs + 2);
}, 300_000);
