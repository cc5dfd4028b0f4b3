/**
 * The context every rule runs in: the workbook, the options, memoised column
 * views shared between rules (parsed enums, day numbers, ID numbers, the staff
 * roster) and the reporter that turns findings into located, translated issues.
 *
 * Everything is columnar: one typed array or plain array per field, filled in one
 * pass, so a rule over a million rows is a loop over indexes.
 */
import type { Issue, Severity } from '../issues';
import { SHEET_BY_KEY, field as schemaField, type FieldDef, type Lang, type SheetKey } from '../schema';
import type { CellValue, Table, WorkbookData } from '../table';
import { enumLabel, fieldLabel, headerKey, parseEnum } from '../headers';
import {
  dayColumn,
  idColumn,
  parseDate,
  phoneColumn,
  toHalfWidth,
  type IdColumn,
  type PhoneColumn,
} from '../normalise';
// Code constants read in per-row loops come from their own module: through the index they are
// re-exports, which CommonJS output turns into getters (a call per read until the loop is optimised).
import { ID_BLANK, ID_UNKNOWN } from '../normalise/ids';
import { KeyEntries, KeyGroups } from '../conflicts/key-groups';
import { messages } from '../../i18n/messages/validation';
import { t } from '../../i18n';
import type { ResolvedOptions, RuleSpec } from './types';

export type Params = Record<string, string | number>;

/** Empty cell: null, undefined, or only spaces. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') {
    const n = v.length;
    if (n === 0) return true;
    // Most cells start and end with a visible character: no trim() allocation for them.
    if (v.charCodeAt(0) > 32 && v.charCodeAt(n - 1) > 32 && v.charCodeAt(0) !== 0x3000) return false;
    return v.trim().length === 0;
  }
  return false;
}

/** Identifier as compared across sheets: half-width, trimmed, upper-case ('s012 ' = 'S012'). */
export function codeKey(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return v instanceof Date ? '' : String(v);
  // Fast path: already digits and upper-case letters (the usual 'C0001234', 'S012').
  let plain = v.length > 0;
  for (let i = 0; i < v.length && plain; i++) {
    const c = v.charCodeAt(i);
    plain = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 45 || c === 95;
  }
  if (plain) return v;
  return toHalfWidth(v).trim().toUpperCase();
}

/** A cell as shown in a message: trimmed text, at most 40 characters. */
export function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  let s: string;
  if (v instanceof Date) s = isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  else if (typeof v === 'number') s = Number.isInteger(v) && Math.abs(v) >= 1e15 ? v.toFixed(0) : String(v);
  else s = String(v).trim();
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}

/**
 * A number cell: numbers as they are; text with thousands separators, currency signs,
 * '元' or spaces is read ('¥12,000.00' -> 12000). NaN when blank or not a number.
 */
