/**
 * A recording fake of the small part of the Excel JavaScript object model the adapter uses.
 * In-memory sheets, tables, conditional formats and data validations; proxies behave like
 * Office.js proxies: loaded properties can be read only after the next context.sync().
 * Every sync closes a "request" whose cells read/written and JSON bytes each way are recorded,
 * so tests can assert sync counts and the 5 MB payload bound.
 */
import { jsonBytes, parseAddress, type CellRect } from '../../../src/workbook/office/address';

type Cell = string | number | boolean;

export interface FakeSheet {
  name: string;
  rows: Cell[][];
  /** Display text overrides ('r,c' 0-based) where Excel would show something other than the value. */
  texts: Map<string, string>;
  columnWidths: Map<number, number>;
  numberFormats: Map<string, string>;
  frozenRows: number;
  /** Formulas written through `range.formulas` ('r,c' 0-based); the cell keeps the formula text (nothing is calculated). */
  formulas?: Map<string, string>;
  /** Hyperlinks set through `range.hyperlink` ('r,c' 0-based). */
  hyperlinks?: Map<string, { address?: string; documentReference?: string }>;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  headerRow0: number;
  firstColumn: number;
  lastColumn: number;
  rowCount: number;
}

export interface FakeConditionalFormat {
  sheet: FakeSheet;
  rect: CellRect;
  type: 'Custom';
  formula: string;
  fill?: string;
  font?: string;
}

