/**
 * The update after an action against its oracle: a fresh check of the changed workbook. Action
 * after action on the sample (every conflict resolved one by one, every suspicious group marked
 * "not the same", every duplicate group merged), the update's issues, groups (labels, reasons,
 * warnings), suspicious pairs and status columns equal the fresh check's, and the status cells it
 * writes are exactly those whose value differs.
 */
import { buildSample } from '../../src/sample';
import { residentIdCheckDigit } from '../../src/domain/normalise';
import { resolveConflict } from '../../src/app/resolve-conflict';
import { mergeDuplicates } from '../../src/app/merge-duplicates';
import { markNotSame } from '../../src/app/not-same';
import {
  mergeChange,
  notSameChange,
  resolveChange,
  updateAfterAction,
  type ActionUpdate,
} from '../../src/app/update-after-action';
import type { CheckResult } from '../../src/domain/engine';
import type { Cluster } from '../../src/domain/conflicts';
import { generateCustomers } from '../../bench/generate-customers';
import { generateInternational } from '../../bench/international/generate';
import { TODAY, acting, check, expectLikeFreshCheck, stateOf } from './fresh-check';

async function sample(customers: number, seed: number) {
  const { workbook } = buildSample({ customers, seed, today: TODAY, lang: 'zh' });
  const first = await check(workbook);
  return { workbook, state: stateOf(first) };
}

const byKind = (r: CheckResult, kind: Cluster['kind']) => r.clusters.filter((c) => c.kind === kind);

