/**
 * The update after a merge against its oracle, a fresh check of the merged workbook, merge after
 * merge: rows below the removed ones move up (issues, groups, reasons and messages name rows),
 * and the removed rows change the table-wide counts the matcher weighs names by.
 */
import { buildSample } from '../../src/sample';
import { mergeDuplicates } from '../../src/app/merge-duplicates';
import { mergeChange, updateAfterAction, type ActionUpdate, type CheckState } from '../../src/app/update-after-action';
import type { Cluster } from '../../src/domain/conflicts';
import type { CellValue } from '../../src/domain/table';
import type { MemoryWorkbook } from '../../src/workbook/memory';
import { generateCustomers } from '../../bench/generate-customers';
import { TODAY, acting, check, expectLikeFreshCheck, stateOf } from './fresh-check';

type Row = Record<string, CellValue>;

/** Merges the group (keeping `keep` of its rows), checks the update against a fresh check; returns the update. */
async function mergeAndCompare(
  workbook: MemoryWorkbook,
  state: CheckState,
  cluster: Cluster,
  keep: number,
): Promise<ActionUpdate> {
  const audit = await mergeDuplicates(workbook, state.data, cluster, keep, acting);
  const update = updateAfterAction(state, mergeChange(cluster, audit));
  await workbook.writeStatusCells(update.statusEdits, 'zh');
  await expectLikeFreshCheck(workbook, update);
  return update;
}

async function workbookWith(rows: Row[], extra: Row[] = []) {
  const { workbook } = buildSample({ empty: true, lang: 'zh' });
  workbook.appendTableRowsSync('Customers', [...rows, ...extra]);
  return { workbook, state: stateOf(await check(workbook)) };
}

function generated(rows: number, seed: number): Row[] {
  const { table } = generateCustomers({ rows, seed });
  return table.rowNumbers.map((_, i) =>
    Object.fromEntries(Object.entries(table.columns).map(([k, col]) => [k, col[i] ?? null])),
  );
}