export interface FakeValidation {
  sheet: FakeSheet;
  rect: CellRect;
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface RequestRecord {
  cellsRead: number;
  cellsWritten: number;
  requestBytes: number;
  responseBytes: number;
  suspendedCalculation: boolean;
  suspendedScreen: boolean;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  validations: FakeValidation[] = [];
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  requests: RequestRecord[] = [];
  /** Every cell write, for asserting that user data is untouched. */
  writes: Array<{ sheet: string; row0: number; col: number; value: Cell }> = [];
  private current: RequestRecord = FakeExcel.newRequest();
  private pendingLoads: Array<() => void> = [];
  /** table.onChanged handlers (ExcelApi 1.7), by table. */
  changeHandlers: { table: FakeTable; handler: (args: FakeTableChangedArgs) => Promise<unknown> }[] = [];
  /** Every onChanged event raised: by the add-in's writes (after their sync) and by userEdit. */
  changeEvents: { table: string; address: string; byUser: boolean }[] = [];
  /** Cells written since the last sync while someone listens: Excel raises their events once the request is done. */
  private changedCells: { sheet: FakeSheet; row0: number; col: number }[] = [];
  private userEditing = false;
  private deliveries: Promise<unknown>[] = [];

  private static newRequest(): RequestRecord {
    return {
      cellsRead: 0,
      cellsWritten: 0,
      requestBytes: 0,
      responseBytes: 0,
      suspendedCalculation: false,
      suspendedScreen: false,
    };
  }

  get syncCount(): number {
    return this.requests.length;
  }

  resetCounters(): void {
    this.requests = [];
    this.writes = [];
    this.current = FakeExcel.newRequest();
  }

  addSheet(name: string, rows: Cell[][] = []): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`ItemAlreadyExists: ${name}`);
    const s: FakeSheet = {
      name,
      rows,
      texts: new Map(),
      columnWidths: new Map(),
      numberFormats: new Map(),
      frozenRows: 0,
    };
    this.sheets.push(s);
    return s;
  }

  /** A sheet with a table over all its rows (first row = header). */
  addTableSheet(sheetName: string, tableName: string, rows: Cell[][]): FakeTable {
    const sheet = this.addSheet(sheetName, rows);
    const table: FakeTable = {
      name: tableName,
      sheet,
      headerRow0: 0,
      firstColumn: 0,
      lastColumn: rows[0].length - 1,
      rowCount: rows.length - 1,
    };
    this.tables.push(table);
    return table;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
    return s;
  }

  get(sheet: FakeSheet | string, row0: number, col: number): Cell {
    const s = typeof sheet === 'string' ? this.sheet(sheet) : sheet;
    return s.rows[row0]?.[col] ?? '';
  }

  set(sheet: FakeSheet, row0: number, col: number, value: Cell): void {
    while (sheet.rows.length <= row0) sheet.rows.push([]);
    const row = sheet.rows[row0];
    while (row.length <= col) row.push('');
    row[col] = value;
    this.writes.push({ sheet: sheet.name, row0, col, value });
    if (this.changeHandlers.length && !this.userEditing) this.changedCells.push({ sheet, row0, col });
  }

  /**
   * A person typing (one cell) or pasting (a block) from worksheet cell (row0, col), 0-based: the
   * values are entered as Excel enters typed text, a block just below a table joins it (Excel's
   * auto-expansion), and the tables' onChanged handlers hear of it, with details (before and after)
   * for a single cell only, as Excel gives them. Resolves when the handlers have run.
   */
  async userEdit(sheetName: string, row0: number, col: number, values: Cell[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    const single = values.length === 1 && values[0].length === 1;
    const before = this.get(sheet, row0, col);
    this.userEditing = true;
    try {
      values.forEach((row, i) => row.forEach((v, k) => this.enter(sheet, row0 + i, col + k, v)));
    } finally {
      this.userEditing = false;
    }
    const last0 = row0 + values.length - 1;
    for (const t of this.tables) {
      const end0 = t.headerRow0 + t.rowCount;
      if (t.sheet === sheet && row0 <= end0 + 1 && last0 > end0 && col >= t.firstColumn && col <= t.lastColumn)
        t.rowCount = last0 - t.headerRow0;
    }
    const cells = values.flatMap((row, i) => row.map((_, k) => ({ sheet, row0: row0 + i, col: col + k })));
    this.raise(cells, true, single ? { valueBefore: before, valueAfter: this.get(sheet, row0, col) } : undefined);
    await this.settle();
  }

  /** Waits until every onChanged handler raised so far (and those they raised) has run. */
  async settle(): Promise<void> {
    while (this.deliveries.length) {
      const pending = this.deliveries;
      this.deliveries = [];
      await Promise.all(pending);
    }
  }

  /** Raises one onChanged event per listened table the cells fall in (their bounding area), after this turn. */
  private raise(
    cells: { sheet: FakeSheet; row0: number; col: number }[],
    byUser: boolean,
    details?: { valueBefore: Cell; valueAfter: Cell },
  ): void {
    for (const t of new Set(this.changeHandlers.map((h) => h.table))) {
      const rect = tableRect(t);
      const mine = cells.filter(
        (c) =>
          c.sheet === t.sheet &&
          c.row0 + 1 >= rect.firstRow &&
          c.row0 + 1 <= rect.lastRow &&
          c.col >= rect.firstColumn &&
          c.col <= rect.lastColumn,
      );
      if (!mine.length) continue;
      let [r1, r2, c1, c2] = [Infinity, -Infinity, Infinity, -Infinity];
      for (const c of mine) {
        r1 = Math.min(r1, c.row0 + 1);
        r2 = Math.max(r2, c.row0 + 1);
        c1 = Math.min(c1, c.col);
        c2 = Math.max(c2, c.col);
      }
      const address = `${letters(c1)}${r1}:${letters(c2)}${r2}`;
      this.changeEvents.push({ table: t.name, address, byUser });
      const args: FakeTableChangedArgs = { address, changeType: 'RangeEdited', tableId: t.name, source: 'Local' };
      if (details && r1 === r2 && c1 === c2) args.details = details;
      for (const h of this.changeHandlers.filter((x) => x.table === t))
        this.deliveries.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => h.handler(args)));
    }
  }

  /** The formula a cell holds ('=...'), or undefined when it holds a constant. */
  formulaAt(sheet: FakeSheet | string, row0: number, col: number): string | undefined {
    const s = typeof sheet === 'string' ? this.sheet(sheet) : sheet;
    return s.formulas?.get(`${row0},${col}`);
  }

  /**
   * What Excel makes of a value written through `values` or `formulas` (as if typed): in a cell whose
   * number format is Text ('@') any string stays as given; otherwise a leading ' is swallowed and the
   * rest kept as text, a number-like string becomes a number, and a string starting with '=', '+', '-'
   * or '@' becomes a formula (the cell shows the formula here: nothing is calculated).
   */
  enter(sheet: FakeSheet, row0: number, col: number, v: Cell): void {
    const key = `${row0},${col}`;
    const formulas = (sheet.formulas ??= new Map());
    formulas.delete(key);
    if (typeof v !== 'string' || v === '' || sheet.numberFormats.get(key) === '@') return this.set(sheet, row0, col, v);
    if (v.startsWith("'")) return this.set(sheet, row0, col, v.slice(1));
    if (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)) return this.set(sheet, row0, col, Number(v));
    if (v.length > 1 && '=+-@'.includes(v[0])) {
      const formula = v[0] === '=' ? v : `=${v[0] === '@' ? v.slice(1) : v}`;
      formulas.set(key, formula);
      return this.set(sheet, row0, col, formula);
    }
    this.set(sheet, row0, col, v);
  }

  text(sheet: FakeSheet, row0: number, col: number): string {
    const override = sheet.texts.get(`${row0},${col}`);
    if (override !== undefined) return override;
    const v = this.get(sheet, row0, col);
    // Excel's General format shows big numbers in scientific notation, losing digits.
    if (typeof v === 'number' && Math.abs(v) >= 1e11) return v.toExponential(5).toUpperCase().replace('E+', 'E+');
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v);
  }

  // ------------------------------------------------------------ request accounting

  read(cells: number, payload: unknown): void {
    this.current.cellsRead += cells;
    this.current.responseBytes += jsonBytes(payload);
  }

  wrote(cells: number, payload: unknown): void {
    this.current.cellsWritten += cells;
    this.current.requestBytes += jsonBytes(payload);
  }

  queueLoad(reveal: () => void): void {
    this.pendingLoads.push(reveal);
  }

  suspendCalculation(): void {
    this.current.suspendedCalculation = true;
  }

  suspendScreen(): void {
    this.current.suspendedScreen = true;
  }

  async sync(): Promise<void> {
    for (const reveal of this.pendingLoads) reveal();
    this.pendingLoads = [];
    this.requests.push(this.current);
    this.current = FakeExcel.newRequest();
    if (this.changedCells.length) {
      const cells = this.changedCells;
      this.changedCells = [];
      this.raise(cells, false);
    }
  }

  /** The context an Excel.run batch receives. */
  context(): Excel.RequestContext {
    return new FakeContext(this) as unknown as Excel.RequestContext;
  }

  /** A runner for OfficeWorkbook({ run }). */
  runner(): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
    return (batch) => batch(this.context());
  }

  /**
   * The used range: cells with a value, and with `valuesOnly` false also cells holding a formula (even
   * one without a value) or a number format, as Excel's getUsedRange(false) counts formatted cells.
   */
  usedRect(sheet: FakeSheet, valuesOnly = true, within?: CellRect): CellRect | null {
    let firstRow = Infinity;
    let lastRow = -1;
    let firstColumn = Infinity;
    let lastColumn = -1;
    const take = (r: number, c: number) => {
      if (within && !intersects(within, { firstRow: r + 1, lastRow: r + 1, firstColumn: c, lastColumn: c })) return;
      firstRow = Math.min(firstRow, r);
      lastRow = Math.max(lastRow, r);
      firstColumn = Math.min(firstColumn, c);
      lastColumn = Math.max(lastColumn, c);
    };
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== '' && v !== null && v !== undefined) take(r, c);
      }),
    );
    if (!valuesOnly)
      for (const key of [...(sheet.formulas?.keys() ?? []), ...sheet.numberFormats.keys()]) {
        const [r, c] = key.split(',').map(Number);
        take(r, c);
      }
    if (lastRow < 0) return null;
    return { firstRow: firstRow + 1, lastRow: lastRow + 1, firstColumn, lastColumn };
  }

  /** Excel's insert of whole columns: every cell, formula and format at or right of `at` moves right. */
  insertColumns(sheet: FakeSheet, at: number, count: number): void {
    for (const row of sheet.rows) if (row.length > at) row.splice(at, 0, ...Array<Cell>(count).fill(''));
    const shift = <T>(map: Map<string, T>) =>
      new Map(
        [...map].map(([key, v]) => {
          const [r, c] = key.split(',').map(Number);
          return [`${r},${c >= at ? c + count : c}`, v] as [string, T];
        }),
      );
    if (sheet.formulas) sheet.formulas = shift(sheet.formulas);
    sheet.numberFormats = shift(sheet.numberFormats);
    for (const t of this.tables.filter((x) => x.sheet === sheet)) {
      if (t.firstColumn >= at) t.firstColumn += count;
      if (t.lastColumn >= at) t.lastColumn += count;
    }
  }
}

