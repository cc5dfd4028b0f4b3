/**
 * The Archive sheet (归档): the rows a merge took out of the customer table, whole. Each row holds
 * its bookkeeping (the row it came from, the customer it was merged into, when, who, the group and
 * the action's batch), then every cell of the customer row as it was, left to right, under the
 * table's headers. A live formula would point at other cells there, so a cell's formula and
 * hyperlink are kept as text in the "restore data" column (with the row's headers), and
 * "restore from Archive" puts them back live (restore.ts).
 */
import type { Lang } from '../domain/schema';
import type { CellValue } from '../domain/table';
import { t } from '../i18n';
import type { WholeCell, WorkbookPort } from '../workbook/port';

const BOOKKEEPING = ['fromRow', 'mergedInto', 'at', 'who', 'group', 'batch', 'restore'] as const;

/** What the Archive says of one archived row, besides its cells. */
export interface ArchiveBookkeeping {
  fromRow: number;
  /** The row it was merged into, as numbered before the merge (in the restore data: its Audit entries name it). */
  keptRow: number;
  mergedInto: string;
  at: Date;
  who: string;
  group: string;
  batch: string;
}

/** An archived customer row as read back. */
export interface ArchivedRow extends ArchiveBookkeeping {
  /** The archived row's key in the Audit (a restore names it): batch#fromRow. */
  key: string;
  customerId: string;
  /** The table's headers when it was archived, and its cells whole, aligned with them. */
  headers: string[];
  cells: WholeCell[];
}

/** The restore data column: the headers, and the formulas and links by column index. */
interface RestoreData {
  headers: string[];
  customerId: string;
  keptRow: number;
  formulas?: Record<number, string>;
  links?: Record<number, string>;
}

export function archiveKey(batch: string, fromRow: number): string {
  return `${batch}#${fromRow}`;
}

export function archiveHeaders(tableHeaders: readonly string[], lang: Lang): string[] {
  return [...BOOKKEEPING.map((k) => t(lang, `archive.header.${k}`)), ...tableHeaders];
}

/** One Archive row: bookkeeping, restore data, then the customer row's values. */
export function archiveRow(
  book: ArchiveBookkeeping,
  customerId: string,
  headers: readonly string[],
  cells: readonly WholeCell[],
): CellValue[] {
  const data: RestoreData = { headers: [...headers], customerId, keptRow: book.keptRow };
  cells.forEach((c, j) => {
    if (c.formula) (data.formulas ??= {})[j] = c.formula;
    if (c.link) (data.links ??= {})[j] = c.link;
  });
  return [
    book.fromRow,
    book.mergedInto,
    book.at,
    book.who,
    book.group,
    book.batch,
    JSON.stringify(data),
    ...cells.map((c) => c.value),
  ];
}

function parseRestoreData(v: CellValue | undefined): RestoreData | null {
  if (typeof v !== 'string' || !v.startsWith('{')) return null;
  try {
    const data = JSON.parse(v) as RestoreData;
    return Array.isArray(data.headers) ? data : null;
  } catch {
    return null;
  }
}

/** The Archive's rows this version wrote (an older version's rows carry no restore data and are left out). */
export async function readArchive(port: WorkbookPort, lang: Lang): Promise<ArchivedRow[]> {
  const rows = await port.readAddinSheet('Archive', lang);
  const out: ArchivedRow[] = [];
  for (const r of rows) {
    const data = parseRestoreData(r[BOOKKEEPING.indexOf('restore')]);
    if (!data) continue;
    const values = r.slice(BOOKKEEPING.length);
    const cells = data.headers.map((_, j): WholeCell => {
      const cell: WholeCell = { value: values[j] ?? null };
      if (data.formulas?.[j]) cell.formula = data.formulas[j];
      if (data.links?.[j]) cell.link = data.links[j];
      return cell;
    });
    const at = r[2];
    const book: ArchiveBookkeeping = {
      fromRow: Number(r[0]),
      keptRow: Number(data.keptRow),
      mergedInto: String(r[1] ?? '').trim(),
      at: at instanceof Date ? at : new Date(String(at)),
      who: String(r[3] ?? ''),
      group: String(r[4] ?? ''),
      batch: String(r[5] ?? ''),
    };
    out.push({
      ...book,
      key: archiveKey(book.batch, book.fromRow),
      customerId: data.customerId,
      headers: data.headers,
      cells,
    });
  }
  return out;
}
