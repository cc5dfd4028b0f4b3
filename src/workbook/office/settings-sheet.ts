/**
 * The Office adapter's side of the settings payload: the very-hidden SD_Settings sheet whose A1 holds the
 * same JSON the file adapter reads and writes (memory/own-sheets.ts), so a workbook tuned in Excel gives
 * the CLI the same settings and the same registry of the add-in's sheets.
 *
 * Older versions kept the settings and the format markers in Office.context.document.settings. They are
 * read until the payload records that they were taken over (SETTINGS_MIGRATED, FORMAT_MARKERS), and never
 * after: the payload is then the only place.
 */
import { SETTINGS_SHEET, parsePayload, type SettingsPayload } from '../memory/own-sheets';
import { writeTextSafe } from './cells';

/** The part of Office.context.document.settings the adapter uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** Keys older versions used in the document's settings. */
export const SETTINGS_KEY = 'showroomDesk.settings';
export const FORMAT_MARKERS_KEY = 'showroomDesk.formatMarkers';

/** Payload fields of the Office adapter: the document settings were taken over; the add-in's format markers. */
export const SETTINGS_MIGRATED = 'settingsMigrated';
export const FORMAT_MARKERS = 'formatMarkers';

/** The settings sheet's payload as one request loads it: `exists` says whether the sheet is there. */
export interface PayloadCell {
  exists: boolean;
  payload: SettingsPayload | null;
}

/** Queues the load of A1 of the settings sheet, when `exists`; the result is readable after the next sync. */
export function loadPayloadCell(context: Excel.RequestContext, exists: boolean): () => PayloadCell {
  if (!exists) return () => ({ exists, payload: null });
  const a1 = context.workbook.worksheets.getItem(SETTINGS_SHEET).getRange('A1').load('values');
  return () => ({ exists, payload: parsePayload(a1.values[0]?.[0]) });
}

/**
 * Queues the write of the payload with `patch` applied (other fields as they were), creating the
 * very-hidden settings sheet when missing (visibility: ExcelApi 1.2). Updates `cell` to what was written.
 */
export function writePayload(context: Excel.RequestContext, cell: PayloadCell, patch: Partial<SettingsPayload>): void {
  const next: SettingsPayload = { ...(cell.payload ?? { settings: {}, formats: [] }), ...patch };
  let ws: Excel.Worksheet;
  if (cell.exists) ws = context.workbook.worksheets.getItem(SETTINGS_SHEET);
  else {
    ws = context.workbook.worksheets.add(SETTINGS_SHEET);
    ws.visibility = 'VeryHidden';
  }
  writeTextSafe(ws.getRange('A1'), [[JSON.stringify(next)]], true);
  cell.exists = true;
  cell.payload = next;
}

/** The settings an older version kept in the document, until the payload says they were taken over. */
export function documentSettings(store: SettingsStore, payload: SettingsPayload | null): Record<string, unknown> {
  if (payload?.[SETTINGS_MIGRATED]) return {};
  let raw: unknown;
  try {
    raw = store.get(SETTINGS_KEY);
    if (typeof raw === 'string') raw = JSON.parse(raw);
  } catch {
    return {};
  }
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
}

/** The add-in's conditional-format markers: the payload's, or an older version's in the document. */
export function formatMarkers(store: SettingsStore, payload: SettingsPayload | null): string[] {
  const own = payload?.[FORMAT_MARKERS];
  if (Array.isArray(own)) return own.map(String);
  try {
    const v = store.get(FORMAT_MARKERS_KEY);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

/** Did a version without the sheet registry write to this workbook? (own-sheets.ts, resolveOwnSheets) */
export function olderVersionRan(store: SettingsStore, cell: PayloadCell): boolean {
  if (cell.payload?.sheets) return false;
  if (cell.exists) return true;
  try {
    const old = store.get(SETTINGS_KEY);
    return (old !== undefined && old !== null) || Array.isArray(store.get(FORMAT_MARKERS_KEY));
  } catch {
    return false;
  }
}
