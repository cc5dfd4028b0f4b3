/** A small workbook for the entry-time warnings: three customers of two salespeople, and the roster. */
import { MemoryWorkbook } from '../../src/workbook/memory';
import { parseDate } from '../../src/domain/normalise';
import type { Lang } from '../../src/domain/schema';

export const TODAY = parseDate('2026-11-27')!;

export async function entryWorkbook(lang: Lang = 'zh'): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.setup(lang);
  await wb.appendTableRows('Staff', [
    { StaffId: 'S012', Name: '王婷', Role: 'sales', Showroom: '一号展厅', Active: true },
    { StaffId: 'S020', Name: '李强', Role: 'sales', Showroom: '一号展厅', Active: true },
    { StaffId: 'S001', Name: '张敏', Role: 'supervisor', Showroom: '一号展厅', Active: true },
  ]);
  const base = { Kind: '最终客户', City: '南京', Showroom: '一号展厅', Source: '到店', Stage: '洽谈' };
  await wb.appendTableRows('Customers', [
    { ...base, CustomerId: 'C000123', Name: '陈静', Phone: '13812345678', Owner: 'S012', FirstContact: '2026-03-02' },
    {
      ...base,
      CustomerId: 'C000124',
      Name: '刘洋',
      Phone: '13912345678',
      Owner: 'S020',
      FirstContact: '2026-04-10',
      IdNumber: '360426199101010071',
    },
    { ...base, CustomerId: 'C000125', Name: '赵磊', Phone: '13712345678', Owner: 'S012', FirstContact: '2026-05-01' },
  ]);
  return wb;
}
