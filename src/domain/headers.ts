/**
 * The header recogniser: maps a company's existing header row onto the schema, and
 * tells which schema sheet a worksheet/table/CSV is. Also reads enum cells loosely.
 *
 * Comparison is loose (see looseKey): trimmed, case-folded, full-width folded,
 * spaces and punctuation such as '（）()：:' removed. Exact labels (zh, en, field key)
 * beat synonyms, so a Customers sheet with both '客户编号' and 'ID' maps
 * '客户编号' -> CustomerId. A field is never mapped twice: the first, best match wins
 * and other columns go to `extra`, untouched.
 */
import { SHEETS, type EnumValue, type FieldDef, type Lang, type SheetDef } from './schema';
import type { HeaderMapping } from './table';
import { cellText, looseKey, stripBracketed } from './normalise/text';
import { toSimplified } from './normalise/names';
import { t } from '../i18n';

/** Loose key for headers, sheet names and enum cells (also folds traditional characters). */
export function headerKey(raw: unknown): string {
  const s = cellText(raw);
  return s ? looseKey(toSimplified(s)) : '';
}

/** Rows above a header that may be a title ('天河展厅客户档案 2024年6月', merged across the table). */
export const MAX_TITLE_ROWS = 3;

/**
 * Distinct texts among a row's non-blank cells, counting to 2: a title is one text, in one cell
 * or repeated across the cells it is merged over (readers give each merged cell the text).
 */
function distinctTexts(row: readonly unknown[]): number {
  let first = '';
  for (const v of row) {
    const s = cellText(v);
    if (!s) continue;
    if (!first) first = s;
    else if (s !== first) return 2;
  }
  return first ? 1 : 0;
}

/**
 * Which of a sheet's first non-blank rows is the header: the first one, unless it holds a single
 * text (a title, often merged across the table) and a later row of the first MAX_TITLE_ROWS + 1
 * holds two or more. `rows`: the first non-blank rows, top down. Returns an index into rows.
 */
export function headerRowAfterTitles(rows: readonly (readonly unknown[])[]): number {
  for (let k = 0; k < rows.length && k <= MAX_TITLE_ROWS; k++) if (distinctTexts(rows[k]) >= 2) return k;
  return 0;
}

/** Can this row be a header (two or more different texts), or is it maybe a title? */
export function couldBeHeader(row: readonly unknown[]): boolean {
  return distinctTexts(row) >= 2;
}

interface Candidate {
  field: FieldDef;
  /** 0: zh/en label or field key; 1: synonym. */
  rank: 0 | 1;
}

const fieldIndexCache = new WeakMap<SheetDef, Map<string, Candidate[]>>();

function fieldIndex(def: SheetDef): Map<string, Candidate[]> {
  let index = fieldIndexCache.get(def);
  if (index) return index;
  index = new Map();
  const add = (label: string, field: FieldDef, rank: 0 | 1) => {
    const k = headerKey(label);
    if (!k) return;
    const list = index!.get(k) ?? [];
    if (!list.some((c) => c.field === field && c.rank <= rank)) list.push({ field, rank });
    index!.set(k, list);
  };
  for (const f of def.fields) {
    add(f.zh, f, 0);
    add(f.en, f, 0);
    add(f.key, f, 0);
  }
  for (const f of def.fields) for (const s of f.synonyms ?? []) add(s, f, 1);
  fieldIndexCache.set(def, index);
  return index;
}

/**
 * Maps a header row onto a sheet's fields. Columns are 0-based indexes into `headers`.
 * Empty header cells are skipped; unmatched non-empty headers are listed in `extra`.
 * `missing` lists fields required for every row (required: 'always') that no column holds.
 */
export function recogniseHeaders(def: SheetDef, headers: unknown[]): HeaderMapping {
  const index = fieldIndex(def);
  const texts = headers.map((h) => cellText(h).trim());
  const fullKeys = texts.map((s) => headerKey(s));
  const strippedKeys = texts.map((s) => headerKey(stripBracketed(s)));
  const columns: Record<string, number> = {};
  const matchedLabels: Record<string, string> = {};
  const used = new Set<number>();

  const pass = (keys: string[], rank: 0 | 1) => {
    for (let col = 0; col < keys.length; col++) {
      if (used.has(col) || !keys[col]) continue;
      const candidates = index.get(keys[col]);
      if (!candidates) continue;
      for (const c of candidates) {
        if (c.rank !== rank || c.field.key in columns) continue;
        columns[c.field.key] = col;
        matchedLabels[c.field.key] = texts[col];
        used.add(col);
        break;
      }
    }
  };
  pass(fullKeys, 0);
  pass(fullKeys, 1);
  // '单价（元）', '电话(手机)': try again without the bracketed part.
  pass(strippedKeys, 0);
  pass(strippedKeys, 1);

  const extra: string[] = [];
  texts.forEach((s, col) => {
    if (s && !used.has(col)) extra.push(s);
  });
  const missing = def.fields.filter((f) => f.required === 'always' && !(f.key in columns)).map((f) => f.key);
  return { columns, extra, missing, matchedLabels };
}

function sheetNameKeys(def: SheetDef): { exact: string[]; synonyms: string[] } {
  return {
    exact: [def.zh, def.en, def.table, def.key].map(headerKey).filter(Boolean),
    synonyms: (def.synonyms ?? []).map(headerKey).filter(Boolean),
  };
}

/**
 * Which schema sheet is this? By table/sheet name first (zh, en, table name, synonyms,
 * compared loosely), else by the header row (the sheet whose required fields it covers
 * best; at least half of them and two fields in all), else by a name that starts with a
 * sheet label ('客户档案2026' -> Customers; the longest label wins, so '客户评审表' -> Reviews).
 */
