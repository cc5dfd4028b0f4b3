/** What a file really is, from its bytes alone (src/workbook/file/sniff.ts). */
import { bytesSource, requireContent, sniffContent, WorkbookFileError } from '../../src/workbook/file';
import { compoundFile, openpyxlWorkbook, zipFile } from './builders';

const kindOf = async (bytes: Uint8Array) => (await sniffContent(bytesSource(bytes))).kind;
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sniffContent', () => {
  test('compound files: encrypted package, .xls, other Office documents', async () => {
    expect(await kindOf(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toBe('encrypted');
    expect(await kindOf(compoundFile(['Workbook']))).toBe('xls');
    expect(await kindOf(compoundFile(['Book']))).toBe('xls'); // Excel 5.0/95
    expect(await kindOf(compoundFile(['WordDocument', '1Table']))).toBe('ole');
    // a directory over several sectors: the names that matter in the last one
    const many = ['\u0006DataSpaces', 'a', 'b', 'c', 'd', 'e', 'EncryptionInfo', 'EncryptedPackage'];
    expect(await kindOf(compoundFile(many))).toBe('encrypted');
    // cut short after the header: a compound file, nothing more can be told
    expect(await kindOf(compoundFile(['Workbook']).subarray(0, 600))).toBe('ole');
  });

  test('zip archives: workbook, OpenDocument, Word, PowerPoint, .xlsb, other, cut short', async () => {
    const xlsx = openpyxlWorkbook({});
    expect(await kindOf(xlsx)).toBe('xlsx');
    const od = (type: string) => zipFile({ mimetype: type, 'content.xml': '<x/>' });
    expect(await kindOf(od('application/vnd.oasis.opendocument.spreadsheet'))).toBe('ods');
    expect(await kindOf(od('application/vnd.oasis.opendocument.text'))).toBe('odf');
    expect(await kindOf(zipFile({ 'word/document.xml': '<w/>' }))).toBe('docx');
    expect(await kindOf(zipFile({ 'ppt/presentation.xml': '<p/>' }))).toBe('pptx');
    expect(await kindOf(zipFile({ 'xl/workbook.bin': 'x' }))).toBe('xlsb');
    expect(await kindOf(zipFile({ 'a.txt': 'x' }))).toBe('zip');
    expect(await kindOf(zipFile({}))).toBe('zip'); // an empty archive starts with its end record
    expect(await kindOf(xlsx.subarray(0, xlsx.length - 10))).toBe('truncated'); // end record cut
    // the end record kept, the middle gone: entries point past the directory's start
    const head = xlsx.subarray(0, 200);
    const tail = xlsx.subarray(xlsx.length - 22);
    const spliced = new Uint8Array([...head, ...tail]);
    expect(await kindOf(spliced)).toBe('truncated');
  });

  test('text in any encoding, and what is neither', async () => {
    expect(await kindOf(new Uint8Array())).toBe('empty');
    expect(await kindOf(utf8('客户编号,客户名称\n'))).toBe('text');
    expect(await kindOf(new Uint8Array([0xff, 0xfe, 0x2a, 0x5b, 0x00, 0x00]))).toBe('text'); // UTF-16LE with BOM
    expect(await kindOf(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe('binary');
  });
});

describe('requireContent', () => {
  test('what each extension accepts, and the error code for the rest', async () => {
    const sniffed = async (bytes: Uint8Array) => sniffContent(bytesSource(bytes));
    const xlsx = await sniffed(openpyxlWorkbook({}));
    const text = await sniffed(utf8('a,b\n'));
    const binary = await sniffed(new Uint8Array([1, 0, 2]));
    expect(() => requireContent(xlsx, 'xlsx', 'f.xlsx')).not.toThrow();
    expect(() => requireContent(text, 'csv', 'f.csv')).not.toThrow();
    expect(() => requireContent(binary, 'csv', 'f.csv')).not.toThrow(); // left to the CSV reader's encodings
    expect(() => requireContent(xlsx, 'csv', 'f.csv')).toThrow(new WorkbookFileError('xlsxNamedCsv', 'f.csv'));
    expect(() => requireContent(text, 'xlsx', 'f.xlsx')).toThrow(new WorkbookFileError('textNamedXlsx', 'f.xlsx'));
    expect(() => requireContent(binary, 'xlsx', 'f.xlsx')).toThrow(new WorkbookFileError('binary', 'f.xlsx'));
  });
});
