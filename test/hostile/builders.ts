/**
 * Small hostile inputs built in a temp dir (no binary fixtures), and ways to run the command line
 * on them: in-process (main with a capturing io) or as a child process (cli-child.js).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { spawn, type ChildProcess } from 'child_process';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { main } from '../../src/cli';
import { buildSample } from '../../src/sample';
import { memoryToXlsxBuffer } from '../../src/workbook/file';

export function tempDir(prefix: string): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** main() in this process, with stdout and stderr captured. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const CHILD = path.join(__dirname, 'cli-child.js');

/** The command line as a child process (from the TypeScript sources, no build needed). */
export function spawnCli(argv: string[], cwd?: string): ChildProcess {
  return spawn(process.execPath, [CHILD, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
}

/** What a user must never see for a mistake of theirs: a stack trace or the "unexpected error" text. */
export function expectNoCrash(run: CliRun): void {
  const all = run.out + '\n' + run.err;
  expect(all).not.toMatch(/\n\s+at .+[:(]\d+/);
  expect(all).not.toMatch(/意外错误|Unexpected error|TypeError|RangeError|ENOENT|EISDIR|Corrupted zip/);
}

// ---------------------------------------------------------------- workbooks

/** A sample workbook of the product's own layout, written by ExcelJS (not by the code under test's writer). */
export async function sampleWorkbook(file: string, customers = 40, seed = 7): Promise<Buffer> {
  const { workbook } = buildSample({ customers, seed, today: '2026-06-15' });
  const bytes = Buffer.from(await memoryToXlsxBuffer(workbook));
  fs.writeFileSync(file, bytes);
  return bytes;
}

export function zipFile(entries: Record<string, string>, level: 0 | 6 = 6): Uint8Array {
  const z: Zippable = {};
  for (const [name, text] of Object.entries(entries))
    z[name] = [strToU8(text), { level: name === 'mimetype' ? 0 : level }];
  return zipSync(z);
}

/** Every entry of a zip inflates and matches its CRC-32 (the check a half-overwritten zip fails). */
export function zipIntact(bytes: Buffer): boolean {
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65557; i--)
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return false;
  const count = bytes.readUInt16LE(end + 10);
  let p = bytes.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) return false;
    const method = bytes.readUInt16LE(p + 10);
    const crc = bytes.readUInt32LE(p + 16);
    const size = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const local = bytes.readUInt32LE(p + 42);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return false;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    try {
      const raw = bytes.subarray(start, start + size);
      const data = method === 8 ? zlib.inflateRawSync(raw) : raw;
      if (zlib.crc32(data) !== crc) return false;
    } catch {
      return false;
    }
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return true;
}

// ---------------------------------------------------------------- compound files (OLE2 / CFB)

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/**
 * A compound file (MS-CFB, version 3, 512-byte sectors) holding the named streams, each 4096
 * bytes (so in regular sectors, not the mini stream): what an encrypted .xlsx (EncryptionInfo,
 * EncryptedPackage) or an .xls (Workbook) is on disk, minus the real content.
 */
export function compoundFile(streams: string[]): Buffer {
  const SECTOR = 512;
  const STREAM_SECTORS = 8;
  const entries = ['Root Entry', ...streams];
  const dirSectors = Math.ceil(entries.length / 4);
  const sectors = 1 + dirSectors + streams.length * STREAM_SECTORS;
  const fat = new Array<number>(SECTOR / 4).fill(FREE);
  fat[0] = FAT_SECTOR;
  const chain = (first: number, length: number) => {
    for (let i = 0; i < length; i++) fat[first + i] = i === length - 1 ? END_OF_CHAIN : first + i + 1;
  };
  chain(1, dirSectors);
  const streamStart = (k: number) => 1 + dirSectors + k * STREAM_SECTORS;
  streams.forEach((_, k) => chain(streamStart(k), STREAM_SECTORS));

  const file = Buffer.alloc(SECTOR * (1 + sectors));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e);
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c); // FAT sectors
  file.writeUInt32LE(1, 0x30); // first directory sector
  file.writeUInt32LE(4096, 0x38); // mini stream cutoff
  file.writeUInt32LE(END_OF_CHAIN, 0x3c);
  file.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) file.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const sectorAt = (n: number) => SECTOR * (n + 1);
  fat.forEach((v, i) => file.writeUInt32LE(v >>> 0, sectorAt(0) + i * 4));
  for (let d = 0; d < dirSectors * 4; d++) {
    const at = sectorAt(1) + d * 128;
    file.writeUInt32LE(FREE, at + 0x44);
    file.writeUInt32LE(FREE, at + 0x48);
    file.writeUInt32LE(FREE, at + 0x4c);
    if (d >= entries.length) continue;
    const name = Buffer.from(entries[d] + '\0', 'utf16le');
    name.copy(file, at);
    file.writeUInt16LE(name.length, at + 0x40);
    file[at + 0x42] = d === 0 ? 5 : 2;
    file[at + 0x43] = 1;
    if (d === 0) file.writeUInt32LE(entries.length > 1 ? 1 : FREE, at + 0x4c);
    else if (d + 1 < entries.length) file.writeUInt32LE(d + 1, at + 0x48); // a chain of right siblings
    file.writeUInt32LE(d === 0 ? END_OF_CHAIN : streamStart(d - 1), at + 0x74);
    file.writeUInt32LE(d === 0 ? 0 : STREAM_SECTORS * SECTOR, at + 0x78);
  }
  for (let k = 0; k < streams.length; k++)
    file.fill(0x5a + k, sectorAt(streamStart(k)), sectorAt(streamStart(k) + STREAM_SECTORS));
  return file;
}

