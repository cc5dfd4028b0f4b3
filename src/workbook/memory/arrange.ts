/**
 * arrangeSheets over the grid model: which sheet opens, what stays frozen, the Lists sheet hidden
 * and last, the add-in's note on the first header cell, and A4 landscape printing. View and print
 * settings only: no cell value changes.
 */
import { ADDIN_SHEETS, SHEET_BY_KEY, label, type Lang, type SheetKey } from '../../domain/schema';
import { recogniseHeaders } from '../../domain/headers';
import { t } from '../../i18n';
import type { SheetArrangement } from '../port';
import { ADDIN_NOTE_MARK } from '../report-layout';
import { cellKey, columnLetter, type GridSheet, type PrintSetup, type WorkbookModel } from './model';
import { headerValues, locateAll, type Located } from './read';

/** A4 landscape, one page wide, the header row on every page. */
export function printSetup(headerRow: number): PrintSetup {
  return { paper: 'A4', orientation: 'landscape', fitToWidth: 1, titleRows: [headerRow, headerRow] };
}

/** The text of a cell note as ExcelJS gives it: a string, or { texts: [{ text }] }. */
export function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: unknown }[] } | null)?.texts;
  return Array.isArray(texts) ? texts.map((x) => String(x?.text ?? '')).join('') : '';
}

/** The worksheet columns (0-based) of some fields of a located table, in the fields' order; missing ones left out. */
export function fieldColumns(loc: Located, fields: string[]): { field: string; column: number }[] {
  const mapped = recogniseHeaders(loc.def, headerValues(loc)).columns;
  return fields.filter((f) => mapped[f] !== undefined).map((f) => ({ field: f, column: loc.firstColumn + mapped[f]! }));
}

/** The note saying where the status columns are: "AB 列「检查」、AC 列「冲突组」". */
export function statusNoteText(
  sheet: SheetKey,
  columns: { field: string; column: number }[],
  issuesSheet: string,
  lang: Lang,
): string {
  const def = SHEET_BY_KEY[sheet];
  const list = columns
    .map(({ field, column }) => {
      const f = def.fields.find((x) => x.key === field);
      return t(lang, 'workbook.statusNote.column', { column: columnLetter(column), field: f ? label(f, lang) : field });
    })
    .join(t(lang, 'workbook.statusNote.separator'));
  return ADDIN_NOTE_MARK + t(lang, 'workbook.statusNote', { columns: list, issues: issuesSheet });
}

/** Is the note on this cell a person's (not the add-in's)? */
export function isPersonsNote(note: unknown): boolean {
  if (note === undefined || note === null || note === '') return false;
  return !noteText(note).startsWith(ADDIN_NOTE_MARK);
}

export function arrangeModel(model: WorkbookModel, plan: SheetArrangement, lang: Lang): void {
  const wanted = [plan.active, ...(plan.freeze ? [plan.freeze.sheet] : []), ...plan.print.tables];
  if (plan.statusNote) wanted.push(plan.statusNote.sheet);
  const located = locateAll(model, wanted);
  const own = (key: keyof typeof ADDIN_SHEETS): GridSheet | undefined => {
    const name = model.addinSheets?.[key];
    return name === undefined ? undefined : model.sheets.find((s) => s.name === name);
  };

  // The add-in's hidden sheets go last (after every sheet a person reads), and hidden; a very hidden one stays so.
  for (const key of plan.hide) {
    const grid = own(key);
    if (!grid) continue;
    if (grid.hidden !== 'veryHidden') grid.hidden = 'hidden';
    model.sheets = [...model.sheets.filter((s) => s !== grid), grid];
  }

  const active = located[plan.active];
  if (active) {
    model.activeSheet = active.grid.name;
    active.grid.hidden = undefined;
  }

  if (plan.freeze) {
    const loc = located[plan.freeze.sheet];
    if (loc) {
      const columns = fieldColumns(loc, plan.freeze.fields).map((x) => x.column);
      const through = columns.length ? Math.max(...columns) + 1 : 0;
      loc.grid.frozenRows = loc.headerRow;
      loc.grid.frozenColumns = through <= plan.freeze.maxColumns ? through : 0;
    }
  }

  if (plan.statusNote) {
    const loc = located[plan.statusNote.sheet];
    const columns = loc ? fieldColumns(loc, plan.statusNote.fields) : [];
    if (loc && columns.length) {
      const notes = ((loc.grid.extras ??= {}).notes ??= new Map());
      const key = cellKey(loc.headerRow, loc.firstColumn);
      if (!isPersonsNote(notes.get(key))) {
        const issues = model.addinSheets?.Issues ?? label(ADDIN_SHEETS.Issues, lang);
        notes.set(key, statusNoteText(plan.statusNote.sheet, columns, issues, lang));
      }
    }
  }

  for (const key of plan.print.tables) {
    const loc = located[key];
    if (loc) loc.grid.print = printSetup(loc.headerRow);
  }
  for (const key of plan.print.sheets) {
    const grid = own(key);
    if (grid) grid.print = printSetup(1);
  }
}
