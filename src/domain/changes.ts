/**
 * A change a person made to a schema table while the pane was open (Excel's onChanged on the
 * table). Shared by the entry-time warnings (issue 19: check a typed or pasted customer at once)
 * and the change log (Audit rows for user edits). `before` is absent when Excel does not give it
 * (a paste over many cells gives only the new values).
 */
import type { SheetKey } from './schema';
import type { CellValue } from './table';

export interface CellChange {
  sheet: SheetKey;
  /** Worksheet row, header = 1 (as everywhere in the engine). */
  row: number;
  /** Schema field key (e.g. 'Phone'); a column outside the schema keeps its header text. */
  field: string;
  before?: CellValue;
  after: CellValue;
}

/** One onChanged event of a table: its cells, and whether the add-in's own write caused it. */
export interface TableChangeEvent {
  sheet: SheetKey;
  changes: CellChange[];
  /** 'addin' when the add-in's own write raised the event: never warned about, never logged as a user edit. */
  source: 'user' | 'addin';
}
