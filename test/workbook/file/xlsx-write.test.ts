/**
 * The streamed copy writer (xlsx-write.ts) and the fast loader (xlsx-load.ts) on a sheet big enough
 * to cross many pieces: the writer hands the deflater 512 characters at a time and the loader
 * parses 64 bytes at a time, so tags, entities, escapes and multi-byte characters are cut at every
 * kind of place. The 1,048,576-row case is in the bench (bench/write.ts); this is its code path.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/domain/table';
import { loadXlsx } from '../../../src/workbook/file/xlsx-load';
import { writeXlsx } from '../../../src/workbook/file/xlsx-write';
import { MemoryWorkbook } from '../../../src/workbook/memory';

const ROWS = 3000;

function rowOf(i: number): CellValue[] {
  return [
    `C${String(i).padStart(5, '0')}`,
    ['王伟', '李娜', 'A & B <公司>', '张\u0007三', '_x0041_ 原样', '两行\n文本', '回车\r保留', '表情😀'][i % 8],
    i % 3 === 0 ? i * 1.5 : -i,
    new Date(Date.UTC(2020, 0, 1) + i * 86400000),
    i % 5 === 0 ? null : i % 2 === 0,
  ];
}

async function written(wb: MemoryWorkbook): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  await writeXlsx(wb.model, (chunk) => void pieces.push(chunk.slice()), { pieceChars: 512 });
  return Buffer.concat(pieces);
}

describe('a sheet across many pieces', () => {
  const wb = new MemoryWorkbook();
  const grid = wb.addSheet('客户档案');
  grid.cells = [['编号', '名称', '金额', '日期', '是否'], ...Array.from({ length: ROWS }, (_, i) => rowOf(i))];
  grid.numFmts[3] = 'yyyy-mm-dd';
  for (let r = 2; r <= ROWS + 1; r += 7) grid.formulas.set(`${r},5`, `C${r}*2`);
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await written(wb);
  });

  test('the fast loader, 64 bytes at a time, reads back every cell and formula', async () => {
    const back = (await loadXlsx(bytes, { pieceBytes: 64 })).sheet('客户档案')!;
    const expected = grid.cells.map((row) => {
      const copy = [...row];
      while (copy.length && copy[copy.length - 1] === null) copy.pop();
      return copy;
    });
    expect(back.cells.map((row) => row ?? [])).toEqual(expected);
    expect(back.formulas).toEqual(grid.formulas);
  });

  test('ExcelJS reads back the same values', async () => {
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = xl.getWorksheet('客户档案')!;
    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, ROWS - 1]) {
      const values = Array.from({ length: 5 }, (_, c) => ws.getRow(i + 2).getCell(c + 1).value ?? null);
      const row = rowOf(i);
      expect(values).toEqual(row);
    }
  });
});

test('a formula with a typed _x0041_ and a control character comes back as typed', async () => {
  const wb = new MemoryWorkbook();
  const grid = wb.addSheet('公式');
  grid.cells = [['a', '_x0041_a']];
  grid.formulas.set('1,1', '"_x0041_"&A1&"\u0007"');
  const back = (await loadXlsx(await written(wb))).sheet('公式')!;
  expect(back.formulas.get('1,1')).toBe('"_x0041_"&A1&"\u0007"');
  expect(back.cells[0]).toEqual(['a', '_x0041_a']);
});