describe('updateAfterAction equals a fresh check', () => {
  test('resolving every conflict one by one (the acted groups matched again)', async () => {
    const { workbook, state: start } = await sample(400, 11);
    let state = start;
    const conflicts = byKind(state.result, 'conflict');
    expect(conflicts.length).toBeGreaterThan(3);
    for (const { id } of conflicts) {
      const cluster = state.result.clusters.find((c) => c.id === id)!;
      const owner = cluster.owners.find((o) => o && o !== cluster.suggestedOwner) ?? cluster.suggestedOwner;
      const audit = await resolveConflict(workbook, state.data, cluster, owner, acting);
      const update = updateAfterAction(state, resolveChange(cluster, audit));
      expect(update.how).toBe('groups');
      await workbook.writeStatusCells(update.statusEdits, 'zh');
      await expectLikeFreshCheck(workbook, update);
      state = update;
    }
    expect(byKind(state.result, 'conflict').length).toBe(0);
  });

  test('marking groups and single pairs "not the same" (groups split, suspicious pairs return)', async () => {
    const { workbook, state: start } = await sample(400, 12);
    let state = start;
    const groups = state.result.clusters.slice(0, 8);
    expect(groups.length).toBeGreaterThan(3);
    for (const [k, { id }] of groups.entries()) {
      const cluster = state.result.clusters.find((c) => c.id === id);
      if (!cluster) continue; // split away by an earlier decision
      const onlyRows: [number, number] | undefined = k % 2 ? [cluster.rows[0], cluster.rows[1]] : undefined;
      const pairs = await markNotSame(workbook, state.data, cluster, acting, onlyRows);
      const update = updateAfterAction(state, notSameChange(onlyRows ?? cluster.rows, pairs));
      expect(update.how).toBe('groups');
      await workbook.writeStatusCells(update.statusEdits, 'zh');
      await expectLikeFreshCheck(workbook, update);
      state = update;
    }
  });

  test('resolving then merging every group (rows below move up, ledger rows re-pointed)', async () => {
    const { workbook, state: start } = await sample(300, 13);
    let state = start;
    let repointed = 0;
    const groups = state.result.clusters.slice();
    expect(groups.length).toBeGreaterThan(4);
    for (const { id } of groups) {
      let cluster = state.result.clusters.find((c) => c.id === id);
      if (!cluster) continue;
      if (cluster.kind === 'conflict') {
        const audit = await resolveConflict(workbook, state.data, cluster, cluster.suggestedOwner, acting);
        state = updateAfterAction(state, resolveChange(cluster, audit));
        await workbook.writeStatusCells((state as ActionUpdate).statusEdits, 'zh');
        cluster = state.result.clusters.find((c) => c.id === id)!;
      }
      const keep = cluster.rows[cluster.rows.length - 1];
      const audit = await mergeDuplicates(workbook, state.data, cluster, keep, acting);
      repointed += audit.filter((e) => e.sheet === 'Ledger').length;
      const update = updateAfterAction(state, mergeChange(cluster, audit));
      await workbook.writeStatusCells(update.statusEdits, 'zh');
      await expectLikeFreshCheck(workbook, update);
      state = update;
    }
    expect(repointed).toBeGreaterThan(0); // the merges moved deals, and the ledger's issues followed
  });

  test('resolving to owners the roster does not have or who left (the owner rules re-run on those rows)', async () => {
    const { workbook, data: sampleData } = buildSample({ customers: 300, seed: 15, today: TODAY, lang: 'zh' });
    const left = sampleData!.sheets.Staff.find((s) => s.Active === '否' || s.Active === 'No')?.StaffId;
    let state = stateOf(await check(workbook));
    const conflicts = byKind(state.result, 'conflict').slice(0, 3);
    expect(conflicts.length).toBe(3);
    for (const [k, { id }] of conflicts.entries()) {
      const cluster = state.result.clusters.find((c) => c.id === id)!;
      const owner = k === 1 && left ? String(left) : `X99${k}`;
      const audit = await resolveConflict(workbook, state.data, cluster, owner, acting);
      const update = updateAfterAction(state, resolveChange(cluster, audit));
      expect(update.how).toBe('groups');
      expect(
        update.result.issues.some((i) => i.rule.startsWith('customer.owner') && cluster.rows.includes(i.row)),
      ).toBe(true);
      await workbook.writeStatusCells(update.statusEdits, 'zh');
      await expectLikeFreshCheck(workbook, update);
      state = update;
    }
  });

  test('a decision that lifts an ID conflict lets the refused row join the other group', async () => {
    const { workbook, data: sampleData } = buildSample({ customers: 200, seed: 16, today: TODAY, lang: 'zh' });
    const template = sampleData!.sheets.Customers[0];
    const id = (body: string) => body + residentIdCheckDigit(body);
    const person = { Name: '司马长风', Phone: '13912345678', BirthDate: null, Contact: null };
    const rows = await workbook.appendTableRows('Customers', [
      { ...template, ...person, CustomerId: 'T-A', IdNumber: id('11010519491231002'), Owner: 'S001' },
      { ...template, ...person, CustomerId: 'T-B', IdNumber: id('11010519500101003'), Owner: 'S002' },
      { ...template, ...person, CustomerId: 'T-C', IdNumber: null, Owner: 'S003' },
    ]);
    let state = stateOf(await check(workbook));
    // T-C (no ID) joins one of the two (which one: the matcher's content order), the other is refused
    const joined = state.result.clusters.find((c) => c.customerIds.includes('T-C'))!;
    const [first, other] = joined.customerIds.includes('T-A') ? ['T-A', 'T-B'] : ['T-B', 'T-A'];
    expect(joined.customerIds).toEqual([first, 'T-C']);
    const otherRow = rows[other === 'T-A' ? 0 : 1];
    expect(state.result.suspicious.some((p) => p.why === 'idConflict' && p.rows.includes(otherRow))).toBe(true);
    const pairs = await markNotSame(workbook, state.data, joined, acting);
    const update = updateAfterAction(state, notSameChange(joined.rows, pairs));
    expect(update.how).toBe('groups');
    expect(update.result.clusters.find((c) => c.customerIds.includes('T-C'))!.customerIds).toEqual([other, 'T-C']);
    await workbook.writeStatusCells(update.statusEdits, 'zh');
    await expectLikeFreshCheck(workbook, update);
    state = update;
  });

  test("a decision that lifts another decision's refusal lets the refused row join (refused pairs followed)", async () => {
    const { workbook, data: sampleData } = buildSample({ customers: 200, seed: 17, today: TODAY, lang: 'zh' });
    const template = sampleData!.sheets.Customers[0];
    const person = { Name: '欧阳飞雪', Phone: '13812345670', IdNumber: null, BirthDate: null, Contact: null };
    const [a, b] = await workbook.appendTableRows('Customers', [
      { ...template, ...person, CustomerId: 'T-A', Owner: 'S001' },
      { ...template, ...person, CustomerId: 'T-B', Owner: 'S002' },
      { ...template, ...person, CustomerId: 'T-C', Owner: 'S003' },
    ]);
    const earlier = { id: 'G-T-A', rows: [a, b], customerIds: ['T-A', 'T-B'], owners: [], kind: 'conflict' as const };
    await markNotSame(workbook, await workbook.read(), { ...earlier, reasons: [], suggestedOwner: '' }, acting);
    let state = stateOf(await check(workbook));
    // T-C joins one of the two (the matcher's content order); the earlier decision refuses the other
    const joined = state.result.clusters.find((c) => c.customerIds.includes('T-C'))!;
    const [first, other] = joined.customerIds.includes('T-A') ? ['T-A', 'T-B'] : ['T-B', 'T-A'];
    expect(joined.customerIds).toEqual([first, 'T-C']);
    const pairs = await markNotSame(workbook, state.data, joined, acting);
    const update = updateAfterAction(state, notSameChange(joined.rows, pairs));
    expect(update.how).toBe('groups');
    expect(update.result.clusters.find((c) => c.customerIds.includes('T-C'))!.customerIds).toEqual([other, 'T-C']);
    await workbook.writeStatusCells(update.statusEdits, 'zh');
    await expectLikeFreshCheck(workbook, update);
    state = update;
  });

  test("many groups: 24 actions on the bench generator's customers (typos, families, namesakes, placeholders)", async () => {
    const { workbook } = buildSample({ empty: true, lang: 'zh' });
    const { table } = generateCustomers({ rows: 2000, seed: 3 });
    workbook.appendTableRowsSync(
      'Customers',
      table.rowNumbers.map((_, i) => Object.fromEntries(Object.entries(table.columns).map(([k, col]) => [k, col[i]]))),
    );
    let state = stateOf(await check(workbook));
    expect(state.result.clusters.length).toBeGreaterThan(100);
    expect(state.result.suspicious.length).toBeGreaterThan(30);
    for (let k = 0; k < 24; k++) {
      const cluster = state.result.clusters[(k * 37) % state.result.clusters.length];
      const pair: [number, number] = [cluster.rows[0], cluster.rows[1]];
      const change =
        cluster.kind === 'conflict' && k % 2
          ? resolveChange(cluster, await resolveConflict(workbook, state.data, cluster, cluster.owners[1], acting))
          : notSameChange(pair, await markNotSame(workbook, state.data, cluster, acting, pair));
      const update = updateAfterAction(state, change);
      await workbook.writeStatusCells(update.statusEdits, 'zh');
      await expectLikeFreshCheck(workbook, update);
      state = update;
    }
  });

  test('possible duplicates: marking them "not the same" takes them off the list, as a fresh check does', async () => {
    const { workbook } = buildSample({ empty: true, lang: 'zh' });
    const { table } = generateInternational({ rows: 2000, seed: 1 });
    workbook.appendTableRowsSync(
      'Customers',
      table.rowNumbers.map((_, i) => Object.fromEntries(Object.entries(table.columns).map(([k, col]) => [k, col[i]]))),
    );
    let state = stateOf(await check(workbook));
    const before = state.result.possible.length;
    expect(before).toBeGreaterThan(1);
    for (let k = 0; k < 2; k++) {
      const pair = state.result.possible[0];
      const group = { id: 'pair', rows: pair.rows, customerIds: pair.customerIds, owners: pair.owners };
      const cluster = { ...group, kind: 'conflict' as const, reasons: [], suggestedOwner: '' };
      const update = updateAfterAction(
        state,
        notSameChange(pair.rows, await markNotSame(workbook, state.data, cluster, acting)),
      );
      expect(update.result.possible.some((x) => x.rows.join() === pair.rows.join())).toBe(false);
      await workbook.writeStatusCells(update.statusEdits, 'zh');
      await expectLikeFreshCheck(workbook, update);
      state = update;
    }
    expect(state.result.possible.length).toBe(before - 2);
  });

  test('only the status cells that change are written', async () => {
    const { workbook, state } = await sample(300, 14);
    const cluster = byKind(state.result, 'conflict')[0];
    const owner = cluster.owners.find((o) => o !== cluster.suggestedOwner)!;
    const audit = await resolveConflict(workbook, state.data, cluster, owner, acting);
    const update = updateAfterAction(state, resolveChange(cluster, audit));
    const before = state.result.status.Customers!;
    const after = update.result.status.Customers!;
    const index = (row: number) => state.data.Customers!.rowNumbers.indexOf(row);
    const changed = after.flatMap((col, c) =>
      col.values.flatMap((v, i) =>
        v === before[c].values[i] ? [] : [`${state.data.Customers!.rowNumbers[i]}:${col.field}`],
      ),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(update.statusEdits.map((e) => `${e.row}:${e.field}`).sort()).toEqual(changed.sort());
    for (const e of update.statusEdits)
      expect(e.value).toBe(after.find((c) => c.field === e.field)!.values[index(e.row)]);
  });
});
