/**
 * ExcelJS's load, made to read the workbooks Excel and other programs write. Browser-safe.
 *
 * - ExcelJS 4.4 looks a worksheet's tables, notes and note drawings up by the relative paths Excel
 *   writes (../tables/table1.xml). openpyxl (and other writers) give absolute part names
 *   (/xl/tables/table1.xml), which the OPC standard allows; ExcelJS then finds nothing and fails
 *   with "Cannot read properties of undefined (reading 'name')" on a table, ('comments') on a note.
 *   Each sheet relationship is pointed at the part ExcelJS parsed, just before ExcelJS joins them.
 * - openpyxl stores notes at xl/comments/comment1.xml, a name ExcelJS does not parse: those are
 *   read here (their text, not fonts) and handed over the same way.
 * - ExcelJS reads a table without a headerRowCount attribute as having no header row; the
 *   standard's default is one, and Excel leaves the attribute out. The attribute is read here.
 */
import type ExcelJS from 'exceljs';
import { lazyModule } from '../../domain/lazy-module';
import { decodeEntities, xmlAttributes } from './xml';
import { bytesSource, readZipDirectory, readZipEntryText } from './zip-entry';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

interface NoteModel {
  ref: string;
  type: 'note';
  note: { texts: { text: string }[] };
}

/** The parts of ExcelJS's parse model (xlsx.js load) that a sheet's relationships point into. */
interface ParsedModel {
  worksheetRels: (Relationship[] | undefined)[];
  tables: Record<string, { headerRow?: boolean }>;
  comments: Record<string, { comments: NoteModel[] }>;
  vmlDrawings: Record<string, { comments: unknown[] }>;
}

/**
 * ExcelJS, loaded on first use: its few hundred modules take longer to load than a small command's
 * whole work, and a command on a CSV never needs them. A require rather than import():
 * buildExcelWorkbook and the cell readers are synchronous.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const excelJs = lazyModule(() => require('exceljs') as typeof ExcelJS);

export async function loadExcelJsWorkbook(buffer: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const xl = new (excelJs().Workbook)();
  const parts = await readPartsExcelJsMisreads(buffer);
  const xlsx = xl.xlsx as unknown as { reconcile(model: ParsedModel, options: unknown): void };
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.reconcile = (model, options) => {
    for (const [key, headerRow] of parts.tableHeaderRows)
      if (model.tables[key]) model.tables[key].headerRow = headerRow;
    pointSheetRelationshipsAtParsedParts(model, parts.notes);
    reconcile(model, options);
  };
  await xl.xlsx.load(buffer as ArrayBuffer);
  return xl;
}

/** A part name (xl/tables/table1.xml) as ExcelJS keys it: relative to xl/worksheets/. */
function relativeToSheets(part: string): string {
  return part.startsWith('xl/worksheets/') ? part.slice('xl/worksheets/'.length) : '../' + part.slice('xl/'.length);
}

function pointSheetRelationshipsAtParsedParts(model: ParsedModel, notes: Map<string, NoteModel[]>): void {
  for (const rels of model.worksheetRels) {
    for (const rel of rels ?? []) {
      if (rel.TargetMode === 'External' || !rel.Target.startsWith('/xl/')) continue;
      const part = rel.Target.slice(1);
      const key = relativeToSheets(part);
      if (rel.Type === REL + 'comments' && !model.comments[key])
        model.comments[key] = { comments: notes.get(part) ?? [] };
      if (rel.Type === REL + 'vmlDrawing' && !model.vmlDrawings[key]) model.vmlDrawings[key] = { comments: [] };
      rel.Target = key;
    }
  }
}

interface MisreadParts {
  /** Notes in parts ExcelJS does not parse (it reads xl/commentsN.xml only), by part name. */
  notes: Map<string, NoteModel[]>;
  /** Whether each table has a header row, by ExcelJS's key for the table (../tables/table1.xml). */
  tableHeaderRows: Map<string, boolean>;
}

async function readPartsExcelJsMisreads(buffer: ArrayBuffer | Uint8Array): Promise<MisreadParts> {
  const parts: MisreadParts = { notes: new Map(), tableHeaderRows: new Map() };
  const src = bytesSource(buffer);
  const zip = await readZipDirectory(src);
  for (const entry of zip?.entries ?? []) {
    const table = /xl\/tables\/(table\d+)[.]xml/.exec(entry.name); // the pattern ExcelJS keys tables by
    const notes = !/xl\/(comments\d+)[.]xml/.test(entry.name) && /^xl\/.*comment.*\.xml$/i.test(entry.name);
    if (!table && !notes) continue;
    const xml = await readZipEntryText(src, entry);
    if (!xml) continue;
    if (table) {
      const start = /<(?:\w+:)?table\b([^>]*)>/.exec(xml);
      if (start) parts.tableHeaderRows.set(`../tables/${table[1]}.xml`, xmlAttributes(start[1]).headerRowCount !== '0');
    } else if (/<(?:\w+:)?comments\b/.test(xml)) parts.notes.set(entry.name, parseNotes(xml));
  }
  return parts;
}

/** Each <comment ref=…>'s text: its <t> runs joined (phonetic runs left out). */
function parseNotes(xml: string): NoteModel[] {
  const notes: NoteModel[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
    const ref = xmlAttributes(m[1]).ref;
    if (!ref) continue;
    const body = m[2].replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
    const text = [...body.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)]
      .map((t) => decodeEntities(t[1]))
      .join('');
    notes.push({ ref, type: 'note', note: { texts: [{ text }] } });
  }
  return notes;
}
