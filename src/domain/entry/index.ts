/**
 * The entry index (issue 19): which customer already holds a phone or an ID, so that a row typed or
 * pasted into the Customers table is checked at once, without a full check. Its keys are the
 * matcher's own (conflicts/prepare: normalised phones, the ID's match key), built once from the
 * last check's data and kept up to date row by row as people edit.
 *
 * Pure: no port, no clock. A collision is with another salesperson's customer (or with any
 * customer while the edited row has no owner yet): the same salesperson entering a customer twice
 * is a duplicate for the next check, not a conflict to stop at entry.
 */
import { prepareRows } from '../conflicts/prepare';
import { formatDay } from '../normalise/dates';
import type { CellValue, Table, WorkbookData } from '../table';

/** The key a collision is on, strongest first. */
export type EntryKeyKind = 'phone' | 'id';

/** A customer the index knows. */
export interface EntryCustomer {
  row: number;
  customerId: string;
  owner: string;
  /** The owner's name from the Staff roster ('' when not on it). */
  ownerName: string;
  /** First contact as YYYY-MM-DD ('' when unknown). */
  firstContact: string;
}

export interface EntryCollision {
  key: EntryKeyKind;
  existing: EntryCustomer;
}

/** One row as an adapter reads it (field key -> value), with its worksheet row. */
export interface EntryRow {
  row: number;
  cells: Record<string, CellValue>;
}

interface Indexed {
  customer: EntryCustomer;
  keys: Record<EntryKeyKind, string[]>;
}

/** A table of these rows, with the columns (and header mapping) of `like`: what the matcher and the rules read. */
export function tableOfRows(like: Table, rows: readonly EntryRow[]): Table {
  const fields = new Set([...Object.keys(like.columns), ...rows.flatMap((r) => Object.keys(r.cells))]);
  const columns: Record<string, CellValue[]> = {};
  for (const f of fields) columns[f] = rows.map((r) => r.cells[f] ?? null);
  return {
    sheet: like.sheet,
    sourceName: like.sourceName,
    tableName: like.tableName,
    headerRow: like.headerRow,
    firstColumn: like.firstColumn,
    headers: like.headers,
    mapping: like.mapping,
    length: rows.length,
    rowNumbers: rows.map((r) => r.row),
    columns,
  };
}

function staffNames(data: WorkbookData): Map<string, string> {
  const staff = data.Staff;
  const out = new Map<string, string>();
  if (!staff) return out;
  const ids = staff.columns.StaffId ?? [];
  const names = staff.columns.Name ?? [];
  for (let i = 0; i < staff.length; i++) {
    const id = String(ids[i] ?? '').trim();
    if (id) out.set(id, String(names[i] ?? '').trim());
  }
  return out;
}

export class EntryIndex {
  private readonly byKey: Record<EntryKeyKind, Map<string, Set<number>>> = { phone: new Map(), id: new Map() };
  private readonly byRow = new Map<number, Indexed>();
  /** Per key: its earliest customer and the earliest of another owner (see earliest()). */
  private readonly firsts = new Map<string, [EntryCustomer?, EntryCustomer?]>();

  private constructor(
    /** The Customers table the index was built from (its columns and mapping shape the rows checked later). */
    readonly template: Table,
    private readonly names: Map<string, string>,
  ) {}

  /** The index of a workbook's customers (the last check's data, or what the pane read at load). */
  static build(data: WorkbookData): EntryIndex | null {
    const customers = data.Customers;
    if (!customers) return null;
    const index = new EntryIndex(customers, staffNames(data));
    index.add(customers);
    return index;
  }

  get size(): number {
    return this.byRow.size;
  }

  /** What the index holds for a worksheet row (tests, the pane's jump). */
  customerAt(row: number): EntryCustomer | undefined {
    return this.byRow.get(row)?.customer;
  }

  /** Keys of these rows, by the matcher's normalisation. */
  private entries(table: Table): Indexed[] {
    const p = prepareRows(table);
    const out: Indexed[] = [];
    for (let i = 0; i < p.n; i++) {
      const phones = [p.phoneA[i], p.phoneB[i]].filter((k) => k !== '');
      const owner = p.owner[i];
      const day = p.firstContact[i];
      out.push({
        customer: {
          row: p.rowNumbers[i],
          customerId: p.customerId[i],
          owner,
          ownerName: this.names.get(owner) ?? '',
          firstContact: Number.isFinite(day) ? formatDay(day) : '',
        },
        keys: { phone: [...new Set(phones)], id: p.idKey[i] ? [p.idKey[i]] : [] },
      });
    }
    return out;
  }

