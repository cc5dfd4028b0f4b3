/** The entry index (issue 19): built from a workbook's customers, updated as rows are edited. */
import { EntryIndex } from '../../../src/domain/entry';
import { entryWorkbook } from '../../app/entry-fixture';

async function index(): Promise<EntryIndex> {
  return EntryIndex.build(await (await entryWorkbook()).read())!;
}

const row = (r: number, cells: Record<string, string>) => ({ row: r, cells });

test('a new row with a phone another salesperson holds collides with that customer', async () => {
  const ix = await index();
  expect(ix.size).toBe(3);
  const found = ix.check([row(5, { CustomerId: 'C000200', Name: '陈静', Phone: '138 1234 5678', Owner: 'S020' })]);
  expect(found.get(5)).toEqual([
    {
      key: 'phone',
      existing: { row: 2, customerId: 'C000123', owner: 'S012', ownerName: '王婷', firstContact: '2026-03-02' },
    },
  ]);
});

test('phones and IDs match after the matcher normalises them (+86, dashes, full-width digits)', async () => {
  const ix = await index();
  const found = ix.check([row(6, { Phone: '+86 139-1234-5678', Owner: 'S012' })]);
  expect(found.get(6)!.map((c) => c.existing.customerId)).toEqual(['C000124']);
  const byId = ix.check([row(7, { Phone: '１３６００００００００', IdNumber: '360426199101010071', Owner: 'S012' })]);
  expect(byId.get(7)!.map((c) => [c.key, c.existing.customerId])).toEqual([['id', 'C000124']]);
});

test("the same salesperson's own customer is no conflict; a row without an owner yet collides with anyone's", async () => {
  const ix = await index();
  expect(ix.check([row(8, { Phone: '13812345678', Owner: 'S012' })]).get(8)).toEqual([]);
  expect(
    ix
      .check([row(9, { Phone: '13712345678' })])
      .get(9)!
      .map((c) => c.existing.customerId),
  ).toEqual(['C000125']);
});

test('an edit updates the index: the old phone is free, the new one is taken, a cleared row leaves', async () => {
  const ix = await index();
  // row 2 (C000123) changes its phone
  ix.check([row(2, { CustomerId: 'C000123', Phone: '13000000000', Owner: 'S012', FirstContact: '2026-03-02' })]);
  expect(ix.check([row(10, { Phone: '13812345678', Owner: 'S020' })]).get(10)).toEqual([]);
  const taken = ix.check([row(11, { Phone: '130-0000-0000', Owner: 'S020' })]).get(11)!;
  expect(taken.map((c) => c.existing.customerId)).toEqual(['C000123']);
  // row 11 is now indexed too: a third salesperson typing the phone meets the first registered (row 2)
  const third = ix.check([row(12, { Phone: '13000000000', Owner: 'S001' })]).get(12)!;
  expect(third.map((c) => c.existing.row)).toEqual([2]);
  // row 2 cleared: the phone now belongs to row 11 (then 12), the first left
  ix.check([row(2, {})]);
  expect(ix.customerAt(2)).toBeUndefined();
  expect(
    ix
      .check([row(13, { Phone: '13000000000', Owner: 'S012' })])
      .get(13)!
      .map((c) => c.existing.row),
  ).toEqual([11]);
});
