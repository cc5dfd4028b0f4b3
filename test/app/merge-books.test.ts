/**
 * A merge keeps the books whole (issue 16): every row of another sheet that names a merged customer
 * follows it to the kept one, audited; the Archive keeps the merged rows whole (formulas and links
 * too, issue 15 item 11); and "restore from Archive" undoes it cell for cell.
 */
import { buildSample } from '../../src/sample';
import { parseDate } from '../../src/domain/normalise';
import { runCheck, type CheckResult } from '../../src/domain/engine';
import { orphanedReferences, CUSTOMER_REFERENCE_FIELDS } from '../../src/domain/references';
import { text, type WorkbookData } from '../../src/domain/table';
import { resolveConflict } from '../../src/app/resolve-conflict';
import { mergeDuplicates } from '../../src/app/merge-duplicates';
import { listArchived, restoreArchived } from '../../src/app/restore';
import { readAudit } from '../../src/app/audit';
import { readArchive } from '../../src/app/archive';
import type { MemoryWorkbook } from '../../src/workbook/memory';
import { modelSnapshot } from './model-snapshot';

const TODAY = '2026-11-27';
const today = parseDate(TODAY)!;
const acting = { who: '王主管', lang: 'zh' as const, now: new Date('2026-11-27T10:00:00Z') };

function check(data: WorkbookData): CheckResult {
  return runCheck(data, { today, lang: 'zh' });
}

const errors = (r: CheckResult) => r.issues.filter((i) => i.severity === 'error');

/** Sum of Ledger.Amount per CustomerId. */
function ledgerTotals(data: WorkbookData): Map<string, number> {
  const ledger = data.Ledger!;
  const out = new Map<string, number>();
  for (let i = 0; i < ledger.length; i++) {
    const id = text(ledger, 'CustomerId', i);
    out.set(id, (out.get(id) ?? 0) + Number(ledger.columns.Amount[i] ?? 0));
  }
  return out;
}

/** The bundled sample (the CLI's `sample` defaults), its conflicts resolved with the suggested owners. */
async function resolvedSample(): Promise<MemoryWorkbook> {
  const { workbook } = buildSample({ customers: 300, today: TODAY, lang: 'zh' });
  const data = await workbook.read();
  for (const c of check(data).clusters.filter((x) => x.kind === 'conflict'))
    await resolveConflict(workbook, await workbook.read(), c, c.suggestedOwner, acting);
  return workbook;
}

/** Merges every duplicate group into its first row, one at a time as the pane does; returns what each merged. */
async function mergeAll(workbook: MemoryWorkbook): Promise<{ keptId: string; ids: string[] }[]> {
  const merged: { keptId: string; ids: string[] }[] = [];
  for (;;) {
    const data = await workbook.read();
    const group = check(data).clusters.find((c) => c.kind === 'duplicate');
    if (!group) return merged;
    merged.push({ keptId: group.customerIds[0], ids: group.customerIds });
    await mergeDuplicates(workbook, data, group, group.rows[0], acting);
  }
}

