import { MemoryWorkbook, newSheet, setCell } from '../../src/workbook/memory';

/** A user's own sheet the add-in does not recognise: 姓名/手机 and an obvious duplicate. */
export function unrecognisedWorkbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const sheet = newSheet('Sheet1');
  wb.model.sheets.push(sheet);
  const rows = [
    ['姓名', '手机'],
    ['王伟', '13800138000'],
    ['王伟', '138 0013 8000'],
    ['李娜', '13900139000'],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => setCell(sheet, i + 1, c, v)));
  return wb;
}
