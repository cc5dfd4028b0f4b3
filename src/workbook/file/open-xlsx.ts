/**
 * Opening .xlsx bytes for the user (browser-safe): what the file really is is checked first, so an
 * encrypted workbook, an .xls or a truncated copy gets a WorkbookFileError saying so rather than
 * whatever ExcelJS happens to throw.
 */
import type { MemoryWorkbook } from '../memory';
import { explainReadFailure, requireContent, requireExcelSheetNames, sniffContent } from './sniff';
import { xlsxBufferToMemory } from './xlsx';
import { bytesSource } from './zip-entry';

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
    return await load(bytes);
  } catch (e) {
    throw await explainReadFailure(src, sniffed, file, e);
  }
}
