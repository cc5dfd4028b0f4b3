/**
 * The GM's approvals and finance's queue on the sample workbook: the queue, a refusal for someone who is not
 * the GM, and an approval that writes the review row and carries the tier into Customers.Tier, audited as
 * one batch; finance's value written to its cell, audited.
 */
import { buildSampleWorkbook } from '../../src/sample';
import { parseDate } from '../../src/domain/normalise';
import { approvalQueue, approveReview, approverCheck } from '../../src/app/approvals';
import { fillFinance, financeQueue } from '../../src/app/finance-queue';
import { readAudit } from '../../src/app/audit';
import { readStaff } from '../../src/domain/reviews';
import type { MemoryWorkbook } from '../../src/workbook/memory';

const TODAY = '2026-06-30';
const today = parseDate(TODAY)!;

async function setUp(): Promise<{ wb: MemoryWorkbook; gm: string; finance: string }> {
  const wb = buildSampleWorkbook({ seed: 42, today: TODAY, lang: 'zh' });
  const staff = readStaff((await wb.read({ sheets: ['Staff'] })).Staff);
  return {
    wb,
    gm: staff.find((s) => s.role === 'gm')!.staffId,
    finance: staff.find((s) => s.role === 'finance')!.staffId,
  };
}

describe("the GM's approvals", () => {
  test('the queue: dealer reviews without an approved tier, oldest first, with proposal, breakdown and previous tier', async () => {
    const { wb } = await setUp();
    const data = await wb.read();
    const queue = approvalQueue(data, { today, lang: 'zh' });
    expect(queue.length).toBeGreaterThan(0);
    const dues = queue.map((q) => q.dueDate || '9999');
    expect(dues).toEqual([...dues].sort());
    const first = queue[0];
    expect(first.proposedTier).toMatch(/^[ABCD]$/);
    expect(first.breakdown.length).toBeGreaterThan(3);
    expect(first.total).not.toBeNull();
    const customers = data.Customers!;
    const i = customers.rowNumbers.indexOf(first.customerRow!);
    expect(first.previousTier ?? null).toBe(customers.columns.Tier[i] ?? null);
  });

  test('someone who is not the GM is refused, in both languages, and nothing is written', async () => {
    const { wb, finance } = await setUp();
    const data = await wb.read();
    const item = approvalQueue(data, { today, lang: 'zh' })[0];
    const zh = approverCheck(data, finance, 'zh');
    expect(zh).toEqual({ ok: false, message: expect.stringContaining('只能由总经理核定') });
    const en = approverCheck(data, 'Nobody', 'en');
    expect(en).toEqual({ ok: false, message: expect.stringContaining('not on the Staff sheet') });
    await expect(approveReview(wb, data, item.row, 'B', { who: finance, lang: 'en', today })).rejects.toThrow(
      /Only the general manager/,
    );
    expect(await readAudit(wb, 'zh')).toEqual([]);
  });

  test('approval writes tier, approver and date, carries the tier into Customers.Tier, one audited batch', async () => {
    const { wb, gm } = await setUp();
    const data = await wb.read();
    const item = approvalQueue(data, { today, lang: 'zh' }).find((q) => q.customerRow !== null)!;
    const tier = item.previousTier === 'A' ? 'B' : 'A';
    const outcome = await approveReview(wb, data, item.row, tier, { who: gm, lang: 'zh', today });
    const after = await wb.read();
    const ri = after.Reviews!.rowNumbers.indexOf(item.row);
    expect(after.Reviews!.columns.ApprovedTier[ri]).toBe(tier);
    expect(after.Reviews!.columns.ApprovedBy[ri]).toBe(gm);
    expect(parseDate(after.Reviews!.columns.ApprovedDate[ri])).toBe(today);
    const ci = after.Customers!.rowNumbers.indexOf(item.customerRow!);
    expect(after.Customers!.columns.Tier[ci]).toBe(tier);
    // the Audit sheet: every changed cell, one batch, the customer's tier among them
    const audit = await readAudit(wb, 'en');
    expect(audit.map((a) => [a.action, a.sheet, a.row, a.field, a.after])).toEqual([
      ['approve', 'Reviews', item.row, 'ApprovedTier', tier],
      ['approve', 'Reviews', item.row, 'ApprovedBy', gm],
      ['approve', 'Reviews', item.row, 'ApprovedDate', expect.anything()],
      ['approve', 'Customers', item.customerRow, 'Tier', tier],
    ]);
    expect(new Set(audit.map((a) => a.batch))).toEqual(new Set([outcome.batch]));
    expect(audit[3].before ?? null).toBe(item.previousTier ?? null);
    // the review has left the queue
    expect(approvalQueue(after, { today, lang: 'zh' }).some((q) => q.row === item.row)).toBe(false);
  });
});

describe("finance's queue", () => {
  test('rows with an empty finance column, oldest first, with suggested scores and the ledger facts', async () => {
    const { wb } = await setUp();
    const queue = financeQueue(await wb.read(), { today, lang: 'zh' });
    expect(queue.length).toBeGreaterThan(0);
    const dues = queue.map((q) => q.dueDate || '9999');
    expect(dues).toEqual([...dues].sort());
    for (const q of queue) expect(q.missing.length).toBeGreaterThan(0);
    expect(queue.some((q) => q.suggestedCreditScore !== null && q.onTimeRate !== null)).toBe(true);
  });

  test('filling a score writes the cell, audited; a value that is not a score is refused', async () => {
    const { wb, finance } = await setUp();
    const data = await wb.read();
    const item = financeQueue(data, { today, lang: 'zh' }).find((q) => q.missing.includes('CreditScore'))!;
    await expect(fillFinance(wb, data, item.row, 'CreditScore', '120', { who: finance, lang: 'zh' })).rejects.toThrow(
      /0 到 100/,
    );
    await fillFinance(wb, data, item.row, 'CreditScore', '82', { who: finance, lang: 'zh' });
    const after = await wb.read();
    expect(after.Reviews!.columns.CreditScore[after.Reviews!.rowNumbers.indexOf(item.row)]).toBe(82);
    const audit = await readAudit(wb, 'zh');
    expect(audit.map((a) => [a.action, a.sheet, a.row, a.field, a.after])).toEqual([
      ['finance', 'Reviews', item.row, 'CreditScore', 82],
    ]);
    const again = financeQueue(after, { today, lang: 'zh' }).find((q) => q.row === item.row);
    expect(again?.missing ?? []).not.toContain('CreditScore');
  });
});