describe('a merge keeps every reference whole', () => {
  test("the issue's sample: 5 conflicts resolved, 6 groups merged: errors stay 16 (were 54), no orphan, ledger totals kept", async () => {
    const workbook = await resolvedSample();
    const before = await workbook.read();
    const errorsBefore = errors(check(before));
    const orphansBefore = orphanedReferences(before);
    const totalsBefore = ledgerTotals(before);
    const merged = await mergeAll(workbook);
    expect(merged.length).toBe(6);
    const after = await workbook.read();
    const result = check(after);
    // 9, and the sample rota's 7 planted duty errors (issue 18: one per duty rule, see src/sample/rota.ts)
    expect(errorsBefore.length).toBe(16);
    expect(errors(result).length).toBe(errorsBefore.length);
    expect(result.issues.filter((i) => i.rule === 'ledger.customer.unknown').length).toBe(
      errorsBefore.filter((i) => i.rule === 'ledger.customer.unknown').length,
    );
    expect(orphanedReferences(after)).toEqual(orphansBefore); // the sample's one planted orphan, nothing more
    const totalsAfter = ledgerTotals(after);
    let moved = 0;
    for (const { keptId, ids } of merged) {
      const sum = [...new Set(ids)].reduce((s, id) => s + (totalsBefore.get(id) ?? 0), 0);
      expect(totalsAfter.get(keptId) ?? 0).toBeCloseTo(sum, 6);
      moved += sum - (totalsBefore.get(keptId) ?? 0);
    }
    expect(moved).toBeGreaterThan(0); // the groups did have deals on the merged customers
  });

  test('each re-pointed row is audited: sheet, row, old ID, new ID, group, who, when; one batch per merge', async () => {
    const workbook = await resolvedSample();
    const data = await workbook.read();
    const group = check(data).clusters.find((c) => c.kind === 'duplicate' && c.customerIds[1] !== c.customerIds[0])!;
    const [keptId, goneId] = group.customerIds;
    const referring = (d: WorkbookData) =>
      CUSTOMER_REFERENCE_FIELDS.flatMap(({ sheet, field }) =>
        d[sheet]!.rowNumbers.filter((_, i) => text(d[sheet]!, field, i) === goneId).map((row) => ({ sheet, row })),
      );
    const refs = referring(data);
    expect(refs.filter((r) => r.sheet === 'Ledger').length).toBeGreaterThan(0);
    expect(refs.filter((r) => r.sheet === 'Reviews').length).toBeGreaterThan(0);
    const audit = await mergeDuplicates(workbook, data, group, group.rows[0], acting);
    const repointed = audit.filter((e) => e.sheet !== 'Customers');
    expect(repointed.map((e) => [e.sheet, e.row, e.field, e.before, e.after, e.who, e.at])).toEqual(
      refs.map(({ sheet, row }) => [sheet, row, 'CustomerId', goneId, keptId, acting.who, acting.now]),
    );
    expect(repointed.every((e) => e.note!.includes(group.id) && e.customer === goneId)).toBe(true);
    expect(new Set(audit.map((e) => e.batch)).size).toBe(1);
    // the sheet holds them, readable in both directions
    const records = await readAudit(workbook, 'zh');
    expect(
      records.filter((r) => r.sheet !== 'Customers').map((r) => [r.sheet, r.row, r.before, r.after, r.batch]),
    ).toEqual(refs.map(({ sheet, row }) => [sheet, row, goneId, keptId, audit[0].batch]));
    const after = await workbook.read();
    expect(referring(after)).toEqual([]);
    expect(orphanedReferences(after)).toEqual(orphanedReferences(data));
  });

  test('every sheet with a customer reference is found through the schema', () => {
    expect(CUSTOMER_REFERENCE_FIELDS).toEqual([
      { sheet: 'Ledger', field: 'CustomerId' },
      { sheet: 'Outings', field: 'CustomerId' },
      { sheet: 'Reviews', field: 'CustomerId' },
    ]);
  });

  test('a ledger row edited since the check stops the merge before anything is written', async () => {
    const workbook = await resolvedSample();
    const data = await workbook.read();
    const group = check(data).clusters.find((c) => c.kind === 'duplicate' && c.customerIds[1] !== c.customerIds[0])!;
    const goneId = group.customerIds[1];
    const i = data.Ledger!.columns.CustomerId.findIndex((v) => String(v).trim() === goneId);
    await workbook.updateCells([{ sheet: 'Ledger', row: data.Ledger!.rowNumbers[i], field: 'Model', value: '改过' }]);
    const snapshot = JSON.stringify(modelSnapshot(workbook));
    await expect(mergeDuplicates(workbook, data, group, group.rows[0], acting)).rejects.toThrow(/经销商台账第 \d+ 行/);
    expect(JSON.stringify(modelSnapshot(workbook))).toBe(snapshot);
    expect(await readArchive(workbook, 'zh')).toEqual([]);
  });
});

