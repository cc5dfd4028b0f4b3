/** What many cases share: the day they run on, customer rows, and what a check --out may change. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ADDIN_SHEETS, CUSTOMERS } from '../../../src/domain/schema';
import { SETTINGS_SHEET } from '../../../src/workbook/memory';
import { t } from '../../../src/i18n';
import { headerWidth, type BookSnap, type Intended } from './snapshot';
import type { CliCase, Files, Lang, Sees } from './types';

export const TODAY = '2026-06-15';

export const HEADER = ['客户编号', '客户类型', '客户名称', '电话', '展厅', '负责销售', '首次接触', '阶段'];

/** A valid customer row. */
export const customer = (id: string, name: string, phone: string, owner = 'S001', contact = '2026-06-01') => [
  id,
  '最终客户',
  name,
  phone,
  '一展厅',
  owner,
  contact,
  '线索',
];

/** Two salespeople working one customer (a conflict), and a third customer. */
export const CONFLICT_ROWS = [
  customer('C001', '王伟', '13812345678', 'S001'),
  customer('C002', '王伟', '138 1234 5678', 'S002'),
  customer('C003', '李娜', '13912345670', 'S001'),
];

export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A CSV of the header and rows (cells joined with commas, as written: quote them yourself). */
export function csv(dir: string, name: string, rows: unknown[][], header = HEADER): string {
  return writeFile(dir, name, [header, ...rows].map((r) => r.join(',')).join('\n') + '\n');
}

/** A workbook written by ExcelJS: a 客户档案 sheet of the header and rows, then whatever more builds. */
export async function xlsx(
  dir: string,
  name: string,
  rows: unknown[][],
  more?: (xl: ExcelJS.Workbook, customers: ExcelJS.Worksheet) => void,
  header: unknown[] = HEADER,
): Promise<string> {
  const xl = new ExcelJS.Workbook();
  const ws = xl.addWorksheet('客户档案');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  more?.(xl, ws);
  const file = path.join(dir, name);
  await xl.xlsx.writeFile(file);
  return file;
}

/** The sheets check --out adds: the reports, the very hidden snapshot and settings. */
export function checkSheets(lang: Lang): string[] {
  return [ADDIN_SHEETS.Issues[lang], ADDIN_SHEETS.Conflicts[lang], ADDIN_SHEETS.Snapshot[lang], SETTINGS_SHEET];
}

/** The customer status columns: 校验 and 冲突组, or Check and Conflict group. */
export function statusHeaders(lang: Lang): string[] {
  const fields = CUSTOMERS.fields.filter((f) => f.key === 'Check' || f.key === 'ConflictGroup');
  return fields.map((f) => f[lang]);
}

/** What check --out may change in a workbook of one customer sheet whose columns end before `at`. */
export function checkOut(lang: Lang, at = HEADER.length, sheet = '客户档案', more: string[] = []): Intended {
  return { ownSheets: [...checkSheets(lang), ...more], columns: [{ sheet, at, headers: statusHeaders(lang) }] };
}

/**
 * What check --out changes when the column right of the customers is empty but the next holds a
 * memo: the empty one takes the first status column, the second goes in before the memo, which moves.
 */
export function statusBeforeMemo(lang: Lang): Intended {
  const [check, group] = statusHeaders(lang);
  return {
    ownSheets: checkSheets(lang),
    columns: [
      { sheet: '客户档案', at: HEADER.length, headers: [check], rewritten: true },
      { sheet: '客户档案', at: HEADER.length + 1, headers: [group] },
    ],
  };
}

/** The first line of check's summary: rows, errors, warnings, conflicts and duplicates. */
export function summary(
  customers: number,
  errors = 0,
  warnings = 0,
  conflicts = 0,
  duplicates = 0,
): { zh: string; en: string } {
  const p = {
    customers: String(customers),
    errors: String(errors),
    warnings: String(warnings),
    conflicts: String(conflicts),
    duplicates: String(duplicates),
  };
  return { zh: t('zh', 'check.summary', p), en: t('en', 'check.summary', p) };
}

/** The sheet of the customers: a CSV's is named after the file, a workbook's is 客户档案. */
export const sheetOf = (f: Files) =>
  /\.csv$/i.test(f.input) ? path.basename(f.input, path.extname(f.input)) : '客户档案';

/** `check FILE --out OUT`, with OUT beside the input. */
export const checkOutArgv = (f: Files) => ['check', f.input, '--out', outBeside(f)];
export const outBeside = (f: Files) => path.join(path.dirname(f.input), 'checked.xlsx');

/** A case that runs check --out on what build makes and finds only the add-in's changes. */
export function checkCase(c: {
  id: string;
  source: string;
  title: { zh: string; en: string };
  build(dir: string): Files | Promise<Files>;
  sees(f: Files): Sees;
  intended?: (lang: Lang, f: Files, before: BookSnap) => Intended;
  then?: CliCase['then'];
  fails?: string;
}): CliCase {
  return {
    kind: 'cli',
    argv: checkOutArgv,
    code: 0,
    ...c,
    writes: {
      file: outBeside,
      intended: c.intended ?? ((lang, f, before) => checkOut(lang, headerWidth(before, sheetOf(f)), sheetOf(f))),
    },
  };
}