export function toNumber(v: CellValue | undefined): number {
  if (typeof v === 'number') return v;
  if (v === null || v === undefined || typeof v === 'boolean' || v instanceof Date) return NaN;
  const s = toHalfWidth(v).replace(/[,，\s¥￥$]|元|RMB|CNY/gi, '');
  if (s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return NaN;
  return Number(s);
}

/**
 * Day number with the time of day as a fraction (08:30 -> +0.354), for datetime cells
 * such as Outings.RegisteredAt. The date part goes through parseDate; the time part is
 * 'HH:MM[:SS]' after it, an Excel serial's fraction, or a Date's UTC clock (ExcelJS
 * hands over wall-clock times as UTC). NaN when blank or unreadable; a date without a
 * time counts as 00:00.
 */
export function parseDayTime(v: CellValue | undefined): number {
  if (v === null || v === undefined || typeof v === 'boolean') return NaN;
  if (typeof v === 'number') {
    const whole = Math.floor(v);
    const day = parseDate(whole);
    return day === null ? NaN : day + (v - whole);
  }
  if (v instanceof Date) {
    const ms = v.getTime();
    return isNaN(ms) ? NaN : ms / 86400000;
  }
  const s = toHalfWidth(v).trim();
  if (!s) return NaN;
  const m = /^(.*?\d)(?:[T\s]+|(?<=日))(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    s,
  );
  if (m) {
    const day = parseDate(m[1]);
    const h = Number(m[2]);
    const min = Number(m[3]);
    if (day === null || h > 23 || min > 59) return NaN;
    return day + (h * 60 + min) / 1440;
  }
  const day = parseDate(s);
  return day === null ? NaN : day;
}

export interface StaffIndex {
  /** codeKey(StaffId) -> data-row index of its first row. */
  byId: Map<string, number>;
  /** Per staff row: 1 unless the Active cell says no (blank counts as active). */
  active: Uint8Array;
  /** Per staff row: role key or null. */
  role: (string | null)[];
  /** Per staff row: loose showroom key ('' when blank). */
  showroom: string[];
}

/**
 * The rows of a code column indexed by code. The repeated codes are found by sorting, not
 * hashing: each code's 53-bit hash goes to key-groups' radix sort, which drops the hashes seen
 * once before sorting (a million distinct CustomerIds cost two linear passes over typed arrays
 * instead of a million dependent probes into a 16 MB table). get/has answer like a Map<string,
 * number> of the first row of each code, from an open-addressing table in typed arrays that is
 * built on the first lookup (the Customers sheet alone never asks).
 */
export class CodeIndex {
  /** Codes that occur on more than one row -> their rows, ascending; codes in order of their first row. */
  readonly repeats: Map<string, number[]>;
  private table: { slots: Int32Array; hashes: Int32Array; mask: number } | null = null;

  constructor(private readonly codes: readonly string[]) {
    this.repeats = repeatedCodes(codes);
  }

  /** FNV-1a over the UTF-16 code units, with a final mix so sequential ids spread. */
  private static hash(c: string): number {
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < c.length; k++) h = Math.imul(h ^ c.charCodeAt(k), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    return h ^ (h >>> 13);
  }

  private build(): { slots: Int32Array; hashes: Int32Array; mask: number } {
    const codes = this.codes;
    let size = 16;
    while (size < codes.length * 2) size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(-1);
    const hashes = new Int32Array(size);
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i];
      if (!c) continue;
      const h = CodeIndex.hash(c);
      for (let s = h & mask; ; s = (s + 1) & mask) {
        const row = slots[s];
        if (row < 0) {
          slots[s] = i;
          hashes[s] = h;
          break;
        }
        if (hashes[s] === h && codes[row] === c) break; // a repeat: the first row stays
      }
    }
    return { slots, hashes, mask };
  }

  /** Data-row index of the first row with this code. */
  get(code: string): number | undefined {
    if (!code) return undefined;
    const { slots, hashes, mask } = (this.table ??= this.build());
    const h = CodeIndex.hash(code);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const row = slots[s];
      if (row < 0) return undefined;
      if (hashes[s] === h && this.codes[row] === code) return row;
    }
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }
}

/**
 * Are the non-empty codes in strictly ascending order? Then none repeats. Customer files are
 * usually kept sorted by id: one pass comparing neighbours answers without hashing or sorting.
 */
function strictlyAscending(codes: readonly string[]): boolean {
  let prev = '';
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (!c) continue;
    if (prev && !(prev < c)) return false;
    prev = c;
  }
  return true;
}

/**
 * 53-bit hash of a string (two 32-bit multiplicative hashes over its UTF-16 code units), exact
 * as a double: key-groups' blocking key. Equal strings have equal keys; unequal ones rarely do.
 */
