/**
 * The add-in's own sheets and its settings payload, shared by every adapter (pure, browser-safe).
 *
 * The hidden settings sheet (SD_Settings) holds one JSON payload in A1: the settings, which conditional
 * formats are the add-in's, and a registry of the sheets it made (key -> sheet name). Only a registered
 * sheet is ever read, cleared or written as the add-in's; a user's sheet that happens to be named 冲突 or
 * Issues is left alone, and the add-in's report gets another name (冲突 (展厅助手)).
 *
 * Workbooks from before the registry: a sheet with the add-in's exact name (zh or en) counts as the
 * add-in's when it holds the table the add-in names `SD_<key>`, or when the workbook shows that an older
 * version of the add-in ran on it (a settings payload without a registry, or the old document settings in
 * Excel): that version had already written into any sheet of that name, so there is nothing of the user's
 * to protect there. Without either sign, the sheet is the user's. The next write registers what was found.
 */
import { ADDIN_SHEETS, type AddinSheetKey, type Lang } from '../../domain/schema';
import { t } from '../../i18n';

/** Name of the very-hidden sheet where the add-in keeps its settings payload. */
export const SETTINGS_SHEET = 'SD_Settings';

export type OwnSheets = Partial<Record<AddinSheetKey, string>>;

export interface SettingsPayload {
  settings: Record<string, unknown>;
  /** The file adapter's conditional formats: the add-in's rules by sheet, range and formula. */
  formats: { id: string; sheet: string; ref: string; formula: string }[];
  /** The sheets the add-in made. Absent in payloads written before the registry. */
  sheets?: OwnSheets;
  /** Fields another adapter keeps here (the Office adapter's format markers...), carried through as read. */
  [other: string]: unknown;
}

/** The payload in the settings cell, or null when there is none or it is damaged (start from defaults). */
export function parsePayload(text: unknown): SettingsPayload | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  try {
    const parsed = JSON.parse(text) as Partial<SettingsPayload> | null;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const settings = parsed.settings && typeof parsed.settings === 'object' ? parsed.settings : {};
    const formats = Array.isArray(parsed.formats) ? parsed.formats : [];
    const sheets = parsed.sheets && typeof parsed.sheets === 'object' ? parsed.sheets : undefined;
    return { ...parsed, settings, formats, sheets };
  } catch {
    return null;
  }
}

/** A sheet as the registry needs to see it: its name and the names of its tables. */
export interface SheetInfo {
  name: string;
  tables: string[];
}

const KEYS = Object.keys(ADDIN_SHEETS) as AddinSheetKey[];

/** The table the add-in puts on its sheet `key`. */
export function ownTableName(key: AddinSheetKey): string {
  return `SD_${key}`;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Which sheets are the add-in's. `registry`: the payload's, undefined for a workbook from before it; then
 * `olderVersionRan` is a sign that an add-in without the registry wrote to this workbook.
 */
export function resolveOwnSheets(
  sheets: SheetInfo[],
  registry: OwnSheets | undefined,
  olderVersionRan: boolean,
): OwnSheets {
  const out: OwnSheets = {};
  for (const key of KEYS) {
    if (registry) {
      const name = registry[key];
      const sheet = name === undefined ? undefined : sheets.find((s) => sameName(s.name, name));
      if (sheet) out[key] = sheet.name;
      continue;
    }
    const { zh, en } = ADDIN_SHEETS[key];
    const named = sheets.filter((s) => sameName(s.name, zh) || sameName(s.name, en));
    const legacy =
      named.find((s) => s.tables.some((t) => sameName(t, ownTableName(key)))) ??
      (olderVersionRan ? named[0] : undefined);
    if (legacy && !Object.values(out).includes(legacy.name)) out[key] = legacy.name;
  }
  return out;
}

/** What Excel forbids in a sheet name, and its length limit. */
const FORBIDDEN = /[:\\/?*[\]]/g;
const MAX_SHEET_NAME = 31;

/**
 * The name for the add-in's sheet `key` in `lang`: the plain name (冲突, Conflicts) unless another sheet
 * has it, then the plain name with the add-in's name after it, numbered if that is taken too. At most 31
 * characters, none that Excel forbids. `taken`: every other sheet's name.
 */
export function ownSheetName(key: AddinSheetKey, lang: Lang, taken: string[]): string {
  const base = ADDIN_SHEETS[key][lang].replace(FORBIDDEN, '_');
  const free = (name: string) => !taken.some((t) => sameName(t, name));
  if (free(base)) return base;
  for (let i = 1; ; i++) {
    const tail = t(lang, 'workbook.ownSheet.suffix') + (i === 1 ? '' : ` ${i}`);
    const name = base.slice(0, MAX_SHEET_NAME - tail.length) + tail;
    if (free(name)) return name;
  }
}

/** True for a name the add-in gives its own sheets, with or without its suffix (never a user's schema sheet). */
export function looksLikeOwnSheetName(name: string): boolean {
  const suffixes = (['zh', 'en'] as const).map((l) => t(l, 'workbook.ownSheet.suffix'));
  const suffix = suffixes.find((x) => name.replace(/ \d+$/, '').endsWith(x));
  const plain = suffix ? name.replace(/ \d+$/, '').slice(0, -suffix.length) : name;
  return KEYS.some((k) => sameName(plain, ADDIN_SHEETS[k].zh) || sameName(plain, ADDIN_SHEETS[k].en));
}
