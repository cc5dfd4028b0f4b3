/**
 * Opening .xlsx bytes for the user (browser-safe): what the file really is is checked first, so an
 * encrypted workbook, an .xls or a truncated copy gets a WorkbookFileError saying so rather than
 * whatever ExcelJS happens to throw.
 */
import type { MemoryWorkbook, NotCarried } from '../memory';
import { explainReadFailure, requireContent, requireExcelSheetNames, sniffContent } from './sniff';
import { xlsxBufferToMemory } from './xlsx';
import { bytesSource, type ZipDirectory } from './zip-entry';

/** The package folders of what the copy writer (through ExcelJS) leaves out (pictures: see xlsxBufferToMemory). */
const NOT_CARRIED: [NotCarried, RegExp][] = [
  ['charts', /^xl\/charts\/chart[^/]*\.xml$/],
  ['pivotTables', /^xl\/pivotTables\//],
  ['slicers', /^xl\/slicers\//],
];

function notCarried(zip: ZipDirectory | undefined): NotCarried[] {
  const names = zip?.entries.map((e) => e.name) ?? [];
  return NOT_CARRIED.filter(([, part]) => names.some((n) => part.test(n))).map(([kind]) => kind);
}

/**
 * file: the name the user knows the bytes by, for messages. load: the reader once the bytes are known to
 * be a workbook (the CLI passes its faster one, ./xlsx-load, which needs Node).
 */
export async function openXlsxBytes(
  bytes: Uint8Array,
  file: string,
  load: (bytes: Uint8Array) => Promise<MemoryWorkbook> = xlsxBufferToMemory,
): Promise<MemoryWorkbook> {
  const src = bytesSource(bytes);
  const sniffed = await sniffContent(src);
  requireContent(sniffed, 'xlsx', file);
  await requireExcelSheetNames(src, sniffed, file);
  try {
    const wb = await load(bytes);
    // The reader lists pictures it could not place; the package's parts tell the rest.
    const leftOut = [...(wb.model.notCarried ?? []), ...notCarried(sniffed.zip)];
    if (leftOut.length) wb.model.notCarried = leftOut;
    return wb;
  } catch (e) {
    throw await explainReadFailure(src, sniffed, file, e);
  }
}
