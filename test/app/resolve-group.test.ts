/**
 * Resolve is one finished action (issue 16): the dialog's proposal (kept row, value per field,
 * owner), resolveGroup (merge or only reassign, with a second salesperson, in one audited step),
 * and accept all suggestions (a preview, then one batch).
 */
import { buildSample } from '../../src/sample';
import { parseDate } from '../../src/domain/normalise';
import { runCheck, type CheckResult } from '../../src/domain/engine';
import { proposeResolution } from '../../src/domain/merge-proposal';
import { orphanedReferences } from '../../src/domain/references';
import { text, type WorkbookData } from '../../src/domain/table';
import { resolveGroup } from '../../src/app/resolve-conflict';
import { applyAcceptAll, planAcceptAll } from '../../src/app/accept-all';
import { checkWorkbook, type CheckedWorkbook } from '../../src/app/check-workbook';
import { updateAfterAction, type CheckState } from '../../src/app/update-after-action';
import { readAudit } from '../../src/app/audit';
import { MemoryWorkbook } from '../../src/workbook/memory';
import type { WorkbookPort } from '../../src/workbook/port';
import { modelSnapshot } from './model-snapshot';

const TODAY = '2026-11-27';
const today = parseDate(TODAY)!;
const acting = { who: '王主管', lang: 'zh' as const, now: new Date('2026-11-27T10:00:00Z') };

const check = (data: WorkbookData): CheckResult => runCheck(data, { today, lang: 'zh' });

async function sample(customers = 300, seed?: number) {
  const { workbook } = buildSample({ customers, seed, today: TODAY, lang: 'zh' });
  const data = await workbook.read();
  return { workbook, data, result: check(data) };
}

const at = (data: WorkbookData, row: number) => data.Customers!.rowNumbers.indexOf(row);
const cellText = (data: WorkbookData, row: number, key: string) => text(data.Customers!, key, at(data, row));

describe('proposeResolution (the dialog)', () => {
  test('keeps the first registration, and per field the latest follow-up’s non-empty value', () => {
    const { workbook } = buildSample({ customers: 60, today: TODAY, lang: 'zh' });
    const rows = workbook.appendTableRowsSync('Customers', [
      {
        CustomerId: 'T-1',
        Name: '欧阳明',
        Phone: '13912340001',
        Owner: 'S001',
        FirstContact: '2026-03-01',
        LastContact: '2026-05-01',
        City: '广州',
        Address: null,
        Notes: '旧备注',
      },
      {
        CustomerId: 'T-2',
        Name: '欧阳明',
        Phone: '13912340001',
        Owner: 'S002',
        FirstContact: '2026-01-15',
        LastContact: '2026-02-01',
        City: '深圳',
        Address: '天河路 1 号',
        Notes: null,
      },
      {
        CustomerId: 'T-3',
        Name: '欧阳明',
        Phone: '13912340001',
        Owner: 'S003',
        FirstContact: null,
        LastContact: '2026-11-20',
        City: null,
        Address: null,
        Notes: '新备注',
      },
    ]);
    const data = workbook.readSync();
    const p = proposeResolution(data.Customers!, { id: 'G-T-1', rows, suggestedOwner: 'S002' });
    expect(p.keepRow).toBe(rows[1]); // earliest FirstContact; the row without a date is not first
    expect(p.owner).toBe('S002');
    const chosen = Object.fromEntries(p.fields.map((f) => [f.key, f.chosenRow]));
    expect(chosen.Notes).toBe(rows[2]); // latest follow-up
    expect(chosen.City).toBe(rows[0]); // the latest follow-up with a city
    expect(chosen.Address).toBe(rows[1]); // only the kept row has one
    expect(chosen.CustomerId).toBe(rows[1]);
    expect(chosen.FirstContact).toBe(rows[1]);
    expect(p.pick).toEqual({ Notes: rows[2], City: rows[0], LastContact: rows[2] });
    const name = p.fields.find((f) => f.key === 'Name')!;
    expect(name.values).toEqual(['欧阳明', '欧阳明', '欧阳明']);
    expect(name.differs).toBe(false);
    expect(p.fields.find((f) => f.key === 'City')!.differs).toBe(true);
    expect(p.fields.some((f) => f.key === 'Owner' || f.key === 'CoOwner')).toBe(false);
  });
});