function intersects(a: CellRect, b: CellRect): boolean {
  return (
    a.firstRow <= b.lastRow && b.firstRow <= a.lastRow && a.firstColumn <= b.lastColumn && b.firstColumn <= a.lastColumn
  );
}

/** A property that can be read only after load() and the next sync(). */
class Loadable {
  private ready = new Set<string>();
  constructor(protected readonly fx: FakeExcel) {}
  protected loadProps(props: string[], snapshot: () => void): void {
    snapshot();
    this.fx.queueLoad(() => props.forEach((p) => this.ready.add(p)));
  }
  protected need(prop: string): void {
    if (!this.ready.has(prop)) throw new Error(`PropertyNotLoaded: ${prop} (load it and sync first)`);
  }
}

class FakeContext {
  workbook: FakeWorkbook;
  application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };
  constructor(private readonly fx: FakeExcel) {
    this.workbook = new FakeWorkbook(fx);
    this.application = {
      suspendApiCalculationUntilNextSync: () => fx.suspendCalculation(),
      suspendScreenUpdatingUntilNextSync: () => fx.suspendScreen(),
    };
  }
  sync(): Promise<void> {
    return this.fx.sync();
  }
}

class FakeWorkbook {
  worksheets: FakeWorksheetCollection;
  tables: FakeTableCollection;
  constructor(fx: FakeExcel) {
    this.worksheets = new FakeWorksheetCollection(fx);
    this.tables = new FakeTableCollection(fx, null);
  }
}