// ---------------------------------------------------------------- a workbook as openpyxl writes it

const NS = 'http://schemas.openxmlformats.org';
const REL = `${NS}/officeDocument/2006/relationships`;
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const relationships = (list: [string, string, string][]) =>
  `${XML}<Relationships xmlns="${NS}/package/2006/relationships">` +
  list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('') +
  '</Relationships>';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const OPENPYXL_HEADER = ['客户编号', '客户类型', '客户名称', '手机', '展厅', '销售员', '首次接触', '阶段'];
export const OPENPYXL_ROWS = [
  ['C1', '最终客户', '陈伟', '138 1234 5678', '一展厅', 'S001', '2026-11-01', '线索'],
  ['C2', '最终客户', '陳偉', '+86 138-1234-5678', '一展厅', 'S002', '2026-10-01', '线索'],
  ['C3', '最终客户', '李娜', '12345', '一展厅', 'S001', '2026-11-02', '洽谈'],
];

/**
 * The parts openpyxl 3.1 writes for one sheet 客户档案 with a table over it, a bar chart and a
 * note: absolute part names in the relationships (/xl/tables/table1.xml), shared strings, the
 * note at xl/comments/comment1.xml with its drawing at xl/drawings/commentsDrawing1.vml, and the
 * table's headerRowCount="1" written out.
 */
