/** A problem found in the workbook, located to a sheet, row and field. */
import type { SheetKey } from './schema';

export type Severity = 'error' | 'warning';

export interface Issue {
  /** A schema table, or the add-in's Audit sheet (its hash chain broken: app/audit-chain-check). */
  sheet: SheetKey | 'Audit';
  /** Worksheet row number (header is the table's header row, usually 1). */
  row: number;
  /** Field key, when the issue is about one cell. */
  field?: string;
  /** Stable rule id, e.g. "customer.phone.format" (see src/domain/validation). */
  rule: string;
  severity: Severity;
  /** Message in the chosen language: what is wrong, where, and what to do. */
  message: string;
}
