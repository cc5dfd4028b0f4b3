/**
 * Hostile input for the annotated copy's write side (issue 15: A, B): big reports, values no
 * program can open, control characters, a user's own formulas. Each case builds its input in a
 * temp dir, runs the CLI in-process and checks what the user sees and what the copy holds.
 */
import { MemoryWorkbook } from '../../src/workbook/memory';

describe('a report of more rows than a spread can take', () => {
  test('the memory workbook writes a 200k-row report sheet (RangeError before)', async () => {
    const wb = new MemoryWorkbook();
    const rows = Array.from({ length: 200_000 }, (_, i) => [`C${i}`, i]);
    await wb.writeReportSheet({ sheet: 'Issues', headers: ['编号', '行'], rows }, 'zh');
    const grid = wb.sheet('校验问题')!;
    expect([grid.cells.length, grid.cells[200_000]]).toEqual([200_001, ['C199999', 199_999]]);
    expect(wb.model.tables.find((t) => t.sheet === grid.name)?.rowCount).toBe(200_000);
  });
});