export function codeHash53(c: string): number {
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  for (let k = 0; k < c.length; k++) {
    const u = c.charCodeAt(k);
    a = Math.imul(a ^ u, 0x01000193);
    b = Math.imul(b ^ u, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  return (a >>> 0) * 2097152 + (b >>> 11);
}

/**
 * The codes found on more than one row (non-empty ones) -> their rows, ascending, in order of
 * their first row. Rows sharing a 53-bit hash are grouped by key-groups (sorting typed arrays,
 * no probe per row); only inside such a group are the strings themselves compared.
 */
export function repeatedCodes(codes: readonly string[]): Map<string, number[]> {
  const n = codes.length;
  if (strictlyAscending(codes)) return new Map();
  const entries = new KeyEntries();
  entries.reserve(n);
  const keys = entries.keys;
  const rows = entries.rows;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (!c) continue;
    keys[m] = codeHash53(c);
    rows[m++] = i;
  }
  entries.count = m;
  const lists: number[][] = [];
  KeyGroups.fromEntries(entries).forEachGroup((groupRows, count) => {
    // Nearly always one code; a 53-bit collision of different codes is split by the text.
    const byCode = new Map<string, number[]>();
    for (let x = 0; x < count; x++) {
      const row = groupRows[x];
      const list = byCode.get(codes[row]);
      if (list) list.push(row);
      else byCode.set(codes[row], [row]);
    }
    for (const list of byCode.values()) if (list.length > 1) lists.push(list);
  });
  lists.sort((a, b) => a[0] - b[0]);
  const repeats = new Map<string, number[]>();
  for (const list of lists) repeats.set(codes[list[0]], list);
  return repeats;
}

interface Reporter {
  add(i: number, field: string | undefined, params?: Params, variant?: string): void;
  /**
   * Like add, with the message body (the part after "where") already filled by body():
   * a rule whose findings repeat the same words (a stage and a date) fills each body once.
   */
  addBody(i: number, field: string | undefined, body: string): void;
  /** The filled message body for these params (validation.<rule id>[.<variant>]). */
  body(params?: Params, variant?: string): string;
  /** An issue about the header row (a missing column, a summary). */
  addHeader(field: string | undefined, params?: Params, variant?: string): void;
  /** An issue at a worksheet row that need not be a data row (a reader's finding in the file). */
  addAt(row: number, field: string | undefined, params?: Params, variant?: string): void;
  done(): Issue[];
}

export class ValidationContext {
  private readonly memo = new Map<string, unknown>();
  private readonly templates = new Map<string, string>();
  private readonly compiled = new Map<string, string[]>();

  constructor(
    readonly data: WorkbookData,
    readonly options: ResolvedOptions,
  ) {}

  get lang(): Lang {
    return this.options.lang;
  }

  table(sheet: SheetKey): Table | undefined {
    return this.data[sheet];
  }

  /** Is the sheet present with every one of these fields mapped to a column? */
  has(sheet: SheetKey, fields: readonly string[] = []): boolean {
    const tb = this.data[sheet];
    if (!tb) return false;
    for (const f of fields) if (!tb.columns[f]) return false;
    return true;
  }

  /** Does a rule's spec find everything it needs? */
  canRun(spec: RuleSpec): boolean {
    for (const [sheet, fields] of Object.entries(spec.needs) as Array<[SheetKey, readonly string[]]>) {
      if (!this.has(sheet, fields)) return false;
    }
    return true;
  }

  /** The column of a field (empty array when absent). */
  column(sheet: SheetKey, fieldKey: string): CellValue[] {
    return this.data[sheet]?.columns[fieldKey] ?? [];
  }

  private memoised<T>(key: string, make: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = make();
    this.memo.set(key, v);
    return v;
  }

  /** Enum keys of a column (null where blank or unrecognised). */
  enumKeys(sheet: SheetKey, fieldKey: string): (string | null)[] {
    return this.memoised(`enum:${sheet}.${fieldKey}`, () => {
      const def = schemaField(sheet, fieldKey);
      const col = this.column(sheet, fieldKey);
      const out = new Array<string | null>(col.length);
      // An enum column holds a handful of distinct texts: each is parsed once, and a run of
      // equal neighbours costs one comparison.
      const seen = new Map<string, string | null>();
      let prev = '';
      let prevKey: string | null = null;
      for (let i = 0; i < col.length; i++) {
        const v = col[i];
        if (v === null) out[i] = null;
        else if (typeof v !== 'string') out[i] = parseEnum(def, v);
        else if (v === prev) out[i] = prevKey;
        else {
          let k = seen.get(v);
          if (k === undefined) seen.set(v, (k = parseEnum(def, v)));
          prev = v;
          out[i] = prevKey = k;
        }
      }
      return out;
    });
  }

  /**
   * Day numbers of a date column (NaN where blank or unreadable). The shared whole-column
   * parse (normalise/columns), so the conflict matcher reads the same result.
   */
  days(sheet: SheetKey, fieldKey: string): readonly number[] {
    return dayColumn(this.column(sheet, fieldKey));
  }

  /** Normalised phones of Customers.Phone (kind PHONE_BLANK where blank), shared with the matcher. */
  phones(): Readonly<PhoneColumn> {
    return phoneColumn(this.column('Customers', 'Phone'));
  }

  /** Parsed ID numbers of Customers.IdNumber (kind ID_BLANK where blank), shared with the matcher. */
  idNumbers(): Readonly<IdColumn> {
    return this.memoised('ids', () => {
      const col = this.column('Customers', 'IdNumber');
      const parsed = idColumn(col);
      // parseIdNumber drops ASCII spaces; a cell of other blank characters (U+2003...) is blank here too
      // (a copy of the kind codes marks them; the matcher reads the shared column as it is).
      let kind = parsed.kind;
      // A resident ID or USCC reading has digits in it: only 'unknown' readings need the text looked at.
      for (let i = 0; i < col.length; i++) {
        if (kind[i] === ID_UNKNOWN && isBlank(col[i])) {
          if (kind === parsed.kind) kind = parsed.kind.slice();
          kind[i] = ID_BLANK;
        }
      }
      return kind === parsed.kind ? parsed : { ...parsed, kind };
    });
  }

  /** Loose keys of a text column ('一号展厅 ' = '一號展廳'), memoised per distinct value. */
  looseKeys(sheet: SheetKey, fieldKey: string): string[] {
    return this.memoised(`loose:${sheet}.${fieldKey}`, () => {
      const col = this.column(sheet, fieldKey);
      const seen = new Map<string, string>();
      const out = new Array<string>(col.length);
      for (let i = 0; i < col.length; i++) {
        const v = col[i];
        if (isBlank(v)) {
          out[i] = '';
          continue;
        }
        const s = String(v);
        let k = seen.get(s);
        if (k === undefined) {
          k = headerKey(s);
          seen.set(s, k);
        }
        out[i] = k;
      }
      return out;
    });
  }

  /** codeKey of every cell of a column. */
  codes(sheet: SheetKey, fieldKey: string): string[] {
    return this.memoised(`code:${sheet}.${fieldKey}`, () => {
      const col = this.column(sheet, fieldKey);
      const out = new Array<string>(col.length);
      for (let i = 0; i < col.length; i++) out[i] = codeKey(col[i]);
      return out;
    });
  }

  /** The Staff roster indexed by StaffId (needs Staff.StaffId). */
  staff(): StaffIndex {
    return this.memoised('staff', () => {
      const ids = this.codes('Staff', 'StaffId');
      const n = ids.length;
      const byId = new Map<string, number>();
      for (let i = 0; i < n; i++) if (ids[i] && !byId.has(ids[i])) byId.set(ids[i], i);
      const active = new Uint8Array(n).fill(1);
      if (this.has('Staff', ['Active'])) {
        const a = this.enumKeys('Staff', 'Active');
        for (let i = 0; i < n; i++) if (a[i] === 'false') active[i] = 0;
      }
      const role = this.has('Staff', ['Role'])
        ? this.enumKeys('Staff', 'Role')
        : new Array<string | null>(n).fill(null);
      const showroom = this.has('Staff', ['Showroom'])
        ? this.looseKeys('Staff', 'Showroom')
        : new Array<string>(n).fill('');
      return { byId, active, role, showroom };
    });
  }

  /**
   * One pass over a code column: the first data row of each code, and the rows of the
   * (few) codes that repeat. Shared by the duplicate-id rules and the cross-sheet lookups.
   */
  codeIndex(sheet: SheetKey, fieldKey: string): { first: CodeIndex; repeats: Map<string, number[]> } {
    return this.memoised(`codeIndex:${sheet}.${fieldKey}`, () => {
      const first = new CodeIndex(this.codes(sheet, fieldKey));
      return { first, repeats: first.repeats };
    });
  }

  /** Customers' CustomerId keys -> data-row index of the first row with it. */
  customerIndex(): CodeIndex {
    return this.codeIndex('Customers', 'CustomerId').first;
  }

  /**
   * Per customer row: the Staff data row of its Owner, -1 when the owner is not on the
   * roster, -2 when Owner is blank. One lookup per row, shared by the three owner rules.
   */
  ownerStaffRows(): Int32Array {
    return this.memoised('ownerStaffRows', () => {
      const owners = this.codes('Customers', 'Owner');
      const { byId } = this.staff();
      const out = new Int32Array(owners.length);
      let last = '';
      let lastRow = -2;
      for (let i = 0; i < owners.length; i++) {
        const o = owners[i];
        // Neighbouring rows often share an owner: skip the hash lookup then.
        if (o !== last) {
          last = o;
          lastRow = o ? (byId.get(o) ?? -1) : -2;
        }
        out[i] = lastRow;
      }
      return out;
    });
  }

  // ------------------------------------------------------------ messages

  /** A message template (validation.<key>) in the chosen language, cached. */
  template(key: string, lang: Lang = this.lang): string {
    const k = `${lang}:${key}`;
    let s = this.templates.get(k);
    if (s === undefined) {
      s = t(lang, key);
      this.templates.set(k, s);
    }
    return s;
  }

  /**
   * Fills {name} placeholders. Templates are split once into literal and placeholder parts
   * (cached), so filling is string concatenation: this runs once per issue.
   */
  fill(template: string, params?: Params): string {
    if (!params) return template;
    return fillParts(this.parts(template), params, '');
  }

  /** A template split into [literal, name, literal, name, ..., literal], cached. */
  private parts(template: string): string[] {
    let parts = this.compiled.get(template);
    if (parts === undefined) {
      parts = template.split(/\{(\w+)\}/);
      this.compiled.set(template, parts);
    }
    return parts;
  }

  /** Label of a field in the chosen language, e.g. '电话' / 'Phone'. */
  fieldLabel(sheet: SheetKey, fieldKey: string): string {
    return fieldLabel(schemaField(sheet, fieldKey), this.lang);
  }

  /**
   * The column as a user finds it: the header actually in the sheet, followed by the
   * schema label in the message language when they differ ('手机号 (Phone)').
   */
  columnLabel(sheet: SheetKey, fieldKey: string): string {
    const own = this.fieldLabel(sheet, fieldKey);
    const found = this.data[sheet]?.mapping.matchedLabels[fieldKey]?.trim();
    if (!found || found === own) return own;
    return this.fill(this.template('validation.label.found'), { found, label: own });
  }

  /**
   * Where an issue is, as the reporter begins its message: the sheet and row (and column). An
   * update that moves issues to other rows writes their messages with it (no text is searched).
   */
  where(sheet: SheetKey, row: number, fieldKey?: string): string {
    const sheetName = this.sheetLabel(sheet);
    return fieldKey
      ? this.fill(this.template('validation.at.cell'), {
          sheet: sheetName,
          row,
          column: this.columnLabel(sheet, fieldKey),
        })
      : this.fill(this.template('validation.at.row'), { sheet: sheetName, row });
  }

  sheetLabel(sheet: SheetKey): string {
    const tb = this.data[sheet];
    const def = SHEET_BY_KEY[sheet];
    return tb?.sourceName || (this.lang === 'zh' ? def.zh : def.en);
  }

  /** Worksheet row of a data row. */
  rowNumber(sheet: SheetKey, i: number): number {
    const tb = this.data[sheet];
    if (!tb) return i + 2;
    return tb.rowNumbers[i] ?? tb.headerRow + 1 + i;
  }

  /** The enum's labels in the chosen language, joined for a message. */
  allowedLabels(sheet: SheetKey, fieldKey: string): string {
    const def: FieldDef = schemaField(sheet, fieldKey);
    const sep = this.lang === 'zh' ? '、' : ', ';
    return (def.values ?? []).map((v) => enumLabel(def, v.key, this.lang)).join(sep);
  }

  /** An enum key's label in the chosen language ('Dealer' -> '经销商客户'). */
  enumText(sheet: SheetKey, fieldKey: string, key: string): string {
    return enumLabel(schemaField(sheet, fieldKey), key, this.lang);
  }

  /** Several worksheet rows for a message: '12, 57, 90 …(+3)'. */
  rowList(rows: number[], max = 5): string {
    const head = rows.slice(0, max).join(this.lang === 'zh' ? '、' : ', ');
    return rows.length > max ? head + this.fill(this.template('validation.more'), { n: rows.length - max }) : head;
  }

  /**
   * Collects the issues of one rule. Each message says where (sheet, row, column),
   * then what is wrong and what to do (validation.<rule id>[.<variant>]).
   * With options.maxIssuesPerRule, issues past the cap are counted, and one summary
   * issue at the header row says how many were not listed.
   */
  reporter(spec: RuleSpec, sheet: SheetKey = spec.sheet, severity: Severity = spec.severity): Reporter {
    const issues: Issue[] = [];
    const cap = this.options.maxIssuesPerRule;
    let unlisted = 0;
    const sheetName = this.sheetLabel(sheet);
    // "Where" prefixes with the sheet and column filled in once, split around {row}: per issue,
    // only the row number is new (this runs for every issue, ~190k on a full sheet).
    const atRow = rowSplit(this.parts(this.template('validation.at.row')), { sheet: sheetName });
    const atCell = new Map<string, string[]>();
    const cellSplit = (f: string) => {
      let segs = atCell.get(f);
      if (segs === undefined) {
        segs = rowSplit(this.parts(this.template('validation.at.cell')), {
          sheet: sheetName,
          column: this.columnLabel(sheet, f),
        });
        atCell.set(f, segs);
      }
      return segs;
    };
    const templates = new Map<string, string>();
    const template = (variant: string | undefined): string => {
      let body = templates.get(variant ?? '');
      if (body === undefined) {
        body = this.template(`validation.${spec.id}${variant ? '.' + variant : ''}`);
        templates.set(variant ?? '', body);
      }
      return body;
    };
    const located = (row: number, field: string | undefined, message: string): Issue =>
      // Same key order as before (field last), so JSON output is unchanged.
      field
        ? { sheet, row, rule: spec.id, severity, message, field }
        : { sheet, row, rule: spec.id, severity, message };
    // Rules report one field after another (or alternate two): remembering the last field's
    // segments saves a Map lookup per issue.
    let lastField: string | undefined;
    let lastSegs = atRow;
    const whereOf = (row: number, field: string | undefined): string => {
      if (field !== lastField) {
        lastField = field;
        lastSegs = field ? cellSplit(field) : atRow;
      }
      const segs = lastSegs;
      let where = segs[0];
      for (let k = 1; k < segs.length; k++) where += row + segs[k];
      return where;
    };
    const make = (
      row: number,
      field: string | undefined,
      params: Params | undefined,
      variant: string | undefined,
    ): Issue => {
      const where = whereOf(row, field);
      const body = template(variant);
      return located(row, field, flat(params ? fillParts(this.parts(body), params, where) : where + body));
    };
    return {
      add: (i, field, params, variant) => {
        if (issues.length >= cap) {
          unlisted++;
          return;
        }
        issues.push(make(this.rowNumber(sheet, i), field, params, variant));
      },
      addBody: (i, field, body) => {
        if (issues.length >= cap) {
          unlisted++;
          return;
        }
        const row = this.rowNumber(sheet, i);
        issues.push(located(row, field, flat(whereOf(row, field) + body)));
      },
      body: (params, variant) => {
        const body = template(variant);
        return params ? flat(fillParts(this.parts(body), params, '')) : body;
      },
      addHeader: (field, params, variant) => {
        const headerRow = this.data[sheet]?.headerRow ?? 1;
        issues.push(make(headerRow, field, params, variant));
      },
      addAt: (row, field, params, variant) => {
        if (issues.length >= cap) {
          unlisted++;
          return;
        }
        issues.push(make(row, field, params, variant));
      },
      done: () => {
        // Rules that loop field by field produce rows out of order: sort (stable) by row.
        for (let k = 1; k < issues.length; k++) {
          if (issues[k].row < issues[k - 1].row) {
            issues.sort((a, b) => a.row - b.row);
            break;
          }
        }
        if (unlisted > 0) {
          const headerRow = this.data[sheet]?.headerRow ?? 1;
          const where = this.fill(this.template('validation.at.row'), { sheet: sheetName, row: headerRow });
          const body = this.fill(this.template('validation.unlisted'), {
            n: unlisted,
            title: this.template(`validation.${spec.id}.title`),
          });
          issues.push({ sheet, row: headerRow, rule: spec.id, severity, message: where + body });
        }
        return issues;
      },
    };
  }
}

/** Fills split template parts after prefix; a missing parameter stays as '{name}'. */
function fillParts(parts: readonly string[], params: Params, prefix: string): string {
  let out = prefix + parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const v = params[parts[k]];
    out += (v === undefined ? '{' + parts[k] + '}' : v) + parts[k + 1];
  }
  return out;
}

