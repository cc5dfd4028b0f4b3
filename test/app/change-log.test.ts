/**
 * recordUserChanges (issue 19, change log): a person's edits to Customers, Ledger and Reviews go to
 * the Audit sheet in one append (who, row, CustomerId, column, old and new value), a dealer's basic
 * information change gets its own 'dealerInfo' entry, and the add-in's own writes, other tables and
 * cells typed over with the same value are not logged.
 */
import { readAudit } from '../../src/app/audit';
import { recordUserChanges } from '../../src/app/change-log';
import { AUDIT_HASH_COLUMN } from '../../src/app/audit';
import { verifyChain } from '../../src/domain/audit-chain';
import type { TableChangeEvent } from '../../src/domain/changes';
import { isDealerKind } from '../../src/domain/dealer-info';
import type { Lang } from '../../src/domain/schema';
import { buildSampleWorkbook } from '../../src/sample';
import type { MemoryWorkbook } from '../../src/workbook/memory';

const NOW = new Date(2026, 5, 30, 14, 5, 0);

async function setting(lang: Lang) {
  const wb = buildSampleWorkbook({ seed: 3, today: '2026-06-30', lang, customers: 60 });
  const data = await wb.read();
  const c = data.Customers!;
  const at = (pred: (i: number) => boolean) => {
    const i = c.rowNumbers.findIndex((_, k) => pred(k));
    return { row: c.rowNumbers[i], id: String(c.columns.CustomerId[i]), name: String(c.columns.Name[i]) };
  };
  const dealer = at((i) => isDealerKind(c.columns.Kind[i]));
  const end = at((i) => !isDealerKind(c.columns.Kind[i]));
  const ledger = data.Ledger!;
  return {
    wb,
    dealer,
    end,
    ledgerRows: ledger.rowNumbers.slice(0, 3),
    ledgerIds: ledger.columns.CustomerId.slice(0, 3),
  };
}

/** Counts the port calls the use case makes. */
function counting(wb: MemoryWorkbook) {
  const calls: Record<string, number> = {};
  for (const name of ['appendRows', 'readRows', 'read', 'readAddinSheet'] as const) {
    const fn = wb[name].bind(wb) as (...a: unknown[]) => Promise<unknown>;
    (wb as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => {
      calls[name] = (calls[name] ?? 0) + 1;
      return fn(...a);
    };
  }
  return calls;
}

describe('recordUserChanges', () => {
  test('logs the user edits of the three tables in one append, with who, CustomerId, old and new values', async () => {
    const { wb, dealer, end, ledgerRows, ledgerIds } = await setting('zh');
    const events: TableChangeEvent[] = [
      {
        sheet: 'Customers',
        source: 'user',
        changes: [
          { sheet: 'Customers', row: end.row, field: 'Phone', before: '13800000001', after: '13911112222' },
          { sheet: 'Customers', row: dealer.row, field: 'Name', before: '旧名称', after: dealer.name },
          { sheet: 'Customers', row: dealer.row, field: 'Notes', before: null, after: '改备注' },
          { sheet: 'Customers', row: end.row, field: 'City', before: '南京', after: '南京' },
        ],
      },
      {
        sheet: 'Customers',
        source: 'addin',
        changes: [{ sheet: 'Customers', row: end.row, field: 'Check', after: '✖ 手机号格式' }],
      },
      {
        sheet: 'Ledger',
        source: 'user',
        changes: ledgerRows.map((row, i) => ({ sheet: 'Ledger' as const, row, field: 'Amount', after: 1000 + i })),
      },
      {
        sheet: 'Outings',
        source: 'user',
        changes: [{ sheet: 'Outings', row: 2, field: 'Purpose', after: 'x' }],
      },
    ];
    const calls = counting(wb);
    const result = await recordUserChanges(wb, events, '王婷', 'zh', NOW);
    expect(result).toMatchObject({ edits: 6, dealerInfo: 1 });
    expect(calls).toEqual({ readRows: 2, appendRows: 1 });

    const audit = await readAudit(wb, 'zh');
    expect(audit.map((r) => [r.action, r.sheet, r.row, r.field, r.before, r.after, r.customer])).toEqual([
      ['edit', 'Customers', end.row, 'Phone', '13800000001', '13911112222', end.id],
      ['edit', 'Customers', dealer.row, 'Name', '旧名称', dealer.name, dealer.id],
      ['dealerInfo', 'Customers', dealer.row, 'Name', '旧名称', dealer.name, dealer.id],
      ['edit', 'Customers', dealer.row, 'Notes', null, '改备注', dealer.id],
      ...ledgerRows.map((row, i) => ['edit', 'Ledger', row, 'Amount', null, 1000 + i, String(ledgerIds[i])]),
    ]);
    expect(new Set(audit.map((r) => r.batch))).toEqual(new Set([result.batch]));
    const raw = await wb.readAddinSheet('Audit', 'zh');
    expect(raw[0].slice(0, 4)).toEqual([NOW, '王婷', '用户修改', '客户档案']);
    expect(raw[2].slice(2, 3)).toEqual(['经销商信息变更']);
    expect(raw[2][8]).toBe(`经销商 ${dealer.id}「${dealer.name}」的基本信息（客户名称）已变更`);
    expect(raw[4][8]).toBe('在表格中直接修改（粘贴等：Excel 未提供原值）');
    expect(verifyChain(await wb.readAddinRows('Audit'), AUDIT_HASH_COLUMN)).toBeNull();
  });

  test('in English too; nothing to log writes nothing', async () => {
    const { wb, dealer } = await setting('en');
    const calls = counting(wb);
    expect(
      await recordUserChanges(wb, [{ sheet: 'Customers', source: 'addin', changes: [] }], 'Wang', 'en', NOW),
    ).toEqual({ edits: 0, dealerInfo: 0, batch: '' });
    expect(calls).toEqual({});
    await recordUserChanges(
      wb,
      [
        {
          sheet: 'Customers',
          source: 'user',
          changes: [{ sheet: 'Customers', row: dealer.row, field: 'Phone', before: '1', after: '2' }],
        },
      ],
      'Wang',
      'en',
      NOW,
    );
    const raw = await wb.readAddinSheet('Audit', 'en');
    expect(raw.map((r) => r[2])).toEqual(['User edit', 'Dealer information changed']);
    expect(raw[1][8]).toBe(`Dealer ${dealer.id} '${dealer.name}': basic information (Phone) changed`);
  });
});
