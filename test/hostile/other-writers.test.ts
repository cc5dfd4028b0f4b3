/**
 * Valid workbooks that programs other than Excel wrote (issue 15: "a valid workbook saved by
 * openpyxl with tables or a chart" failed with "Cannot read properties of undefined"): they are
 * read and checked like any other.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadWorkbookFile, openXlsxBytes, WorkbookFileError } from '../../src/workbook/file';
import { cellKey, getCell } from '../../src/workbook/memory';
import { compoundFile, expectNoCrash, openpyxlRowsAsCsv, openpyxlWorkbook, runCli, tempDir } from './builders';

const { dir, cleanup } = tempDir('sd-writers-');
afterAll(cleanup);

const csv = path.join(dir, '客户档案.csv'); // named as the workbook's sheet, which the messages name
beforeAll(() => fs.writeFileSync(csv, openpyxlRowsAsCsv()));

/** What check prints for the same rows in a CSV: the reference the workbook must match. */
async function checkedAsCsv(lang: 'zh' | 'en'): Promise<string> {
  const run = await runCli('check', csv, '--lang', lang, '--today', '2026-11-27');
  expect(run.code).toBe(0);
  return run.out;
}

const VARIANTS: [string, Parameters<typeof openpyxlWorkbook>[0]][] = [
  ['openpyxl: a table', { table: true }],
  ['openpyxl: a chart', { chart: true }],
  ['openpyxl: a note', { note: true }],
  ['openpyxl: a table, a chart and a note', { table: true, chart: true, note: true }],
  ['a table without headerRowCount (as Excel writes it)', { table: true, headerRowCount: false }],
];

describe.each(VARIANTS)('%s', (name, parts) => {
  const file = path.join(dir, name.replace(/[^a-z]+/gi, '-') + '.xlsx');
  let before: Buffer;
  beforeAll(() => {
    fs.writeFileSync(file, openpyxlWorkbook(parts));
    before = fs.readFileSync(file);
  });

  test('check finds what it finds in the same rows as a CSV, in zh and en', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const run = await runCli('check', file, '--lang', lang, '--today', '2026-11-27');
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(run.out).toBe(await checkedAsCsv(lang));
      expectNoCrash(run);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('reviews and tiers read it', async () => {
    for (const command of ['reviews', 'tiers']) {
      const run = await runCli(command, file, '--lang', 'en', '--today', '2026-11-27');
      expect([run.code, run.err]).toEqual([0, '']);
    }
  });

  test('check --out writes a copy with the table and the note kept', async () => {
    const out = path.join(dir, 'checked-' + path.basename(file));
    const run = await runCli('check', file, '--out', out, '--lang', 'en', '--today', '2026-11-27');
    expect([run.code, run.err]).toEqual([0, '']);
    const copy = await loadWorkbookFile(out);
    const sheet = copy.model.sheets.find((s) => s.name === '客户档案')!;
    if (parts.table) {
      const table = copy.model.tables.find((t) => t.sheet === '客户档案')!;
      expect([table.headerRow, table.rowCount]).toEqual([1, 3]);
    }
    if (parts.note) expect(JSON.stringify(sheet.extras?.notes?.get(cellKey(2, 2)))).toContain('老客户,已核实');
    expect(getCell(sheet, 2, 2)).toBe('陈伟');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

test("the playground's file open gets the same typed errors (browser-safe path)", async () => {
  await expect(openXlsxBytes(compoundFile(['EncryptionInfo', 'EncryptedPackage']), '报表.xlsx')).rejects.toEqual(
    new WorkbookFileError('encrypted', '报表.xlsx'),
  );
  const wb = await openXlsxBytes(openpyxlWorkbook({ table: true, note: true }), 'from-openpyxl.xlsx');
  expect(wb.model.tables.map((t) => t.name)).toEqual(['客户表']);
});