class FakeWorksheetCollection extends Loadable {
  private snapshot: FakeWorksheet[] = [];
  load(_props?: string): this {
    this.loadProps(['items'], () => (this.snapshot = this.fx.sheets.map((s) => new FakeWorksheet(this.fx, s.name))));
    return this;
  }
  get items(): FakeWorksheet[] {
    this.need('items');
    return this.snapshot;
  }
  getItem(name: string): FakeWorksheet {
    this.fx.sheet(name);
    return new FakeWorksheet(this.fx, name);
  }
  add(name: string): FakeWorksheet {
    this.fx.addSheet(name);
    return new FakeWorksheet(this.fx, name);
  }
}

class FakeWorksheet extends Loadable {
  tables: FakeTableCollection;
  freezePanes: { freezeRows: (n: number) => void };
  constructor(
    fx: FakeExcel,
    private sheetName: string,
  ) {
    super(fx);
    this.tables = new FakeTableCollection(fx, () => this.data);
    this.freezePanes = { freezeRows: (n: number) => (this.data.frozenRows = n) };
  }
  get data(): FakeSheet {
    return this.fx.sheet(this.sheetName);
  }
  get visibility(): string {
    return this.data.visibility ?? 'Visible';
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.data.visibility = v;
  }
  get name(): string {
    return this.sheetName;
  }
  set name(value: string) {
    this.data.name = value;
    this.sheetName = value;
  }
  load(_props?: string): this {
    return this;
  }
  getRangeByIndexes(row0: number, col: number, rowCount: number, colCount: number): FakeRange {
    return new FakeRange(this.fx, this.data, {
      firstRow: row0 + 1,
      firstColumn: col,
      lastRow: row0 + rowCount,
      lastColumn: col + colCount - 1,
    });
  }
  getRange(address?: string): FakeRange {
    if (!address)
      return new FakeRange(this.fx, this.data, { firstRow: 1, firstColumn: 0, lastRow: 1048576, lastColumn: 16383 });
    const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (columns) {
      const { rect } = parseAddress(`${columns[1]}1:${columns[2]}1`);
      return new FakeRange(this.fx, this.data, { ...rect, lastRow: 1048576 });
    }
    return new FakeRange(this.fx, this.data, parseAddress(address).rect);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.fx,
      this.data,
      this.fx.usedRect(this.data, valuesOnly) ?? { firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: 0 },
    );
  }
  getRanges(address: string): { select(): void } {
    if (address.length > 8192) throw new Error('InvalidArgument: address too long');
    address.split(',').forEach((a) => parseAddress(a));
    return { select: () => (this.fx.selection = { sheet: this.sheetName, address }) };
  }
  activate(): void {
    this.fx.activeSheet = this.sheetName;
  }
}