describe('resolveGroup: one finished action', () => {
  test('merge: the kept row takes the chosen values, the owner and a second salesperson; the group is gone', async () => {
    const { workbook, data, result } = await sample();
    const group = result.clusters.find((c) => c.kind === 'conflict')!;
    const proposal = proposeResolution(data.Customers!, group);
    const coOwner = group.owners.find((o) => o !== proposal.owner)!;
    const outcome = await resolveGroup(
      workbook,
      data,
      group,
      { keepRow: proposal.keepRow, pick: proposal.pick, owner: proposal.owner, coOwner, merge: true },
      acting,
    );
    expect(new Set(outcome.audit.map((e) => e.batch))).toEqual(new Set([outcome.batch]));
    const after = await workbook.read();
    const keptId = cellText(data, proposal.keepRow, 'CustomerId');
    const kept = after.Customers!.columns.CustomerId.findIndex((v) => v === keptId);
    expect(text(after.Customers!, 'Owner', kept)).toBe(proposal.owner);
    expect(text(after.Customers!, 'CoOwner', kept)).toBe(coOwner);
    for (const [key, row] of Object.entries(proposal.pick))
      expect(text(after.Customers!, key, kept)).toBe(cellText(data, row, key));
    expect(after.Customers!.length).toBe(data.Customers!.length - group.rows.length + 1);
    // no second step: the fresh check has no group with that customer any more
    expect(check(after).clusters.some((c) => c.customerIds.includes(keptId))).toBe(false);
    expect(orphanedReferences(after)).toEqual(orphanedReferences(data));
  });

  test('reassign only: every row gets the owner and the second salesperson, audited, nothing archived', async () => {
    const { workbook, data, result } = await sample();
    const group = result.clusters.find((c) => c.kind === 'conflict')!;
    const outcome = await resolveGroup(
      workbook,
      data,
      group,
      { keepRow: group.rows[0], owner: group.suggestedOwner, coOwner: 'S001', merge: false },
      acting,
    );
    const after = await workbook.read();
    for (const row of group.rows) {
      expect(cellText(after, row, 'Owner')).toBe(group.suggestedOwner);
      expect(cellText(after, row, 'CoOwner')).toBe('S001');
    }
    expect(after.Customers!.length).toBe(data.Customers!.length);
    expect(outcome.audit.every((e) => e.action === 'resolve' && e.batch === outcome.batch)).toBe(true);
    expect(outcome.audit.filter((e) => e.field === 'CoOwner').length).toBe(group.rows.length);
    expect(outcome.change.kind).toBe('resolve');
  });

  test('a second salesperson without the 协助销售 column: a message in zh and en, nothing written', async () => {
    const { workbook, data, result } = await sample();
    const customers = workbook.model.tables.find((t) => t.name === 'Customers')!;
    const sheet = workbook.sheet(customers.sheet)!;
    const c = customers.firstColumn + data.Customers!.mapping.columns.CoOwner;
    sheet.cells[customers.headerRow - 1][c] = '其他'; // the column is someone else's now
    const stripped = await workbook.read();
    expect(stripped.Customers!.columns.CoOwner).toBeUndefined();
    const group = result.clusters.find((x) => x.kind === 'conflict')!;
    const before = JSON.stringify(modelSnapshot(workbook));
    const choice = { keepRow: group.rows[0], owner: group.suggestedOwner, coOwner: 'S001' };
    await expect(resolveGroup(workbook, stripped, group, { ...choice, merge: true }, acting)).rejects.toThrow(
      '表中没有「协助销售」列',
    );
    await expect(
      resolveGroup(workbook, stripped, group, { ...choice, merge: false }, { ...acting, lang: 'en' }),
    ).rejects.toThrow('The Customers sheet has no "Co-owner" column');
    expect(JSON.stringify(modelSnapshot(workbook))).toBe(before);
    expect(await readAudit(workbook, 'zh')).toEqual([]);
  });
});

