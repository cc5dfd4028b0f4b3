/**
 * Rows of other sheets that name a customer (Ledger, Reviews, Outings and any later sheet whose
 * field has `refersTo: 'Customers'` in the schema). A merge re-points them to the kept customer, a
 * restore points them back; none may be left naming a customer that is gone. Pure: no I/O.
 */
import { SHEETS, type SheetKey } from './schema';
import type { CellValue, WorkbookData } from './table';

/** A field that holds a CustomerId, found through the schema. */
export interface CustomerReferenceField {
  sheet: SheetKey;
  field: string;
}

export const CUSTOMER_REFERENCE_FIELDS: readonly CustomerReferenceField[] = SHEETS.flatMap((s) =>
  s.fields.filter((f) => f.refersTo === 'Customers').map((f) => ({ sheet: s.key, field: f.key })),
);

/** One cell that names a customer: where it is and the ID it holds. */
export interface CustomerReference extends CustomerReferenceField {
  /** Worksheet row. */
  row: number;
  customerId: string;
}

/** A CustomerId as compared everywhere: text, trimmed (a number typed as an ID reads as its digits). */
export function customerIdText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

/** Every reference whose CustomerId passes the test, sheet by sheet in schema order, rows ascending. */
function referencesWhere(data: WorkbookData, test: (id: string) => boolean): CustomerReference[] {
  const out: CustomerReference[] = [];
  for (const { sheet, field } of CUSTOMER_REFERENCE_FIELDS) {
    const table = data[sheet];
    const column = table?.columns[field];
    if (!table || !column) continue;
    for (let i = 0; i < table.length; i++) {
      const id = customerIdText(column[i]);
      if (id && test(id)) out.push({ sheet, field, row: table.rowNumbers[i], customerId: id });
    }
  }
  return out;
}

/** Every reference to one of these CustomerIds. */
export function referencesTo(data: WorkbookData, ids: ReadonlySet<string>): CustomerReference[] {
  return ids.size ? referencesWhere(data, (id) => ids.has(id)) : [];
}

/** References whose CustomerId no customer row holds (what a merge must never leave behind). */
export function orphanedReferences(data: WorkbookData): CustomerReference[] {
  const customers = data.Customers;
  const ids = customers?.columns.CustomerId ?? [];
  const known = new Set<string>();
  for (let i = 0; i < (customers?.length ?? 0); i++) known.add(customerIdText(ids[i]));
  return referencesWhere(data, (id) => !known.has(id));
}
