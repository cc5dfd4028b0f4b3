/**
 * Reading .csv files in Node (fs, iconv-lite for GB18030): the whole text for the memory workbook,
 * or a stream straight into a columnar Table for big files. The parsing and the encoding
 * detection are csv.ts's, shared with the browser.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import type { SheetDef, SheetKey } from '../../domain/schema';
import type { WorkbookData } from '../../domain/table';
import {
  CsvParser,
  CsvTableBuilder,
  csvDecoder,
  decodeCsv,
  detectEncoding,
  encodingLabel,
  identifyCsv,
  sniffDelimiter,
  type Encoding,
} from './csv';

/** Bytes the streaming reader detects the encoding on. */
const HEAD_BYTES = 1 << 16;

const gb18030Stream = () => iconv.getDecoder('gb18030');
const gb18030Whole = (b: Uint8Array) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), 'gb18030');

/** The text of a CSV file's bytes (BOM stripped), and the encoding it was read as. */
export function decodeCsvFileText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  return decodeCsv(bytes, gb18030Whole);
}

/** The text of a CSV file's bytes (UTF-8, UTF-16 or GB18030; BOM stripped). */
export function decodeCsvFile(bytes: Uint8Array): string {
  return decodeCsvFileText(bytes).text;
}

/**
 * Streams a CSV into the Table of the schema sheet it is (by file name, then headers; default
 * Customers). The encoding is detected on the first 64 KB; when those are plain ASCII and a later
 * chunk is not UTF-8, the reading starts again in the encoding that chunk shows.
 */
export async function readCsvData(file: string, options: { sheets?: SheetKey[] }): Promise<WorkbookData> {
  const name = path.basename(file, path.extname(file));
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = await fs.promises.open(file, 'r');
  let headLen = 0;
  try {
    headLen = (await fd.read(head, 0, head.length, 0)).bytesRead;
  } finally {
    await fd.close();
  }
  const headBytes = head.subarray(0, headLen);
  const encoding = detectEncoding(headBytes, headLen === head.length);
  // ASCII alone tells nothing: read as UTF-8, but strictly, to notice a later GB18030 part
  const undecided = encoding === 'utf-8' && !headBytes.some((b) => b >= 0x80);
  try {
    return await streamCsv(file, name, encoding, options, undecided);
  } catch (e) {
    if (!(e instanceof UndecidedEncoding)) throw e;
    return streamCsv(file, name, detectEncoding(e.chunk, true), options, false);
  }
}

class UndecidedEncoding extends Error {
  constructor(readonly chunk: Uint8Array) {
    super('not UTF-8 past the first 64 KB');
  }
}

async function streamCsv(
  file: string,
  name: string,
  encoding: Encoding,
  options: { sheets?: SheetKey[] },
  strictUtf8: boolean,
): Promise<WorkbookData> {
  let builder: CsvTableBuilder | null = null;
  let def: SheetDef | null = null;
  let wanted = true;
  let parser: CsvParser | null = null;
  const onRow = (row: string[]) => {
    if (!def) {
      def = identifyCsv(name, row);
      wanted = !options.sheets || options.sheets.includes(def.key);
      builder = new CsvTableBuilder(def, name, row);
      return;
    }
    if (wanted) builder!.addRow(row);
  };
  const strict = strictUtf8 ? new TextDecoder('utf-8', { fatal: true }) : null;
  const decoder = csvDecoder(encoding, gb18030Stream);
  let first = true;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    let text: string;
    if (strict) {
      try {
        text = strict.decode(chunk as Buffer, { stream: true });
      } catch {
        throw new UndecidedEncoding(chunk as Buffer);
      }
    } else text = decoder.write(chunk as Buffer);
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      parser = new CsvParser(onRow, sniffDelimiter(text), { encoding: encodingLabel(encoding) });
    }
    parser!.push(text);
    if (def && !wanted) break;
  }
  if (parser) {
    const rest = strict ? strict.decode() : decoder.end();
    if (rest) parser.push(rest);
    parser.end();
  }
  const b = builder as CsvTableBuilder | null;
  if (!b || !wanted) return {};
  if (parser!.problems.length) b.table.readProblems = parser!.problems;
  return { [b.table.sheet]: b.table };
}