class FakeTableCollection extends Loadable {
  private snapshot: FakeTableProxy[] = [];
  constructor(
    fx: FakeExcel,
    private readonly sheetOf: (() => FakeSheet) | null,
  ) {
    super(fx);
  }
  load(_props?: string): this {
    this.loadProps(['items'], () => {
      const sheet = this.sheetOf?.();
      this.snapshot = this.fx.tables
        .filter((t) => !sheet || t.sheet === sheet)
        .map((t) => new FakeTableProxy(this.fx, t));
    });
    return this;
  }
  get items(): FakeTableProxy[] {
    this.need('items');
    return this.snapshot;
  }
  getItem(name: string): FakeTableProxy {
    const t = this.fx.tables.find((x) => x.name === name);
    if (!t) throw new Error(`ItemNotFound: table ${name}`);
    return new FakeTableProxy(this.fx, t);
  }
  add(address: string, _hasHeaders: boolean): FakeTableProxy {
    const sheet = this.sheetOf!();
    const { rect } = parseAddress(address);
    const overlap = this.fx.tables.some((t) => t.sheet === sheet && intersects(rect, tableRect(t)));
    if (overlap) throw new Error('InvalidArgument: tables cannot overlap');
    const t: FakeTable = {
      name: `Table${this.fx.tables.length + 1}`,
      sheet,
      headerRow0: rect.firstRow - 1,
      firstColumn: rect.firstColumn,
      lastColumn: rect.lastColumn,
      rowCount: rect.lastRow - rect.firstRow,
    };
    this.fx.tables.push(t);
    return new FakeTableProxy(this.fx, t);
  }
}

function tableRect(t: FakeTable): CellRect {
  return {
    firstRow: t.headerRow0 + 1,
    lastRow: t.headerRow0 + 1 + t.rowCount,
    firstColumn: t.firstColumn,
    lastColumn: t.lastColumn,
  };
}

/** What the fake's table.onChanged handlers receive (Excel.TableChangedEventArgs' fields the adapter reads). */
export interface FakeTableChangedArgs {
  address: string;
  changeType: string;
  tableId: string;
  source: string;
  details?: { valueBefore: Cell; valueAfter: Cell };
}

function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

class FakeTableProxy {
  worksheet: FakeWorksheet;
  onChanged: {
    add: (handler: (args: FakeTableChangedArgs) => Promise<unknown>) => {
      context: { sync(): Promise<void> };
      remove(): void;
    };
  };
  columns: { add: (index?: number, values?: unknown, name?: string) => void };
  rows: { add: (index: number | undefined, values: Cell[][]) => void; getItemAt: (i: number) => { delete(): void } };
  constructor(
    private readonly fx: FakeExcel,
    readonly table: FakeTable,
  ) {
    this.worksheet = new FakeWorksheet(fx, table.sheet.name);
    this.columns = {
      add: (_i, _v, name) => this.addColumn(name ?? `Column${table.lastColumn - table.firstColumn + 2}`),
    };
    this.onChanged = {
      add: (handler) => {
        const entry = { table, handler };
        fx.changeHandlers.push(entry);
        return {
          context: { sync: () => fx.sync() },
          remove: () => {
            fx.changeHandlers = fx.changeHandlers.filter((x) => x !== entry);
          },
        };
      },
    };
    this.rows = {
      add: (i, values) => this.addRows(values, i),
      getItemAt: (i) => ({ delete: () => this.deleteRow(i) }),
    };
  }
  get name(): string {
    return this.table.name;
  }
  set name(value: string) {
    if (this.fx.tables.some((t) => t !== this.table && t.name.toLowerCase() === value.toLowerCase()))
      throw new Error('InvalidArgument: table name taken');
    this.table.name = value;
  }
  getRange(): FakeRange {
    return new FakeRange(this.fx, this.table.sheet, tableRect(this.table));
  }
  getHeaderRowRange(): FakeRange {
    const r = tableRect(this.table);
    return new FakeRange(this.fx, this.table.sheet, { ...r, lastRow: r.firstRow });
  }
  delete(): void {
    const r = tableRect(this.table);
    for (let row = r.firstRow - 1; row < r.lastRow; row++)
      for (let c = r.firstColumn; c <= r.lastColumn; c++) this.fx.set(this.table.sheet, row, c, '');
    this.fx.tables = this.fx.tables.filter((t) => t !== this.table);
  }
  private addColumn(name: string): void {
    const t = this.table;
    const c = t.lastColumn + 1;
    for (let row = t.headerRow0; row <= t.headerRow0 + t.rowCount; row++) {
      const cells = t.sheet.rows[row];
      if (cells && cells.length > c) cells.splice(c, 0, ''); // Excel shifts cells right of the table
    }
    this.fx.set(t.sheet, t.headerRow0, c, name);
    this.fx.wrote(1, name);
    t.lastColumn = c;
  }
  /** Rows at the end, or from data row `index` on (the table's cells from there move down, formulas and links too). */
  private addRows(values: Cell[][], index?: number): void {
    const t = this.table;
    const n = values.length;
    const at0 = t.headerRow0 + 1 + (index === undefined ? t.rowCount : Math.min(index, t.rowCount));
    const last0 = t.headerRow0 + t.rowCount;
    const inColumns = (c: number) => c >= t.firstColumn && c <= t.lastColumn;
    for (let r = last0; r >= at0; r--)
      for (let c = t.firstColumn; c <= t.lastColumn; c++) this.fx.set(t.sheet, r + n, c, this.fx.get(t.sheet, r, c));
    for (const map of [t.sheet.formulas, t.sheet.hyperlinks] as (Map<string, unknown> | undefined)[]) {
      if (!map) continue;
      const moved = [...map].map(([key, v]): [string, unknown] => {
        const [r, c] = key.split(',').map(Number);
        return [r >= at0 && inColumns(c) ? `${r + n},${c}` : key, v];
      });
      map.clear();
      for (const [key, v] of moved) map.set(key, v);
    }
    values.forEach((row, i) => row.forEach((v, k) => this.fx.enter(t.sheet, at0 + i, t.firstColumn + k, v)));
    this.fx.wrote(n * (values[0]?.length ?? 0), values);
    t.rowCount += n;
  }
  private deleteRow(i: number): void {
    const t = this.table;
    const row0 = t.headerRow0 + 1 + i;
    const last0 = t.headerRow0 + t.rowCount;
    for (let r = row0; r < last0; r++)
      for (let c = t.firstColumn; c <= t.lastColumn; c++) this.fx.set(t.sheet, r, c, this.fx.get(t.sheet, r + 1, c));
    for (let c = t.firstColumn; c <= t.lastColumn; c++) this.fx.set(t.sheet, last0, c, '');
    t.rowCount--;
  }
}

