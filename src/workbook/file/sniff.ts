/**
 * What a file really is, from its bytes, whatever its name says: an .xlsx workbook, text (a CSV),
 * or something else a user may pick by mistake — a password-protected workbook, an old .xls, an
 * .ods, a Word document, a zip cut short. Browser-safe (works over a ByteSource), so the command
 * line and the playground's file open tell the user the same thing.
 *
 * requireContent turns a mismatch into a WorkbookFileError whose code the CLI and the pane turn
 * into a message in the user's language (./file-error).
 */
import { xmlAttributes } from './xml';
import { firstDamagedEntry, readZipDirectory, readZipEntryText, type ByteSource, type ZipDirectory } from './zip-entry';
import { WorkbookFileError } from './file-error';

export type ContentKind =
  | 'xlsx'
  | 'text'
  | 'empty'
  /** an Office file encrypted with a password to open (a compound file holding EncryptedPackage) */
  | 'encrypted'
  /** an Excel 97-2003 workbook (a compound file holding a Workbook or Book stream) */
  | 'xls'
  /** another compound file: an old Word or PowerPoint document, an Outlook message */
  | 'ole'
  | 'ods'
  /** another OpenDocument file (text, presentation) */
  | 'odf'
  | 'docx'
  | 'pptx'
  | 'xlsb'
  /** a zip archive that is none of the above */
  | 'zip'
  /** a zip archive cut short (no end record, or parts past the end of the file) */
  | 'truncated'
  /** none of the above, and not text either */
  | 'binary';

export interface Sniffed {
  kind: ContentKind;
  /** The zip's directory, for kind 'xlsx'. */
  zip?: ZipDirectory;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

const startsWith = (bytes: Uint8Array, magic: number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

export async function sniffContent(src: ByteSource): Promise<Sniffed> {
  if (src.size === 0) return { kind: 'empty' };
  const head = await src.read(0, Math.min(src.size, 4096));
  if (startsWith(head, CFB_MAGIC)) return { kind: compoundFileKind(await compoundFileNames(src)) };
  if (startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY)) return sniffZip(src);
  return { kind: looksLikeText(head) ? 'text' : 'binary' };
}

async function sniffZip(src: ByteSource): Promise<Sniffed> {
  const zip = await readZipDirectory(src);
  if (!zip || !zip.complete) return { kind: 'truncated' };
  const names = new Set(zip.entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return { kind: 'xlsx', zip };
  if (names.has('xl/workbook.bin')) return { kind: 'xlsb' };
  if (names.has('word/document.xml')) return { kind: 'docx' };
  if (names.has('ppt/presentation.xml')) return { kind: 'pptx' };
  const mimetype = zip.entries.find((e) => e.name === 'mimetype');
  const type = mimetype ? ((await readZipEntryText(src, mimetype)) ?? '').trim() : '';
  if (type === 'application/vnd.oasis.opendocument.spreadsheet') return { kind: 'ods' };
  if (type.startsWith('application/vnd.oasis.opendocument.')) return { kind: 'odf' };
  return { kind: 'zip' };
}

/** Text has no NUL bytes, unless it is UTF-16 (which starts with its byte order mark). */
function looksLikeText(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  return !head.includes(0);
}

function compoundFileKind(names: Set<string>): ContentKind {
  if (names.has('EncryptedPackage') && names.has('EncryptionInfo')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  return 'ole';
}

const END_OF_CHAIN = 0xfffffffe;
/** Beyond this, a chain is taken to loop (a damaged file): 64k directory sectors are 256k entries. */
const MAX_CHAIN = 65536;

/**
 * The names of the streams and storages in a compound file (OLE2/CFB, MS-CFB): the header's
 * sector size and first directory sector, the directory's sector chain through the FAT (whose
 * sectors the header and the DIFAT chain list), 128-byte directory entries with UTF-16 names.
 * Whatever cannot be read is left out: an empty set for a damaged file.
 */
async function compoundFileNames(src: ByteSource): Promise<Set<string>> {
  const names = new Set<string>();
  const header = await src.read(0, 512);
  if (header.length < 512) return names;
  const h = new DataView(header.buffer, header.byteOffset, 512);
  const sectorSize = 1 << h.getUint16(0x1e, true);
  if (sectorSize !== 512 && sectorSize !== 4096) return names;
  const perSector = sectorSize / 4;
  const sectorAt = (n: number) => (n + 1) * sectorSize;
  const readUint32 = async (offset: number) => {
    const b = await src.read(offset, 4);
    return b.length === 4 ? new DataView(b.buffer, b.byteOffset, 4).getUint32(0, true) : END_OF_CHAIN;
  };
  // The FAT's own sectors: the first 109 are listed in the header, the rest in the DIFAT chain.
  const fatCount = h.getUint32(0x2c, true);
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(109, fatCount); i++) fatSectors.push(h.getUint32(0x4c + i * 4, true));
  for (let d = h.getUint32(0x44, true), hops = 0; fatSectors.length < fatCount && d < END_OF_CHAIN; hops++) {
    if (hops > MAX_CHAIN) return names;
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++)
      fatSectors.push(await readUint32(sectorAt(d) + i * 4));
    d = await readUint32(sectorAt(d) + (perSector - 1) * 4);
  }
  const next = async (sector: number) => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    return fatSector === undefined ? END_OF_CHAIN : readUint32(sectorAt(fatSector) + (sector % perSector) * 4);
  };
  for (let s = h.getUint32(0x30, true), hops = 0; s < END_OF_CHAIN && hops < MAX_CHAIN; s = await next(s), hops++) {
    const sector = await src.read(sectorAt(s), sectorSize);
    for (let e = 0; e + 128 <= sector.length; e += 128) {
      const type = sector[e + 0x42];
      const nameBytes = Math.min(64, sector[e + 0x40] | (sector[e + 0x41] << 8));
      if ((type === 1 || type === 2) && nameBytes >= 2)
        names.add(new TextDecoder('utf-16le').decode(sector.subarray(e, e + nameBytes - 2)));
    }
  }
  return names;
}