export function openpyxlWorkbook(parts: {
  table?: boolean;
  chart?: boolean;
  note?: boolean;
  /** A pivot table of the customers by salesperson, right of them (its cache refreshed on open). */
  pivot?: boolean;
  /** false: leave the table's headerRowCount out, as Excel does (the default is 1). */
  headerRowCount?: boolean;
}): Uint8Array {
  const rows = [OPENPYXL_HEADER, ...OPENPYXL_ROWS];
  const strings = [...new Set(rows.flat())];
  const last = String.fromCharCode(64 + OPENPYXL_HEADER.length) + rows.length;
  const sheetData = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">` +
        row
          .map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="s"><v>${strings.indexOf(v)}</v></c>`)
          .join('') +
        '</row>',
    )
    .join('');
  const sheetRels: [string, string, string][] = [];
  const overrides: [string, string][] = [
    ['/xl/workbook.xml', 'spreadsheetml.sheet.main+xml'],
    ['/xl/worksheets/sheet1.xml', 'spreadsheetml.worksheet+xml'],
    ['/xl/styles.xml', 'spreadsheetml.styles+xml'],
    ['/xl/sharedStrings.xml', 'spreadsheetml.sharedStrings+xml'],
  ];
  const files: Record<string, string> = {};
  let tail = '';
  if (parts.chart) {
    sheetRels.push(['rId1', 'drawing', '/xl/drawings/drawing1.xml']);
    overrides.push(['/xl/drawings/drawing1.xml', 'drawing+xml'], ['/xl/charts/chart1.xml', 'drawingml.chart+xml']);
    tail += `<drawing xmlns:r="${REL}" r:id="rId1"/>`;
    files['xl/drawings/drawing1.xml'] =
      `${XML}<xdr:wsDr xmlns:xdr="${NS}/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS}/drawingml/2006/main">` +
      '<xdr:oneCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
      '<xdr:ext cx="5400000" cy="2700000"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="1" name="Chart 1"/>' +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic><a:graphicData uri="${NS}/drawingml/2006/chart">` +
      `<c:chart xmlns:c="${NS}/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
      '<xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>';
    files['xl/drawings/_rels/drawing1.xml.rels'] = relationships([['rId1', 'chart', '/xl/charts/chart1.xml']]);
    files['xl/charts/chart1.xml'] =
      `${XML}<c:chartSpace xmlns:c="${NS}/drawingml/2006/chart" xmlns:a="${NS}/drawingml/2006/main"><c:roundedCorners val="0"/>` +
      '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/>' +
      `<c:order val="0"/><c:val><c:numRef><c:f>'客户档案'!$D$2:$D$${rows.length}</c:f></c:numRef></c:val></c:ser>` +
      '<c:axId val="10"/><c:axId val="100"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling>' +
      '<c:axPos val="l"/><c:crossAx val="100"/></c:catAx><c:valAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling>' +
      '<c:axPos val="l"/><c:crossAx val="10"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';
  }
  if (parts.note) {
    sheetRels.push(
      ['rId2', 'comments', '/xl/comments/comment1.xml'],
      ['anysvml', 'vmlDrawing', '/xl/drawings/commentsDrawing1.vml'],
    );
    overrides.push(['/xl/comments/comment1.xml', 'spreadsheetml.comments+xml']);
    tail += `<legacyDrawing xmlns:r="${REL}" r:id="anysvml"/>`;
    files['xl/comments/comment1.xml'] =
      `${XML}<comments xmlns="${NS}/spreadsheetml/2006/main"><authors><author>经理</author></authors><commentList>` +
      '<comment ref="C2" authorId="0" shapeId="0"><text><t>老客户,已核实</t></text></comment></commentList></comments>';
    files['xl/drawings/commentsDrawing1.vml'] =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>';
  }
  if (parts.table) {
    sheetRels.push(['rId3', 'table', '/xl/tables/table1.xml']);
    overrides.push(['/xl/tables/table1.xml', 'spreadsheetml.table+xml']);
    tail += `<tableParts count="1"><tablePart xmlns:r="${REL}" r:id="rId3"/></tableParts>`;
    files['xl/tables/table1.xml'] =
      `${XML}<table xmlns="${NS}/spreadsheetml/2006/main" id="1" name="客户表" displayName="客户表" ref="A1:${last}"${parts.headerRowCount === false ? '' : ' headerRowCount="1"'}>` +
      `<autoFilter ref="A1:${last}"/><tableColumns count="${OPENPYXL_HEADER.length}">` +
      OPENPYXL_HEADER.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join('') +
      '</tableColumns><tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
  }
  const workbookRels: [string, string, string][] = [];
  let pivotCaches = '';
  if (parts.pivot) {
    const cache = '/xl/pivotCache/pivotCacheDefinition1.xml';
    sheetRels.push(['rId4', 'pivotTable', '/xl/pivotTables/pivotTable1.xml']);
    workbookRels.push(['rId4', 'pivotCacheDefinition', cache]);
    overrides.push(
      ['/xl/pivotTables/pivotTable1.xml', 'spreadsheetml.pivotTable+xml'],
      [cache, 'spreadsheetml.pivotCacheDefinition+xml'],
    );
    pivotCaches = `<pivotCaches><pivotCache xmlns:r="${REL}" cacheId="1" r:id="rId4"/></pivotCaches>`;
    files['xl/pivotCache/pivotCacheDefinition1.xml'] =
      `${XML}<pivotCacheDefinition xmlns="${NS}/spreadsheetml/2006/main" refreshOnLoad="1" recordCount="0">` +
      `<cacheSource type="worksheet"><worksheetSource ref="A1:${last}" sheet="客户档案"/></cacheSource>` +
      `<cacheFields count="1"><cacheField name="${OPENPYXL_HEADER[0]}" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`;
    files['xl/pivotTables/pivotTable1.xml'] =
      `${XML}<pivotTableDefinition xmlns="${NS}/spreadsheetml/2006/main" name="数据透视表1" cacheId="1" dataCaption="值" ` +
      'updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" indent="0" outline="1" outlineData="1">' +
      '<location ref="J3:J4" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1"><pivotField showAll="0"/></pivotFields>' +
      '</pivotTableDefinition>';
    files['xl/pivotTables/_rels/pivotTable1.xml.rels'] = relationships([['rId1', 'pivotCacheDefinition', cache]]);
  }
  return zipFile({
    '[Content_Types].xml':
      `${XML}<Types xmlns="${NS}/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      overrides
        .map(([p, t]) => `<Override PartName="${p}" ContentType="application/vnd.openxmlformats-officedocument.${t}"/>`)
        .join('') +
      '</Types>',
    '_rels/.rels': relationships([['rId1', 'officeDocument', 'xl/workbook.xml']]),
    'xl/workbook.xml':
      `${XML}<workbook xmlns="${NS}/spreadsheetml/2006/main"><workbookPr/><workbookProtection/><bookViews><workbookView visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews>` +
      `<sheets><sheet xmlns:r="${REL}" name="客户档案" sheetId="1" state="visible" r:id="rId1"/></sheets><definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/>${pivotCaches}</workbook>`,
    'xl/_rels/workbook.xml.rels': relationships([
      ['rId1', 'worksheet', '/xl/worksheets/sheet1.xml'],
      ['rId2', 'styles', 'styles.xml'],
      ['rId3', 'sharedStrings', 'sharedStrings.xml'],
      ...workbookRels,
    ]),
    'xl/styles.xml':
      `${XML}<styleSheet xmlns="${NS}/spreadsheetml/2006/main"><numFmts count="0"/><fonts count="1"><font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts>` +
      '<fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" pivotButton="0" quotePrefix="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0" hidden="0"/></cellStyles><tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/></styleSheet>',
    'xl/sharedStrings.xml':
      `${XML}<sst xmlns="${NS}/spreadsheetml/2006/main" uniqueCount="${strings.length}">` +
      strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('') +
      '</sst>',
    'xl/worksheets/sheet1.xml':
      `${XML}<worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr>` +
      `<dimension ref="A1:${last}"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>` +
      `<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/><sheetData>${sheetData}</sheetData>` +
      `<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>${tail}</worksheet>`,
    ...(sheetRels.length ? { 'xl/worksheets/_rels/sheet1.xml.rels': relationships(sheetRels) } : {}),
    ...files,
  });
}

/** The same rows as a CSV, for comparing what the checks find. */
export function openpyxlRowsAsCsv(): string {
  return '\ufeff' + [OPENPYXL_HEADER, ...OPENPYXL_ROWS].map((r) => r.join(',')).join('\n') + '\n';
}
