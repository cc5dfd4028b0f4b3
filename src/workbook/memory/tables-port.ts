/**
 * A read-only WorkbookPort over tables already read, e.g. a big CSV or .xlsx streamed by the
 * file adapter (readWorkbookData) for a command that only reads. It has no settings, no
 * decisions and no add-in sheets (a streamed file carries none), so use cases see the
 * defaults; anything that would write is a programming error and throws.
 */
import type { AddinSheetKey, SheetKey } from '../../domain/schema';
import type { CellValue, WorkbookData } from '../../domain/table';
import type { AddinRow, ReadOptions, SetupReport, Settings, WholeRows, WorkbookPort } from '../port';

export class TablesPort implements WorkbookPort {
  constructor(private readonly data: WorkbookData) {}

  async read(options?: ReadOptions): Promise<WorkbookData> {
    if (options?.signal?.aborted) throw new Error('aborted');
    const keys = (Object.keys(this.data) as SheetKey[]).filter((k) => !options?.sheets || options.sheets.includes(k));
    const out: WorkbookData = {};
    keys.forEach((k, i) => {
      out[k] = this.data[k];
      options?.onProgress?.({ phase: 'read', done: i + 1, total: keys.length });
    });
    return out;
  }

  async readAddinSheet(_sheet: AddinSheetKey): Promise<CellValue[][]> {
    return [];
  }

  async readAddinRows(): Promise<AddinRow[]> {
    return [];
  }

  async loadSettings(): Promise<Partial<Settings>> {
    return {};
  }

  async select(): Promise<void> {}

  /** Tables already read never change: nothing to tell. */
  async onTablesChanged(): Promise<() => void> {
    return () => undefined;
  }

  async readRows(sheet: SheetKey, rows: number[]): Promise<Record<string, CellValue>[]> {
    const table = this.data[sheet];
    return rows.map((r) => {
      const i = table ? table.rowNumbers.indexOf(r) : -1;
      if (!table || i < 0) return {};
      return Object.fromEntries(Object.entries(table.columns).map(([key, column]) => [key, column[i] ?? null]));
    });
  }

  private readOnly(): never {
    throw new Error('TablesPort is read-only: load the whole workbook to write');
  }

  async writeStatusColumns(): Promise<void> {
    return this.readOnly();
  }
  async writeStatusCells(): Promise<void> {
    return this.readOnly();
  }
  async applyStatusFormats(): Promise<void> {
    return this.readOnly();
  }
  async writeReportSheet(): Promise<void> {
    return this.readOnly();
  }
  async appendRows(): Promise<void> {
    return this.readOnly();
  }
  async updateCells(): Promise<void> {
    return this.readOnly();
  }
  async appendTableRows(): Promise<number[]> {
    return this.readOnly();
  }
  async removeTableRows(): Promise<void> {
    return this.readOnly();
  }
  async readWholeRows(): Promise<WholeRows> {
    return this.readOnly(); // a streamed table keeps no formulas or links: nothing to archive from
  }
  async insertTableRows(): Promise<number[]> {
    return this.readOnly();
  }
  async setup(): Promise<SetupReport> {
    return this.readOnly();
  }
  async saveSettings(): Promise<void> {
    return this.readOnly();
  }
}
