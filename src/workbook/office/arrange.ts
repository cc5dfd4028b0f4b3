/**
 * arrangeSheets through Office.js: which sheet is active, the frozen header and ID/name columns, the
 * Lists sheet hidden and last, the add-in's note on the first header cell and A4 landscape printing.
 * Requirement sets: activate, visibility, position (ExcelApi 1.1), freezePanes (1.7), pageLayout (1.9,
 * the manifest's minimum); notes (1.18) only where the host has them, the rest still happens without.
 */
import { ADDIN_SHEETS, label, type AddinSheetKey, type Lang, type SheetKey } from '../../domain/schema';
import { recogniseHeaders } from '../../domain/headers';
import type { SheetArrangement } from '../port';
import { isPersonsNote, statusNoteText } from '../memory/arrange';
import { columnLetter, quoteSheet } from './address';
import { locateAll, type OfficeLocated, type WorkbookProbe } from './locate';

export interface ArrangeContext {
  context: Excel.RequestContext;
  probe: WorkbookProbe;
  /** The add-in's own sheets by key (their names in this workbook). */
  own: Partial<Record<AddinSheetKey, string>>;
  isSetSupported: (name: string, version: string) => boolean;
}

function columnsOf(loc: OfficeLocated, fields: string[]): { field: string; column: number }[] {
  const mapped = recogniseHeaders(loc.def, loc.headers).columns;
  return fields.filter((f) => mapped[f] !== undefined).map((f) => ({ field: f, column: loc.firstColumn + mapped[f]! }));
}

/** A4 landscape, one page wide, these rows on every page. */
function queuePrint(ws: Excel.Worksheet, headerRow: number): void {
  const layout = ws.pageLayout;
  layout.orientation = 'Landscape';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: 1 };
  layout.setPrintTitleRows(`$${headerRow}:$${headerRow}`);
}

export async function arrangeInOffice(a: ArrangeContext, plan: SheetArrangement, lang: Lang): Promise<void> {
  const { context, probe, own } = a;
  const wanted: SheetKey[] = [plan.active, ...plan.print.tables];
  if (plan.freeze) wanted.push(plan.freeze.sheet);
  if (plan.statusNote) wanted.push(plan.statusNote.sheet);
  const located = locateAll(probe, wanted);
  const sheets = context.workbook.worksheets;

  for (const key of plan.hide) {
    const name = own[key];
    if (!name) continue;
    const ws = sheets.getItem(name);
    ws.position = probe.sheets.length - 1;
    ws.visibility = 'Hidden';
  }

  const active = located[plan.active];
  if (active) sheets.getItem(active.sheet).activate();

  if (plan.freeze) {
    const loc = located[plan.freeze.sheet];
    if (loc) {
      const ws = sheets.getItem(loc.sheet);
      const columns = columnsOf(loc, plan.freeze.fields).map((x) => x.column);
      const through = columns.length ? Math.max(...columns) + 1 : 0;
      ws.freezePanes.unfreeze();
      if (through > 0 && through <= plan.freeze.maxColumns)
        ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, loc.headerRow, through));
      else ws.freezePanes.freezeRows(loc.headerRow);
    }
  }

  for (const key of plan.print.tables) {
    const loc = located[key];
    if (loc) queuePrint(sheets.getItem(loc.sheet), loc.headerRow);
  }
  for (const key of plan.print.sheets) {
    const name = own[key];
    if (name) queuePrint(sheets.getItem(name), 1);
  }
  await context.sync();

  // The note needs ExcelApi 1.18 (Excel 2024, Microsoft 365): without it, the status columns still have
  // their headers and colours; only the pointer at the first header is missing.
  const noteLoc = plan.statusNote && located[plan.statusNote.sheet];
  if (!plan.statusNote || !noteLoc || !a.isSetSupported('ExcelApi', '1.18')) return;
  const columns = columnsOf(noteLoc, plan.statusNote.fields);
  if (!columns.length) return;
  const address = `${quoteSheet(noteLoc.sheet)}!${columnLetter(noteLoc.firstColumn)}${noteLoc.headerRow}`;
  const ws = sheets.getItem(noteLoc.sheet);
  const existing = ws.notes.getItemOrNullObject(address).load('content');
  await context.sync();
  if (!existing.isNullObject && isPersonsNote(existing.content)) return;
  const text = statusNoteText(plan.statusNote.sheet, columns, own.Issues ?? label(ADDIN_SHEETS.Issues, lang), lang);
  if (existing.isNullObject) ws.notes.add(address, text);
  else existing.content = text;
  await context.sync();
}