/** A port that counts the calls made through it. */
function counting(port: WorkbookPort): { port: WorkbookPort; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const proxy = new Proxy(port, {
    get(target, name: string) {
      const value = (target as unknown as Record<string, unknown>)[name];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[name] = (calls[name] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port: proxy, calls };
}

describe('accept all suggestions', () => {
  test('preview, then one batch: the settled conflicts are gone, no orphan, the update equals a fresh check', async () => {
    const { workbook } = buildSample({ customers: 300, today: TODAY, lang: 'zh' });
    const first = await checkWorkbook(workbook, { today, lang: 'zh', pause: async () => undefined });
    if (first.outcome !== 'checked') throw new Error(first.outcome);
    const state: CheckState = { ...first, today, lang: 'zh' };
    const plan = planAcceptAll(first.data, first.result, { merge: true });
    // the issue's sample: 5 conflicts and 1 duplicate group, every suggestion standing
    expect(plan.totals).toEqual({ groups: 6, reassigned: expect.any(Number), merged: 6, archived: 6 });
    expect(plan.skipped).toEqual([]);
    const settled = plan.groups.flatMap((g) => g.cluster.customerIds);
    const { port, calls } = counting(workbook);
    const outcome = await applyAcceptAll(port, first.data, plan, acting);
    // one read of the rows per sheet (customers, and the Ledger, Reviews and Outings rows re-pointed: the
    // sample's key dealers have the manager's or the GM's visits), one of the whole rows, one write of each
    // kind: not one per group
    const touched = new Set(outcome.audit.map((e) => e.sheet));
    expect(touched).toEqual(new Set(['Customers', 'Ledger', 'Reviews', 'Outings']));
    expect(calls).toMatchObject({ readRows: 4, readWholeRows: 1, updateCells: 1, appendRows: 2, removeTableRows: 1 });
    expect(new Set(outcome.audit.map((e) => e.batch))).toEqual(new Set([outcome.batch]));
    const records = await readAudit(workbook, 'zh');
    expect(new Set(records.map((r) => r.batch))).toEqual(new Set([outcome.batch]));

    const update = updateAfterAction(state, outcome.change);
    await workbook.writeStatusCells(update.statusEdits, 'zh');
    const fresh = (await checkWorkbook(workbook, {
      today,
      lang: 'zh',
      pause: async () => undefined,
    })) as CheckedWorkbook;
    expect(update.result.issues).toEqual(fresh.result.issues);
    expect(update.result.clusters).toEqual(fresh.result.clusters);
    expect(fresh.result.clusters.filter((c) => c.customerIds.some((id) => settled.includes(id)))).toEqual([]);
    expect(orphanedReferences(fresh.data)).toEqual(orphanedReferences(first.data));
    expect(fresh.result.issues.filter((i) => i.severity === 'error').length).toBeLessThanOrEqual(
      first.result.issues.filter((i) => i.severity === 'error').length,
    );
  });

  test('without merge only owners change; a conflict whose suggested owner cannot keep the customer is left', async () => {
    const { workbook, data, result } = await sample(400, 11);
    const plan = planAcceptAll(data, result, { merge: false });
    const conflicts = result.clusters.filter((c) => c.kind === 'conflict');
    expect(plan.groups.length + plan.skipped.length).toBe(conflicts.length);
    expect(plan.groups.every((g) => !g.merge && g.reassigned.length > 0)).toBe(true);
    // give one conflict's rows owners the roster does not know: no suggestion stands, it is skipped
    const victim = plan.groups[0].cluster;
    const edited = new MemoryWorkbook(workbook.model);
    await edited.updateCells(
      victim.rows.map((row, k) => ({ sheet: 'Customers', row, field: 'Owner', value: `X40${k}` })),
    );
    const data2 = await edited.read();
    const result2 = check(data2);
    const plan2 = planAcceptAll(data2, result2, { merge: false });
    const skipped = plan2.skipped.find((s) => s.cluster.rows[0] === victim.rows[0]);
    expect(skipped?.reason).toBe('ownerCannotKeep');

    const outcome = await applyAcceptAll(edited, data2, plan2, acting);
    expect(outcome.change.kind).toBe('resolve');
    const after = check(await edited.read());
    expect(after.clusters.filter((c) => c.kind === 'conflict').map((c) => c.rows)).toEqual(
      plan2.skipped.map((s) => s.cluster.rows),
    );
  });
});
