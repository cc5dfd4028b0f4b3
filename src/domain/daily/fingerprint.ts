/**
 * A compact fingerprint of every customer row, for the daily check (which rows are new, changed
 * or gone since a check stored its snapshot).
 *
 *  - key: the CustomerId. A row without one is keyed by its normalised name and phone
 *    ('~王伟|13800138000'), or, with neither, by its hash ('~#…'); such a row shows as removed and
 *    new when those cells change, since nothing else tells it apart.
 *  - hash: 53 bits of the row's user cells (never the add-in's status columns), each as canonical
 *    text (a date as its day, a number as Excel shows it, text trimmed), taken by field key in the
 *    schema's order and skipping empty cells. So it does not depend on the column order, on how the
 *    header is worded (客户名称, 姓名, Name), on the adapter (a date arrives as a Date, a serial or
 *    text), or on an empty column being added. A column the schema does not know is not read, so a
 *    change there goes unseen.
 *  - sigs: one character per field (6 bits of that field's own hash), to say which fields changed.
 *    A changed field keeps its character with probability 1/64: the row still counts as changed
 *    (the hash decides that), only that field goes unnamed.
 */
import type { CellValue, Table } from '../table';
import { CUSTOMERS, userFields, type FieldType } from '../schema';
import { normaliseName, normalisePhone, parseDate, looseKey } from '../normalise';
import { numberAsCode } from '../normalise/text';
import { hashString } from '../conflicts/similarity';

/** The user fields of the customer file, in the order of the sigs (the schema's). */
export const FINGERPRINT_FIELDS: readonly string[] = userFields(CUSTOMERS).map((f) => f.key);
const FIELD_TYPES: readonly FieldType[] = userFields(CUSTOMERS).map((f) => f.type);

/** 64 characters that no spreadsheet reads as a number, date or formula on their own. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$';

/** Fingerprints of a table's data rows, column by column (index i is data row i). */
export interface Fingerprints {
  /** Field keys, in the order of each sigs string. */
  fields: readonly string[];
  keys: string[];
  customerIds: string[];
  owners: string[];
  /** Worksheet row numbers. */
  rows: number[];
  hashes: string[];
  sigs: string[];
}

/** A cell as canonical text: the same for the same content whichever adapter read it. */
export function canonicalCell(v: CellValue | undefined, type: FieldType): string {
  if (v === null || v === undefined || v === '') return '';
  if (type === 'date') {
    const day = parseDate(v);
    if (day !== null) return 'd' + day;
  }
  if (typeof v === 'number') return numberAsCode(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : v.toISOString();
  return v.trim();
}

/** A 53-bit hash as 9 characters of ALPHABET. */
export function encodeHash(h: number): string {
  let out = '';
  for (let k = 0; k < 9; k++) {
    out += ALPHABET[h % 64];
    h = Math.floor(h / 64);
  }
  return out;
}

/** The key of a row without a CustomerId: its normalised name and phone, or its hash. */
function fallbackKey(name: CellValue, phone: CellValue, hash: string): string {
  const n = normaliseName(name);
  const p = normalisePhone(phone)?.key || looseKey(canonicalCell(phone, 'text'));
  return n || p ? `~${n}|${p}` : `~#${hash}`;
}

/** Per field, a 32-bit seed from its key: a field's text counts as that field's, whatever its position. */
const FIELD_SEEDS = FINGERPRINT_FIELDS.map((k) => hashString(k) % 0x100000000);
const SIG_CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));

/**
 * The row hash's two 32-bit lanes (FNV-1a and a murmur-like mix, as hashString), fed field by
 * field without joining the row into one string: 100k rows of 21 fields made that string, and
 * its garbage, the larger part of the time.
 */
let lane1 = 0;
let lane2 = 0;

/** Mixes one 32-bit value into both lanes. */
function mixWord(w: number): void {
  lane1 = Math.imul(lane1 ^ w, 0x01000193);
  lane2 = Math.imul(lane2 ^ w, 0x5bd1e995);
  lane2 ^= lane2 >>> 15;
}

/** Mixes a field's seed and text into the lanes; returns the field's own 6-bit signature. */
function mixField(seed: number, text: string): number {
  mixWord(seed);
  let sig = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    mixWord(c);
    sig = Math.imul(sig ^ c, 0x01000193);
  }
  mixWord(0x1f);
  sig ^= sig >>> 13;
  return Math.imul(sig, 0x5bd1e995) >>> 26;
}

export function fingerprintCustomers(table: Table): Fingerprints {
  const n = table.length;
  const columns = FINGERPRINT_FIELDS.map((f) => table.columns[f]);
  const emptySig = SIG_CODES[mixField(0, '')];
  const out: Fingerprints = {
    fields: FINGERPRINT_FIELDS,
    keys: new Array<string>(n),
    customerIds: new Array<string>(n),
    owners: new Array<string>(n),
    rows: table.rowNumbers.slice(0, n),
    hashes: new Array<string>(n),
    sigs: new Array<string>(n),
  };
  const idAt = FINGERPRINT_FIELDS.indexOf('CustomerId');
  const ownerAt = FINGERPRINT_FIELDS.indexOf('Owner');
  const sigs: number[] = new Array<number>(columns.length);
  for (let i = 0; i < n; i++) {
    lane1 = 0x811c9dc5;
    lane2 = 0x01000193;
    let id = '';
    let owner = '';
    for (let f = 0; f < columns.length; f++) {
      const text = columns[f] ? canonicalCell(columns[f][i], FIELD_TYPES[f]) : '';
      if (text === '') {
        sigs[f] = emptySig; // an empty cell adds nothing to the hash: an empty column changes nothing
        continue;
      }
      sigs[f] = SIG_CODES[mixField(FIELD_SEEDS[f], text)];
      if (f === idAt) id = text;
      else if (f === ownerAt) owner = text;
    }
    const hash = encodeHash((lane1 >>> 0) * 2097152 + ((lane2 >>> 11) & 0x1fffff));
    out.hashes[i] = hash;
    out.sigs[i] = String.fromCharCode.apply(null, sigs);
    out.customerIds[i] = id;
    out.owners[i] = owner;
    out.keys[i] = id || fallbackKey(table.columns.Name?.[i] ?? null, table.columns.Phone?.[i] ?? null, hash);
  }
  return out;
}