class FakeConditionalFormatProxy extends Loadable {
  custom: {
    rule: { load: (p: string) => { formula: string }; formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  constructor(
    fx: FakeExcel,
    private readonly cf: FakeConditionalFormat,
  ) {
    super(fx);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- getters in the object literal below need the proxy
    const proxy = this;
    const rule = {
      load: (_p: string) => {
        proxy.loadProps(['formula'], () => undefined);
        return rule;
      },
      get formula(): string {
        proxy.need('formula');
        return cf.formula;
      },
      set formula(v: string) {
        cf.formula = v;
      },
    };
    this.custom = {
      rule,
      format: {
        fill: {
          get color() {
            return cf.fill ?? '';
          },
          set color(v: string) {
            cf.fill = v;
          },
        },
        font: {
          get color() {
            return cf.font ?? '';
          },
          set color(v: string) {
            cf.font = v;
          },
        },
      },
    };
  }
  get type(): string {
    this.need('items');
    return this.cf.type;
  }
  markLoaded(): void {
    this.loadProps(['items'], () => undefined);
  }
  delete(): void {
    this.fx.conditionalFormats = this.fx.conditionalFormats.filter((x) => x !== this.cf);
  }
}

class FakeRange extends Loadable {
  private snap: {
    values?: Cell[][];
    text?: string[][];
    formulas?: Cell[][];
    hyperlink?: { address?: string; documentReference?: string } | null;
  } = {};
  private cfItems: FakeConditionalFormatProxy[] = [];
  format: { columnWidth: number };
  dataValidation: { rule: unknown; errorAlert: unknown; prompt: unknown; type: string; load: (p: string) => unknown };
  private dvType = 'None';
  conditionalFormats: {
    load: (p: string) => { items: FakeConditionalFormatProxy[] };
    add: (type: string) => FakeConditionalFormatProxy;
  };
  constructor(
    fx: FakeExcel,
    private readonly sheet: FakeSheet,
    readonly rect: CellRect,
  ) {
    super(fx);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- getters in the object literals below need the range
    const self = this;
    this.format = {
      get columnWidth() {
        return sheet.columnWidths.get(rect.firstColumn) ?? 0;
      },
      set columnWidth(w: number) {
        for (let c = rect.firstColumn; c <= rect.lastColumn; c++) sheet.columnWidths.set(c, w);
      },
    };
    const validation: FakeValidation = { sheet, rect };
    this.dataValidation = {
      set rule(v: unknown) {
        validation.rule = v;
        fx.validations = fx.validations.filter((x) => !(x.sheet === sheet && intersects(x.rect, rect)));
        fx.validations.push(validation);
      },
      get rule() {
        return validation.rule;
      },
      set errorAlert(v: unknown) {
        validation.errorAlert = v;
      },
      get errorAlert() {
        return validation.errorAlert;
      },
      set prompt(v: unknown) {
        validation.prompt = v;
      },
      get prompt() {
        return validation.prompt;
      },
      // DataValidation.type: 'None' without a rule, the rule's kind when one rule covers the range, else 'Inconsistent'.
      load(_p: string) {
        self.loadProps(['dvType'], () => {
          const hits = fx.validations.filter((x) => x.sheet === sheet && intersects(x.rect, rect));
          const covers = (x: FakeValidation) =>
            x.rect.firstRow <= rect.firstRow &&
            x.rect.lastRow >= rect.lastRow &&
            x.rect.firstColumn <= rect.firstColumn &&
            x.rect.lastColumn >= rect.lastColumn;
          const kind = (x: FakeValidation) =>
            (
              ({ decimal: 'Decimal', wholeNumber: 'WholeNumber', list: 'List', date: 'Date' }) as Record<string, string>
            )[Object.keys((x.rule ?? {}) as object)[0] ?? ''] ?? 'Custom';
          self.dvType =
            hits.length === 0 ? 'None' : hits.length === 1 && covers(hits[0]) ? kind(hits[0]) : 'Inconsistent';
        });
        return this;
      },
      get type() {
        self.need('dvType');
        return self.dvType;
      },
    };
    const collection = {
      load: (_p: string) => {
        self.loadProps(['cfItems'], () => {
          self.cfItems = fx.conditionalFormats
            .filter((cf) => cf.sheet === sheet && intersects(cf.rect, rect))
            .map((cf) => new FakeConditionalFormatProxy(fx, cf));
          self.cfItems.forEach((p) => p.markLoaded());
        });
        return collection;
      },
      get items() {
        self.need('cfItems');
        return self.cfItems;
      },
      add: (type: string) => {
        const cf: FakeConditionalFormat = { sheet, rect: { ...rect }, type: type as 'Custom', formula: '' };
        fx.conditionalFormats.push(cf);
        return new FakeConditionalFormatProxy(fx, cf);
      },
    };
    this.conditionalFormats = collection;
  }
  private get rows(): number {
    return this.rect.lastRow - this.rect.firstRow + 1;
  }
  private get cols(): number {
    return this.rect.lastColumn - this.rect.firstColumn + 1;
  }
  load(props: string): this {
    const list = props.split(',').map((p) => p.trim());
    this.loadProps(list, () => {
      if (list.includes('values')) {
        // a formula's value is its result: the fake calculates nothing, so a HYPERLINK shows its text, others ''
        this.snap.values = this.grid((r, c) => {
          const formula = this.fx.formulaAt(this.sheet, r, c);
          return formula === undefined ? this.fx.get(this.sheet, r, c) : (/,\s*"([^"]*)"\)$/.exec(formula)?.[1] ?? '');
        });
        this.fx.read(this.rows * this.cols, this.snap.values);
      }
      if (list.includes('text')) {
        this.snap.text = this.grid((r, c) => this.fx.text(this.sheet, r, c));
        this.fx.read(this.rows * this.cols, this.snap.text);
      }
      if (list.includes('formulas')) {
        // a cell without a formula reads as its value, as in Excel
        this.snap.formulas = this.grid((r, c) => this.fx.formulaAt(this.sheet, r, c) ?? this.fx.get(this.sheet, r, c));
        this.fx.read(this.rows * this.cols, this.snap.formulas);
      }
      if (list.includes('hyperlink'))
        this.snap.hyperlink = this.sheet.hyperlinks?.get(`${this.rect.firstRow - 1},${this.rect.firstColumn}`) ?? null;
    });
    return this;
  }
  private grid<T>(f: (row0: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.firstRow - 1; r < this.rect.lastRow; r++) {
      const row: T[] = [];
      for (let c = this.rect.firstColumn; c <= this.rect.lastColumn; c++) row.push(f(r, c));
      out.push(row);
    }
    return out;
  }
  get values(): Cell[][] {
    this.need('values');
    return this.snap.values!;
  }
  get formulas(): Cell[][] {
    this.need('formulas');
    return this.snap.formulas!;
  }
  /** The top-left cell's hyperlink (null when it has none). */
  get hyperlink(): { address?: string; documentReference?: string } | null {
    this.need('hyperlink');
    return this.snap.hyperlink ?? null;
  }
  set hyperlink(link: { address?: string; documentReference?: string }) {
    const links = (this.sheet.hyperlinks ??= new Map());
    for (let r = this.rect.firstRow - 1; r < this.rect.lastRow; r++)
      for (let c = this.rect.firstColumn; c <= this.rect.lastColumn; c++) links.set(`${r},${c}`, link);
  }
  /** Values and formulas are both read as if typed (FakeExcel.enter). */
  set values(block: Cell[][]) {
    this.writeBlock(block);
  }
  set formulas(block: Cell[][]) {
    this.writeBlock(block);
  }
  set numberFormat(block: (string | null)[][]) {
    if (block.length !== this.rows) throw new Error('InvalidArgument: numberFormat dimensions');
    block.forEach((row, i) =>
      row.forEach((f, k) => {
        // Office.js: null leaves the cell's format as it is
        if (f !== null) this.sheet.numberFormats.set(`${this.rect.firstRow - 1 + i},${this.rect.firstColumn + k}`, f);
      }),
    );
    this.fx.wrote(this.rows * this.cols, block);
  }
  private writeBlock(block: Cell[][]): void {
    if (block.length !== this.rows || block.some((r) => r.length !== this.cols)) {
      throw new Error(
        `InvalidArgument: ${block.length}x${block[0]?.length} values for a ${this.rows}x${this.cols} range`,
      );
    }
    block.forEach((row, i) =>
      row.forEach((v, k) => {
        if (v === null) return; // Office.js: null leaves the cell unchanged
        this.fx.enter(this.sheet, this.rect.firstRow - 1 + i, this.rect.firstColumn + k, v);
      }),
    );
    this.fx.wrote(this.rows * this.cols, block);
  }
  get text(): string[][] {
    this.need('text');
    return this.snap.text!;
  }
  get rowIndex(): number {
    this.need('rowIndex');
    return this.rect.firstRow - 1;
  }
  get columnIndex(): number {
    this.need('columnIndex');
    return this.rect.firstColumn;
  }
  get rowCount(): number {
    this.need('rowCount');
    return this.rows;
  }
  get columnCount(): number {
    this.need('columnCount');
    return this.cols;
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.fx, this.sheet, {
      ...this.rect,
      lastRow: this.rect.lastRow + deltaRows,
      lastColumn: this.rect.lastColumn + deltaColumns,
    });
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.fx, this.sheet, {
      ...this.rect,
      firstRow: this.rect.firstRow + i,
      lastRow: this.rect.firstRow + i,
    });
  }
  clear(_applyTo?: string): void {
    this.sheet.rows = this.sheet.rows.map((row, r) =>
      r + 1 >= this.rect.firstRow && r + 1 <= this.rect.lastRow
        ? row.map((v, c) => (c >= this.rect.firstColumn && c <= this.rect.lastColumn ? '' : v))
        : row,
    );
    this.fx.conditionalFormats = this.fx.conditionalFormats.filter(
      (cf) => !(cf.sheet === this.sheet && intersects(cf.rect, this.rect)),
    );
    this.fx.validations = this.fx.validations.filter((v) => !(v.sheet === this.sheet && intersects(v.rect, this.rect)));
  }
  delete(_shift: string): void {
    const { firstRow, lastRow, firstColumn, lastColumn } = this.rect;
    const n = lastRow - firstRow + 1;
    const end = this.sheet.rows.length;
    for (let r = firstRow - 1; r < end; r++)
      for (let c = firstColumn; c <= lastColumn; c++) this.fx.set(this.sheet, r, c, this.fx.get(this.sheet, r + n, c));
  }
  select(): void {
    this.fx.selection = { sheet: this.sheet.name, address: '' };
  }
  /** The used part of this range, or a null object (isNullObject after load and sync). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange & { isNullObject: boolean } {
    const used = this.fx.usedRect(this.sheet, valuesOnly, this.rect);
    const out = new FakeRange(this.fx, this.sheet, used ?? this.rect) as FakeRange & { isNullObject: boolean };
    out.isNullObject = used === null;
    return out;
  }
  /** Only whole columns shifted right, as the adapter uses it. */
  insert(shift: string): void {
    if (shift !== 'Right' || this.rect.firstRow !== 1 || this.rect.lastRow !== 1048576)
      throw new Error('fake: insert supports whole columns shifted right only');
    this.fx.insertColumns(this.sheet, this.rect.firstColumn, this.cols);
  }
}