describe('the update after a merge equals a fresh check', () => {
  test("merging groups of the bench generator's customers one by one (typos, families, namesakes, placeholders)", async () => {
    const start = await workbookWith(generated(1500, 7));
    const workbook = start.workbook;
    let state = start.state;
    expect(state.result.clusters.length).toBeGreaterThan(60);
    const hows: string[] = [];
    for (let k = 0; k < 16; k++) {
      const clusters = state.result.clusters;
      const cluster = clusters[(k * 41) % clusters.length];
      // the kept row alternates between the group's first and last: rows above and below it move
      const keep = k % 2 ? cluster.rows[0] : cluster.rows[cluster.rows.length - 1];
      state = await mergeAndCompare(workbook, state, cluster, keep);
      hows.push((state as ActionUpdate).how);
    }
    // most merges need no engine (13 of these 16 when written)
    expect(hows.filter((h) => h === 'groups').length).toBeGreaterThanOrEqual(12);
  });

  test("a merge that fills the kept row's ID from the removed row: its new blocks are the removed row's", async () => {
    const { workbook } = buildSample({ customers: 300, seed: 13, today: TODAY, lang: 'zh' });
    let state = stateOf(await check(workbook));
    const filled: string[] = [];
    for (const { id } of state.result.clusters.slice(0, 6)) {
      const cluster = state.result.clusters.find((c) => c.id === id);
      if (!cluster) continue;
      const keep = cluster.rows[cluster.rows.length - 1];
      const audit = await mergeDuplicates(workbook, state.data, cluster, keep, acting);
      const update = updateAfterAction(state, mergeChange(cluster, audit));
      await workbook.writeStatusCells(update.statusEdits, 'zh');
      await expectLikeFreshCheck(workbook, update);
      if (audit.some((e) => e.field === 'IdNumber' && e.after !== null)) filled.push(update.how);
      state = update;
    }
    expect(filled.length).toBeGreaterThanOrEqual(2);
    expect(filled.every((how) => how === 'groups')).toBe(true);
  });

  test('merges that change how common a name is: the namesakes far from the group are weighed again', async () => {
    const { data } = buildSample({ customers: 120, seed: 21, today: TODAY, lang: 'zh' });
    const person = data!.sheets.Customers.find((r) => r.Kind === '最终客户' && !String(r.Name).includes('公司'))!;
    const template: Row = { ...person, IdNumber: null, Contact: null, Address: null };
    // phones far apart (no typo of one another)
    const phone = (k: number) => `1${3 + (k % 6)}${String(100000000 + k * 76543217).slice(-9)}`;
    const namesake = (k: number, extra: Row): Row => ({
      ...template,
      CustomerId: `W-${String(k).padStart(3, '0')}`,
      Name: '王伟',
      City: '广州',
      Phone: phone(k),
      BirthDate: null,
      Owner: k % 2 ? 'S001' : 'S002',
      ...extra,
    });
    // 王伟 on 12 rows: four duplicate pairs (one phone each), and four rows that agree on a birth
    // date and the city only, whose pairs the name's count decides (more than 8 rows: common)
    const rows: Row[] = [];
    for (let k = 0; k < 4; k++) {
      rows.push(namesake(2 * k, {}));
      rows.push(namesake(2 * k + 1, { Phone: phone(2 * k) }));
    }
    for (let k = 8; k < 12; k++) rows.push(namesake(k, { BirthDate: '1985-03-0' + (k < 10 ? 1 : 2) }));
    const start = await workbookWith(data!.sheets.Customers, rows);
    const workbook = start.workbook;
    let state = start.state;
    const hows: string[] = [];
    for (let k = 0; k < 4; k++) {
      const cluster = state.result.clusters.find((c) => c.customerIds.includes(`W-00${2 * k}`));
      expect(cluster).toBeDefined();
      state = await mergeAndCompare(workbook, state, cluster!, cluster!.rows[k % 2]);
      hows.push((state as ActionUpdate).how);
    }
    expect(hows).toEqual(['groups', 'groups', 'groups', 'groups']);
  });

  test.each([
    [2, 'groups'],
    [1, 'engine'],
  ])(
    "a merge that removes a landline: the city's area code is learnt again (%i landlines besides the removed one: %s)",
    async (left, how) => {
      const { data } = buildSample({ customers: 120, seed: 23, today: TODAY, lang: 'zh' });
      const person = data!.sheets.Customers.find((r) => r.Kind === '最终客户' && !String(r.Name).includes('公司'))!;
      const template: Row = { ...person, IdNumber: null, Contact: null, Address: null, BirthDate: null, City: '珠海' };
      const names = ['赵一鸣', '钱二丰', '孙三立', '李四海'];
      // landlines teach 珠海 its area code 0756 (3 at least, 0756-29876543 too); a local number there is completed with it
      const landlines = names
        .slice(0, left)
        .map((Name, k) => ({ ...template, CustomerId: `Z-${k}`, Name, Phone: `0756-2${k}345678` }));
      const local = { ...template, CustomerId: 'Z-local', Name: names[3], Phone: '29876543' };
      const full = { ...template, CustomerId: 'Z-full', Name: names[3], Phone: '0756-29876543', Owner: 'S003' };
      // a duplicate of a landline row (the same name and number): merging it takes a vote away
      const twin = { ...landlines[0], CustomerId: 'Z-twin' };
      const start = await workbookWith(data!.sheets.Customers, [...landlines, local, full, twin]);
      const workbook = start.workbook;
      let state = start.state;
      const completed = (s: CheckState) =>
        s.result.clusters.some((c) => c.customerIds.includes('Z-local') && c.customerIds.includes('Z-full'));
      expect(completed(state)).toBe(true);
      const pair = state.result.clusters.find((c) => c.customerIds.includes('Z-twin'))!;
      state = await mergeAndCompare(workbook, state, pair, pair.rows[0]);
      // 3 votes left: the code stays; 2: it is no longer learnt, the local number meets no one
      expect((state as ActionUpdate).how).toBe(how);
      expect(completed(state)).toBe(left === 2);
    },
  );

  test('a merge that removes a row with a placeholder phone runs the engine (the placeholder count changes)', async () => {
    const { data } = buildSample({ customers: 120, seed: 22, today: TODAY, lang: 'zh' });
    const template: Row = { ...data!.sheets.Customers[0], Contact: null, Address: null, BirthDate: null };
    const placeholder = Array.from({ length: 52 }, (_, k) => ({
      ...template,
      CustomerId: `P-${k}`,
      Name: `测试${String.fromCharCode(0x4e00 + k * 7)}${String.fromCharCode(0x4e8c + k)}`,
      Phone: '13800000000',
      IdNumber: null,
    }));
    // a duplicate among them: the same name and a second phone of its own
    placeholder.push({ ...placeholder[0], CustomerId: 'P-dup', Phone: '13800000000 / 13912340000' });
    placeholder[0].Phone = '13800000000 / 13912340000';
    const start = await workbookWith(data!.sheets.Customers, placeholder);
    const workbook = start.workbook;
    let state = start.state;
    expect(state.result.placeholders.length).toBeGreaterThan(0);
    const cluster = state.result.clusters.find((c) => c.customerIds.includes('P-dup'))!;
    expect(cluster).toBeDefined();
    state = await mergeAndCompare(workbook, state, cluster, cluster.rows[0]);
    expect((state as ActionUpdate).how).toBe('engine');
    const other = state.result.clusters.find((c) => !c.customerIds.some((id) => id.startsWith('P-')))!;
    state = await mergeAndCompare(workbook, state, other, other.rows[0]);
  });
});