/**
 * Throws the WorkbookFileError that says what the file is when it is not what its extension
 * promises: an .xlsx must be a workbook; a .csv must not be a workbook or another Office file (text
 * in any encoding is left to the CSV reader).
 */
export function requireContent(sniffed: Sniffed, expected: 'xlsx' | 'csv', file: string): void {
  const kind = sniffed.kind;
  if (expected === 'xlsx' ? kind === 'xlsx' : kind === 'text' || kind === 'binary') return;
  if (kind === 'xlsx') throw new WorkbookFileError('xlsxNamedCsv', file); // a workbook, but .csv was expected
  if (kind === 'text') throw new WorkbookFileError('textNamedXlsx', file); // text, but .xlsx was expected
  throw new WorkbookFileError(kind, file);
}

/** Excel's limit on a sheet name; ExcelJS cuts longer names and then fails on its own copy. */
export const MAX_SHEET_NAME = 31;

/** The sheet names listed in xl/workbook.xml, in tab order ([] when it cannot be read). */
export async function workbookSheetNames(src: ByteSource, zip: ZipDirectory): Promise<string[]> {
  const entry = zip.entries.find((e) => e.name === 'xl/workbook.xml');
  const xml = entry ? await readZipEntryText(src, entry) : null;
  if (!xml) return [];
  const names: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = xmlAttributes(m[1]).name;
    if (name !== undefined) names.push(name);
  }
  return names;
}

/** Throws when a sheet name is longer than Excel allows (a file another program wrote). */
export async function requireExcelSheetNames(src: ByteSource, sniffed: Sniffed, file: string): Promise<void> {
  if (!sniffed.zip) return;
  // UTF-16 units, as ExcelJS and Excel count them
  const tooLong = (await workbookSheetNames(src, sniffed.zip)).find((n) => n.length > MAX_SHEET_NAME);
  if (tooLong !== undefined)
    throw new WorkbookFileError('sheetNameTooLong', file, { sheet: tooLong, length: tooLong.length });
}

/**
 * After a reader failed on a file that looked like a workbook: a WorkbookFileError naming the part
 * that fails its checksum when the zip is damaged inside, or the reader's own error when every
 * part is intact (then the reader, not the file, is at fault).
 */
export async function explainReadFailure(
  src: ByteSource,
  sniffed: Sniffed,
  file: string,
  e: unknown,
): Promise<unknown> {
  if (e instanceof WorkbookFileError || !sniffed.zip) return e;
  const part = await firstDamagedEntry(src, sniffed.zip);
  return part === null ? e : new WorkbookFileError('damaged', file, { part });
}