  private add(table: Table): void {
    this.addEntries(this.entries(table));
  }

  private addEntries(entries: Indexed[]): void {
    for (const e of entries) {
      this.remove(e.customer.row);
      this.byRow.set(e.customer.row, e);
      for (const kind of ['phone', 'id'] as const)
        for (const k of e.keys[kind]) {
          (this.byKey[kind].get(k) ?? this.byKey[kind].set(k, new Set()).get(k)!).add(e.customer.row);
          this.firsts.delete(`${kind}:${k}`);
        }
    }
  }

  private remove(row: number): void {
    const old = this.byRow.get(row);
    if (!old) return;
    this.byRow.delete(row);
    for (const kind of ['phone', 'id'] as const)
      for (const k of old.keys[kind]) {
        const rows = this.byKey[kind].get(k);
        rows?.delete(row);
        if (rows && !rows.size) this.byKey[kind].delete(k);
        this.firsts.delete(`${kind}:${k}`);
      }
  }

  /**
   * Checks rows as they are now against every other customer, then takes them into the index (so
   * the next edit sees them): per row, the collisions, strongest key first, one per key, each with
   * the customer registered first. Rows left blank leave the index. Rows checked together are not
   * compared with each other (a pasted block's own duplicates are the next check's).
   */
  check(rows: readonly EntryRow[]): Map<number, EntryCollision[]> {
    for (const r of rows) this.remove(r.row);
    const entries = this.entries(tableOfRows(this.template, rows));
    const out = new Map<number, EntryCollision[]>();
    for (const e of entries) {
      const found: EntryCollision[] = [];
      for (const key of ['phone', 'id'] as const) {
        let best: EntryCustomer | undefined;
        for (const k of e.keys[key]) {
          const [first, other] = this.earliest(key, k);
          const pick = first && (e.customer.owner === '' || first.owner !== e.customer.owner) ? first : other;
          if (pick && (!best || earlier(pick, best))) best = pick;
        }
        if (best) found.push({ key, existing: best });
      }
      out.set(e.customer.row, found);
    }
    const blank = new Set(rows.filter(isBlankRow).map((r) => r.row));
    this.addEntries(entries.filter((e) => !blank.has(e.customer.row)));
    return out;
  }

  /**
   * The customer registered first under a key, and the first whose owner is not theirs: the one a
   * row collides with is one of the two, whoever its owner (cached per key until the key's rows change).
   */
  private earliest(kind: EntryKeyKind, k: string): [EntryCustomer?, EntryCustomer?] {
    const cacheKey = `${kind}:${k}`;
    const cached = this.firsts.get(cacheKey);
    if (cached) return cached;
    let first: EntryCustomer | undefined;
    for (const row of this.byKey[kind].get(k) ?? []) {
      const c = this.byRow.get(row)!.customer;
      if (!first || earlier(c, first)) first = c;
    }
    let other: EntryCustomer | undefined;
    if (first)
      for (const row of this.byKey[kind].get(k) ?? []) {
        const c = this.byRow.get(row)!.customer;
        if (c.owner !== first.owner && (!other || earlier(c, other))) other = c;
      }
    const out: [EntryCustomer?, EntryCustomer?] = [first, other];
    this.firsts.set(cacheKey, out);
    return out;
  }

  /** Forgets rows (deleted from the table). */
  forget(rows: readonly number[]): void {
    for (const r of rows) this.remove(r);
  }
}

/** A row with nothing in it (cleared, or never typed in). */
export function isBlankRow(r: EntryRow): boolean {
  return Object.values(r.cells).every((v) => v === null || v === undefined || v === '');
}

/** Registered first: the earlier first contact (a date beats none), then the upper row. */
function earlier(a: EntryCustomer, b: EntryCustomer): boolean {
  if (a.firstContact !== b.firstContact) {
    if (!a.firstContact) return false;
    if (!b.firstContact) return true;
    return a.firstContact < b.firstContact;
  }
  return a.row < b.row;
}