/**
 * Fills every placeholder but {row}; returns the literal segments around each {row}
 * (['Sheet, row ', ': '] for 'Sheet, row {row}: ').
 */
function rowSplit(parts: readonly string[], params: Params): string[] {
  const segs: string[] = [];
  let cur = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k];
    if (name === 'row') {
      segs.push(cur);
      cur = parts[k + 1];
      continue;
    }
    const v = params[name];
    cur += (v === undefined ? '{' + name + '}' : String(v)) + parts[k + 1];
  }
  segs.push(cur);
  return segs;
}

/**
 * A message built by concatenation is a tree of string pieces in V8; reading it as a number
 * flattens it into one string, so each kept issue holds one string, not a dozen pieces.
 */
function flat(s: string): string {
  void Number(s);
  return s;
}

/** Message keys used by a rule: its title and description (checked by a test). */
export function ruleMessageKeys(id: string): string[] {
  return [`validation.${id}.title`, `validation.${id}.desc`];
}

export { messages as validationMessages };

/** Is every mapped cell of data row i blank? (Such rows are skipped by the required checks.) */
export function isBlankRow(tb: Table, i: number): boolean {
  for (const key in tb.columns) if (!isBlank(tb.columns[key][i])) return false;
  return true;
}

/** Issue-id prefix of each sheet ('customer.phone.format'). */
export const SHEET_PREFIX: Partial<Record<SheetKey, string>> = {
  Customers: 'customer',
  Ledger: 'ledger',
  Staff: 'staff',
  Duty: 'duty',
  Outings: 'outing',
  Calls: 'call',
  Visits: 'visit',
  WorkLogs: 'worklog',
  Keys: 'key',
};