describe('the Archive keeps merged rows whole, and restore gives them back', () => {
  /** A duplicate group whose second row holds a formula and a hyperlink. */
  async function groupWithFormula() {
    const workbook = await resolvedSample();
    const data = await workbook.read();
    const group = check(data).clusters.find((c) => c.kind === 'duplicate' && c.customerIds[1] !== c.customerIds[0])!;
    const customers = workbook.model.tables.find((t) => t.name === 'Customers')!;
    const sheet = workbook.sheet(customers.sheet)!;
    const notes = customers.firstColumn + data.Customers!.mapping.columns.Notes;
    const address = customers.firstColumn + data.Customers!.mapping.columns.Address;
    const row = group.rows[1];
    sheet.formulas.set(`${row},${notes}`, 'HYPERLINK("http://crm.example/c/1","合同")');
    sheet.cells[row - 1][notes] = '合同';
    workbook.model.hyperlinks.push({ sheet: sheet.name, row, col: address, target: 'http://map.example/?q=1' });
    return { workbook, data: await workbook.read(), group, row, notes, address, sheet };
  }

  test('formulas and links are kept in the Archive (with a merged-into column) and restored live', async () => {
    const { workbook, data, group, notes, address, sheet } = await groupWithFormula();
    await mergeDuplicates(workbook, data, group, group.rows[0], acting);
    const [archived] = await readArchive(workbook, 'zh');
    expect(archived.mergedInto).toBe(group.customerIds[0]);
    expect(archived.customerId).toBe(group.customerIds[1]);
    const j = (col: number) => col - workbook.model.tables.find((t) => t.name === 'Customers')!.firstColumn;
    expect(archived.cells[j(notes)]).toEqual({
      value: '合同',
      formula: '=HYPERLINK("http://crm.example/c/1","合同")',
    });
    expect(archived.cells[j(address)].link).toBe('http://map.example/?q=1');
    const archiveSheet = workbook.sheet(workbook.model.addinSheets!.Archive!)!;
    expect(archiveSheet.cells[0].slice(0, 2)).toEqual(['原行号', '并入客户编号']);
    expect(archiveSheet.formulas.size).toBe(0); // kept as text there: a live copy would point at other cells

    const restored = await restoreArchived(workbook, await workbook.read(), archived.key, acting);
    expect(restored.row).toBe(group.rows[1]);
    expect(sheet.formulas.get(`${restored.row},${notes}`)).toBe('HYPERLINK("http://crm.example/c/1","合同")');
    expect(workbook.model.hyperlinks).toContainEqual({
      sheet: sheet.name,
      row: restored.row,
      col: address,
      target: 'http://map.example/?q=1',
    });
    expect(await listArchived(workbook, 'zh')).toEqual([]);
    await expect(restoreArchived(workbook, await workbook.read(), archived.key, acting)).rejects.toThrow(/已经恢复/);
  });

  test('merging every group then restoring every archived row gives the workbook back cell for cell', async () => {
    const { workbook } = await groupWithFormula();
    const original = modelSnapshot(workbook);
    const dataBefore = await workbook.read();
    await mergeAll(workbook);
    const merged = await workbook.read();
    expect(merged.Customers!.length).toBeLessThan(dataBefore.Customers!.length);
    const archived = await listArchived(workbook, 'zh');
    expect(archived.length).toBe(dataBefore.Customers!.length - merged.Customers!.length);
    // newest merge first, each merge's rows top down: every row returns to the row it left
    const order = [...archived].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.batch < b.batch ? 1 : -1));
    const batches = [...new Set(archived.map((a) => a.batch))].reverse();
    for (const batch of batches)
      for (const a of order.filter((x) => x.batch === batch).sort((x, y) => x.fromRow - y.fromRow))
        await restoreArchived(workbook, await workbook.read(), a.key, acting);
    expect(modelSnapshot(workbook)).toEqual(original);
    const audit = await readAudit(workbook, 'zh');
    expect(
      audit.filter((r) => r.action === 'restore' && r.sheet === 'Customers' && r.field === 'CustomerId').length,
    ).toBe(archived.length);
  });

  test('a restore leaves a cell a person changed after the merge as it is, and says so', async () => {
    const workbook = await resolvedSample();
    const data = await workbook.read();
    const group = check(data).clusters.find((c) => c.kind === 'duplicate' && c.customerIds[1] !== c.customerIds[0])!;
    const goneId = group.customerIds[1];
    const ledgerRow = data.Ledger!.rowNumbers[data.Ledger!.columns.CustomerId.findIndex((v) => v === goneId)];
    await mergeDuplicates(workbook, data, group, group.rows[0], acting);
    await workbook.updateCells([{ sheet: 'Ledger', row: ledgerRow, field: 'CustomerId', value: 'C-OTHER' }]);
    const [archived] = await listArchived(workbook, 'zh');
    const outcome = await restoreArchived(workbook, await workbook.read(), archived.key, acting);
    expect(outcome.keptAsEdited).toBe(1);
    const after = await workbook.read();
    expect(text(after.Ledger!, 'CustomerId', after.Ledger!.rowNumbers.indexOf(ledgerRow))).toBe('C-OTHER');
  });
});