export function identifySheet(name: string, headers?: unknown[]): SheetDef | null {
  const key = headerKey(name);
  if (key) {
    for (const def of SHEETS) if (sheetNameKeys(def).exact.includes(key)) return def;
    for (const def of SHEETS) if (sheetNameKeys(def).synonyms.includes(key)) return def;
  }
  if (headers && headers.length) {
    let best: SheetDef | null = null;
    let bestScore = 0;
    for (const def of SHEETS) {
      const m = recogniseHeaders(def, headers);
      const required = def.fields.filter((f) => f.required === 'always').length;
      const matched = Object.keys(m.columns).length;
      const requiredMatched = required - m.missing.length;
      if (matched < 2 || requiredMatched * 2 < required) continue;
      // Covering required fields counts most; a complete sheet beats a partial one.
      const score = requiredMatched / required + (m.missing.length === 0 ? 1 : 0) + matched / 1000;
      if (score > bestScore) {
        best = def;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  if (key) {
    let best: SheetDef | null = null;
    let bestLen = 1; // a label of at least 2 characters
    for (const def of SHEETS) {
      const { exact, synonyms } = sheetNameKeys(def);
      for (const k of [...exact, ...synonyms]) {
        if (k.length > bestLen && key.startsWith(k)) {
          best = def;
          bestLen = k.length;
        }
      }
    }
    return best;
  }
  return null;
}

// ---------------------------------------------------------------- enums

interface EnumIndex {
  exact: Map<string, string>;
  synonyms: Map<string, string>;
  /** raw cell text -> key (or null), so repeated values on big sheets cost one lookup. */
  memo: Map<string, string | null>;
}
const enumIndexCache = new WeakMap<readonly EnumValue[], EnumIndex>();
const MEMO_LIMIT = 10000;

function enumIndex(values: readonly EnumValue[]): EnumIndex {
  let index = enumIndexCache.get(values);
  if (index) return index;
  index = { exact: new Map(), synonyms: new Map(), memo: new Map() };
  for (const v of values) {
    for (const l of [v.key, v.zh, v.en]) {
      const k = headerKey(l);
      if (k && !index.exact.has(k)) index.exact.set(k, v.key);
    }
  }
  for (const v of values) {
    for (const s of v.synonyms ?? []) {
      const k = headerKey(s);
      if (k && !index.exact.has(k) && !index.synonyms.has(k)) index.synonyms.set(k, v.key);
    }
  }
  enumIndexCache.set(values, index);
  return index;
}

/**
 * Cell text -> enum key, or null when the field has no values or the text matches none.
 * Accepts keys, zh/en labels and synonyms, loosely ('已签约', 'contracted', ' Contracted ').
 * Booleans and numbers are read as their text (true -> 'true', 1 -> '1').
 */
export function parseEnum(field: FieldDef, raw: unknown): string | null {
  if (!field.values || raw === null || raw === undefined) return null;
  const text = typeof raw === 'string' ? raw : cellText(raw);
  if (!text) return null;
  const index = enumIndex(field.values);
  const memo = index.memo.get(text);
  if (memo !== undefined) return memo;
  const k = headerKey(text);
  const result = (k && (index.exact.get(k) ?? index.synonyms.get(k))) || null;
  if (index.memo.size < MEMO_LIMIT) index.memo.set(text, result);
  return result;
}

/** The label of an enum key in the given language (the key itself when unknown). */
export function enumLabel(field: FieldDef, key: string, lang: Lang): string {
  const v = field.values?.find((x) => x.key === key);
  if (!v) return key;
  return lang === 'zh' ? v.zh : v.en;
}

/** A field's header label in the given language. */
export function fieldLabel(field: FieldDef, lang: Lang): string {
  return lang === 'zh' ? field.zh : field.en;
}

/**
 * Human summary of a header mapping: missing required columns, unrecognised columns,
 * and headers read under a different label than the schema's own (synonyms, other language).
 */
export function describeHeaderMapping(def: SheetDef, mapping: HeaderMapping, lang: Lang): string[] {
  const sheet = lang === 'zh' ? def.zh : def.en;
  const byKey = new Map(def.fields.map((f) => [f.key, f]));
  const lines: string[] = [];
  const sep = lang === 'zh' ? '、' : ', ';
  if (mapping.missing.length) {
    const fields = mapping.missing.map((k) => fieldLabel(byKey.get(k)!, lang)).join(sep);
    lines.push(t(lang, 'schema.headers.missing', { sheet, fields }));
  }
  if (mapping.extra.length) lines.push(t(lang, 'schema.headers.extra', { sheet, headers: mapping.extra.join(sep) }));
  for (const [key, header] of Object.entries(mapping.matchedLabels)) {
    const f = byKey.get(key);
    if (f && header !== f.zh && header !== f.en)
      lines.push(t(lang, 'schema.headers.matched', { header, field: fieldLabel(f, lang) }));
  }
  if (!lines.length) lines.push(t(lang, 'schema.headers.allMatched', { sheet }));
  return lines;
}

/** Message for a cell whose text is not one of the field's values. */
export function describeUnknownEnum(field: FieldDef, value: string, lang: Lang): string {
  const allowed = (field.values ?? []).map((v) => (lang === 'zh' ? v.zh : v.en)).join(lang === 'zh' ? '、' : ', ');
  return t(lang, 'schema.enum.unknown', { value, field: fieldLabel(field, lang), allowed });
}
