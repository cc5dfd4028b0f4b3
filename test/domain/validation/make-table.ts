/**
 * Builds Tables and WorkbookData for validation tests from plain row objects.
 * Headers are the schema's zh labels unless overridden; row numbers start at 2
 * (header on row 1) unless `firstRow` says otherwise.
 */
import { SHEET_BY_KEY, type SheetKey } from '../../../src/domain/schema';
import type { CellValue, Table, WorkbookData } from '../../../src/domain/table';
import { parseDate } from '../../../src/domain/normalise';
import type { ValidationOptions } from '../../../src/domain/validation';

export type Row = Record<string, CellValue>;

export interface TableOptions {
  /** Fields (columns) of the table; default: every key used in the rows. */
  fields?: string[];
  /** field key -> header text as found in the sheet (default: the zh label). */
  headers?: Record<string, string>;
  /** Worksheet row of the first data row (default 2). */
  firstRow?: number;
  sourceName?: string;
  numericCodes?: Record<string, number[]>;
  uncalculated?: Record<string, number[]>;
}

export function makeTable(sheet: SheetKey, rows: Row[], opts: TableOptions = {}): Table {
  const def = SHEET_BY_KEY[sheet];
  const fields = opts.fields ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  for (const f of fields) if (!def.fields.some((x) => x.key === f)) throw new Error(`no field ${sheet}.${f}`);
  const headers = fields.map((f) => opts.headers?.[f] ?? def.fields.find((x) => x.key === f)!.zh);
  const columns: Record<string, CellValue[]> = {};
  const mapColumns: Record<string, number> = {};
  const matchedLabels: Record<string, string> = {};
  fields.forEach((f, i) => {
    columns[f] = rows.map((r) => (f in r ? r[f] : null));
    mapColumns[f] = i;
    matchedLabels[f] = headers[i];
  });
  const firstRow = opts.firstRow ?? 2;
  return {
    sheet,
    sourceName: opts.sourceName ?? def.zh,
    headerRow: firstRow - 1,
    firstColumn: 0,
    headers,
    mapping: {
      columns: mapColumns,
      extra: [],
      missing: def.fields.filter((f) => f.required === 'always' && !fields.includes(f.key)).map((f) => f.key),
      matchedLabels,
    },
    length: rows.length,
    rowNumbers: rows.map((_, i) => firstRow + i),
    columns,
    numericCodes: opts.numericCodes,
    uncalculated: opts.uncalculated,
  };
}

export function makeWorkbook(sheets: Partial<Record<SheetKey, Row[] | Table>>): WorkbookData {
  const data: WorkbookData = {};
  for (const [k, v] of Object.entries(sheets) as Array<[SheetKey, Row[] | Table]>) {
    data[k] = Array.isArray(v) ? makeTable(k, v) : v;
  }
  return data;
}

export const TODAY = '2026-11-27';

export function day(s: string): number {
  const d = parseDate(s);
  if (d === null) throw new Error(`bad date ${s}`);
  return d;
}

export function options(over: Partial<ValidationOptions> = {}): ValidationOptions {
  return { today: day(TODAY), lang: 'en', staleDays: 30, ...over };
}

/** A complete, valid End customer row; override what a test needs. */
export function endCustomer(over: Row = {}): Row {
  return {
    CustomerId: 'C001',
    Kind: '最终客户',
    Name: '王伟',
    Phone: '13812345678',
    IdNumber: '360426199101010071',
    BirthDate: '1991-01-01',
    Showroom: '一号展厅',
    Owner: 'S001',
    FirstContact: '2026-11-01',
    LastContact: '2026-11-20',
    Stage: '洽谈',
    ...over,
  };
}

/** A complete, valid Dealer row. */
export function dealer(over: Row = {}): Row {
  return {
    CustomerId: 'D001',
    Kind: '经销商客户',
    Name: '北京某某汽车贸易有限公司',
    Contact: '李娜',
    Phone: '010-62345678',
    IdNumber: '91110000600037341L',
    Showroom: '一号展厅',
    Owner: 'M001',
    FirstContact: '2026-10-01',
    LastContact: '2026-11-20',
    Stage: '洽谈',
    ...over,
  };
}

export function staffRows(): Row[] {
  return [
    { StaffId: 'S001', Name: '张三', Role: '销售员', Showroom: '一号展厅', Active: '是' },
    { StaffId: 'S002', Name: '李四', Role: '销售员', Showroom: '二号展厅', Active: '是' },
    { StaffId: 'S003', Name: '赵六', Role: '销售员', Showroom: '一号展厅', Active: '否' },
    { StaffId: 'P001', Name: '周主管', Role: '展厅主管', Showroom: '一号展厅', Active: '是' },
    { StaffId: 'P002', Name: '吴主管', Role: '展厅主管', Showroom: '二号展厅', Active: '是' },
    { StaffId: 'M001', Name: '钱经理', Role: '部门经理', Showroom: '', Active: '是' },
  ];
}

/** Rule ids of the issues, for compact assertions. */
export function rulesOf(issues: Array<{ rule: string }>): string[] {
  return issues.map((i) => i.rule);
}

/** The Policy sheet as the sample writes it: A credit 60 days, B credit 30, C acceptance 15, D cash 0. */
export function policyRows(): Row[] {
  return [
    {
      Tier: 'A',
      MinScore: 85,
      PriceDiscount: 0.05,
      Settlement: '账期',
      CreditDays: 60,
      CreditLimit: 5000000,
      VisitBy: '总经理',
    },
    {
      Tier: 'B',
      MinScore: 70,
      PriceDiscount: 0.03,
      Settlement: '账期',
      CreditDays: 30,
      CreditLimit: 2000000,
      VisitBy: '部门经理',
    },
    {
      Tier: 'C',
      MinScore: 55,
      PriceDiscount: 0.015,
      Settlement: '承兑汇票',
      CreditDays: 15,
      CreditLimit: 500000,
      VisitBy: '部门经理',
    },
    { Tier: 'D', MinScore: 0, PriceDiscount: 0, Settlement: '现款', CreditDays: 0, CreditLimit: 0, VisitBy: '销售员' },
  ];
}

/** A ledger row of dealer D001; override what a test needs. */
export function ledgerRow(over: Row = {}): Row {
  return {
    TxnId: 'T1',
    CustomerId: 'D001',
    Date: '2026-06-01',
    Model: 'A',
    Quantity: 1,
    UnitPrice: 100000,
    Amount: 100000,
    Settlement: '现款',
    Status: '已结清',
    DueDate: '2026-06-01',
    PaidDate: '2026-06-01',
    PaidAmount: 100000,
    Discount: 0,
    ...over,
  };
}
