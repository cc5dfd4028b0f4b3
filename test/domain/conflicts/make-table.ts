import type { CellValue, Table } from '../../../src/domain/table';
import { CUSTOMERS } from '../../../src/domain/schema';

export type CustomerRecord = Partial<Record<string, CellValue>>;

/** A Customers table (header on worksheet row 1, data from row 2) from plain records. */
export function makeTable(records: CustomerRecord[], headerRow = 1): Table {
  const keys = CUSTOMERS.fields.filter((f) => f.owner !== 'addin').map((f) => f.key);
  const columns: Record<string, CellValue[]> = {};
  for (const k of keys) columns[k] = records.map((r) => (r[k] === undefined ? null : (r[k] as CellValue)));
  return {
    sheet: 'Customers',
    sourceName: 'Customers',
    headerRow,
    firstColumn: 0,
    headers: keys,
    mapping: { columns: Object.fromEntries(keys.map((k, i) => [k, i])), extra: [], missing: [], matchedLabels: {} },
    length: records.length,
    rowNumbers: records.map((_, i) => headerRow + 1 + i),
    columns,
  };
}

let seq = 0;
/** A plausible end customer with a unique phone; override what the test is about. */
export function person(over: CustomerRecord = {}): CustomerRecord {
  seq++;
  return {
    CustomerId: `C${String(seq).padStart(5, '0')}`,
    Kind: '最终客户',
    Name: `客户${seq}`,
    Phone: `139${String(10000000 + seq * 7919).slice(-8)}`,
    Showroom: '一展厅',
    Owner: 'S001',
    FirstContact: '2025-01-10',
    Stage: '线索',
    ...over,
  };
}
