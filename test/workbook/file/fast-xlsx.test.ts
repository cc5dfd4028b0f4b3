import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { strToU8, zipSync } from 'fflate';
import { buildSample } from '../../../src/sample';
import {
  readWorkbookData as readWithFallback,
  readXlsxDataExcelJS,
  readXlsxDataFast,
  saveWorkbookFile,
} from '../../../src/workbook/file';

// The fast path alone: with the ExcelJS fallback a fast-reader failure would pass unnoticed.
const readWorkbookData = readXlsxDataFast;
import { decodeEntities } from '../../../src/workbook/file/xml';
import {
  UNCALCULATED_FORMULA,
  isDateFormatCode,
  readXlsxRows,
  scanSheetXml,
} from '../../../src/workbook/file/fast-xlsx';
import type { CellValue } from '../../../src/domain/table';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-fast-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A cell as the fast reader hands it over (a formula without a stored result is a marker). */
type RowValue = CellValue | typeof UNCALCULATED_FORMULA;

/** Every row the fast reader hands over, per sheet. */
async function fastRows(file: string): Promise<Record<string, { n: number; values: RowValue[] }[]>> {
  const out: Record<string, { n: number; values: RowValue[] }[]> = {};
  await readXlsxRows(file, (name) => {
    const rows: { n: number; values: RowValue[] }[] = (out[name] = []);
    return { wantsRows: true, addRow: (n, values) => rows.push({ n, values }), finish: () => undefined };
  });
  return out;
}

/** The same sheet XML through both readers must give the same WorkbookData. */
async function expectSameAsExcelJS(file: string): Promise<void> {
  const fast = await readWorkbookData(file);
  const reference = await readXlsxDataExcelJS(file);
  expect(Object.keys(fast).sort()).toEqual(Object.keys(reference).sort());
  expect(Object.keys(reference).length).toBeGreaterThan(0);
  // toStrictEqual: sparse header arrays, undefined vs missing keys and Date vs number all count.
  expect(fast).toStrictEqual(reference);
}

describe('fast xlsx reader against ExcelJS', () => {
  const samplePath = path.join(dir, 'sample.xlsx');

  beforeAll(async () => {
    await saveWorkbookFile(buildSample().workbook, samplePath);
  });

  test('the sample workbook (written by ExcelJS)', async () => {
    await expectSameAsExcelJS(samplePath);
    expect(await readWithFallback(samplePath)).toStrictEqual(await readXlsxDataFast(samplePath));
    const data = await readWorkbookData(samplePath);
    expect(data.Customers!.length).toBeGreaterThan(10);
    expect(data.Customers!.columns.FirstContact.some((v) => v instanceof Date)).toBe(true);
    // Only some sheets: the others stop after their header row (or are never inflated).
    const staffOnly = await readWorkbookData(samplePath, { sheets: ['Staff'] });
    expect(Object.keys(staffOnly)).toEqual(['Staff']);
    expect(staffOnly).toStrictEqual(await readXlsxDataExcelJS(samplePath, { sheets: ['Staff'] }));
  });

  test('the sample workbook as saved by LibreOffice', async () => {
    if (!fs.existsSync('/usr/bin/soffice')) {
      console.warn('LibreOffice (/usr/bin/soffice) missing: LibreOffice case skipped');
      return;
    }
    const outDir = path.join(dir, 'lo');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-lo-profile-'));
    try {
      fs.mkdirSync(outDir);
      const source = path.join(dir, 'sample-for-lo.xlsx');
      fs.copyFileSync(samplePath, source);
      execFileSync(
        '/usr/bin/soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, source],
        {
          stdio: 'ignore',
          timeout: 180_000,
        },
      );
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
    const converted = path.join(outDir, 'sample-for-lo.xlsx');
    expect(fs.existsSync(converted)).toBe(true);
    await expectSameAsExcelJS(converted);
    const data = await readWorkbookData(converted);
    const original = await readWorkbookData(samplePath);
    expect(data.Customers!.length).toBe(original.Customers!.length);
    expect(data.Customers!.columns.Name).toEqual(original.Customers!.columns.Name);
  }, 240_000);
});

// ---------------------------------------------------------------- hand-made workbooks

interface HandMade {
  sheetXml: string;
  sharedStrings?: string[];
  /** extra <numFmt> elements and the numFmtId of each cellXfs entry (index = style id) */
  numFmts?: string;
  xfNumFmtIds?: number[];
  sheetName?: string;
  date1904?: boolean;
  /** zip entries stored, not deflated */
  stored?: boolean;
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function writeXlsx(file: string, h: HandMade): void {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const xfs = (h.xfNumFmtIds ?? [0])
    .map(
      (id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`,
    )
    .join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><workbookPr${h.date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="${esc(h.sheetName ?? 'Customers')}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml':
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (h.numFmts ? `<numFmts>${h.numFmts}</numFmts>` : '') +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${(h.xfNumFmtIds ?? [0]).length}">${xfs}</cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${(h.sharedStrings ?? []).join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${h.sheetXml}</sheetData></worksheet>`,
  };
  const zipped: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(parts)) zipped[name] = strToU8(xml);
  fs.writeFileSync(file, zipSync(zipped, { level: h.stored ? 0 : 6 }));
}

let fileNo = 0;
function handMade(h: HandMade): string {
  const file = path.join(dir, `hand-${++fileNo}.xlsx`);
  writeXlsx(file, h);
  return file;
}

const HEADER_SST = [
  '<si><t>客户编号</t></si>',
  '<si><t>客户名称</t></si>',
  '<si><t>首次接触</t></si>',
  '<si><t>电话</t></si>',
];
const HEADER_ROW =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>';

describe('fast xlsx reader on hand-made sheets', () => {
  test('inline strings, rich inline strings and phonetic runs', async () => {
    const file = handMade({
      sharedStrings: HEADER_SST,
      sheetXml:
        HEADER_ROW +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>C001</t></is></c><c r="B2" t="inlineStr"><is><r><t>王</t></r><r><rPr><b/></rPr><t xml:space="preserve">伟 </t></r><rPh sb="0" eb="1"><t>ワン</t></rPh></is></c></row>',
    });
    const t = (await readWorkbookData(file)).Customers!;
    expect(t.columns.CustomerId).toEqual(['C001']);
    expect(t.columns.Name).toEqual(['王伟 ']);
  });

  test('XML entities in shared strings, inline strings, formula strings and sheet names', async () => {
    const file = handMade({
      sheetName: 'Customers & co',
      sharedStrings: [
        ...HEADER_SST,
        '<si><t>A&amp;B &lt;Ltd&gt; &quot;q&quot; &apos;s&apos; &#x4E2D;&#22269;</t></si>',
      ],
      sheetXml:
        HEADER_ROW +
        '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="inlineStr"><is><t>x &amp;amp; y</t></is></c><c r="D2" t="str"><f>"a"&amp;"&lt;b"</f><v>a&lt;b</v></c></row>',
    });
    const rows = await fastRows(file);
    expect(Object.keys(rows)).toEqual(['Customers & co']);
    expect(rows['Customers & co'][1].values[1]).toBe('A&B <Ltd> "q" \'s\' 中国');
    // Decoded once: the text "&amp;" stays "&amp;" (ExcelJS's streaming reader decodes it twice).
    expect(rows['Customers & co'][1].values[2]).toBe('x &amp; y');
    expect(rows['Customers & co'][1].values[4]).toBe('a<b');
    expect(decodeEntities('&#65;&#x42;&bogus;&')).toBe('AB&bogus;&');
  });

  test('a date cell with a custom format becomes the same Date as ExcelJS makes it; a plain number stays a number', async () => {
    const file = handMade({
      sharedStrings: HEADER_SST,
      numFmts:
        '<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00&quot;元&quot;"/>',
      xfNumFmtIds: [0, 164, 165, 14],
      sheetXml:
        HEADER_ROW +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>C001</t></is></c><c r="B2" s="2"><v>45000.5</v></c><c r="C2" s="1"><v>45292</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>C002</t></is></c><c r="C3" s="3"><v>45293.25</v></c></row>',
    });
    const t = (await readWorkbookData(file)).Customers!;
    expect(t.columns.FirstContact).toEqual([new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 2, 6))]);
    expect(t.columns.Name).toEqual([45000.5, null]);
    await expectSameAsExcelJS(file);
    expect(isDateFormatCode('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormatCode('[Red]0.00"元"')).toBe(false);
    expect(isDateFormatCode('#,##0 ;[Red](#,##0)')).toBe(false);
  });

  test('the 1904 date system, in a zip with stored (not deflated) entries', async () => {
    const file = handMade({
      date1904: true,
      stored: true,
      sharedStrings: HEADER_SST,
      xfNumFmtIds: [0, 14],
      sheetXml:
        HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>C001</t></is></c><c r="C2" s="1"><v>0</v></c></row>',
    });
    expect((await readWorkbookData(file)).Customers!.columns.FirstContact).toEqual([new Date(Date.UTC(1904, 0, 1))]);
  });

  test('rows and cells without an r attribute follow the previous ones', async () => {
    const file = handMade({
      sharedStrings: HEADER_SST,
      sheetXml:
        HEADER_ROW +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>C003</t></is></c><c t="inlineStr"><is><t>张三</t></is></c></row>' +
        '<row><c t="inlineStr"><is><t>C004</t></is></c><c r="D4" t="inlineStr"><is><t>13800000000</t></is></c><c><v>7</v></c></row>' +
        '<row r="6"/><row><c t="inlineStr"><is><t>C007</t></is></c></row>',
    });
    const rows = (await fastRows(file)).Customers;
    expect(rows.map((r) => r.n)).toEqual([1, 3, 4, 6, 7]);
    expect(rows[2].values[5]).toBe(7);
    const t = (await readWorkbookData(file)).Customers!;
    expect(t.rowNumbers).toEqual([3, 4, 7]);
    expect(t.columns.CustomerId).toEqual(['C003', 'C004', 'C007']);
    expect(t.columns.Name).toEqual(['张三', null, null]);
    expect(t.columns.Phone).toEqual([null, '13800000000', null]);
  });

  test("a formula's cached value is the cell's value; booleans, errors and a formula without a cached value", async () => {
    const file = handMade({
      sharedStrings: [...HEADER_SST, '<si><t>备注</t></si>'],
      xfNumFmtIds: [0, 14],
      sheetXml:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>' +
        '<row r="2"><c r="A2" t="str"><f>"C"&amp;"001"</f><v>C001</v></c><c r="B2"><f>1+1</f><v>2</v></c><c r="C2" s="1"><f>DATE(2024,1,1)</f><v>45292</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c></row>' +
        '<row r="3"><c r="A3" t="b"><f>TRUE()</f><v>0</v></c><c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C3"><f>A1</f></c><c r="E3" t="str"><f shared="1" si="0" ref="E3:E4"/><v>x&gt;y</v></c></row>',
    });
    const t = (await readWorkbookData(file)).Customers!;
    expect(t.columns.CustomerId).toEqual(['C001', false]);
    expect(t.columns.Name).toEqual([2, '#DIV/0!']);
    expect(t.columns.FirstContact).toEqual([new Date(Date.UTC(2024, 0, 1)), null]);
    expect(t.columns.Phone).toEqual([true, null]);
    expect(t.columns.Notes).toEqual(['#N/A', 'x>y']);
    // the formula without a cached value is listed, for the uncalculated-formula warning
    expect(t.uncalculated).toEqual({ FirstContact: [1] });
  });

  test('formulas without a cached value (a file written by a program): blank, listed in uncalculated, as ExcelJS reads them', async () => {
    const file = handMade({
      sharedStrings: HEADER_SST,
      sheetXml:
        HEADER_ROW +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>C001</t></is></c><c r="B2" t="str"><f>"王"&amp;"伟"</f></c><c r="D2"><f>E2</f><v></v></c><c r="E2"><v>13800000000</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>C002</t></is></c><c r="B3" t="str"><f>"李"&amp;"娜"</f><v>李娜</v></c></row>',
    });
    const t = (await readWorkbookData(file)).Customers!;
    expect(t.columns.Name).toEqual([null, '李娜']);
    expect(t.columns.Phone).toEqual([null, null]);
    // B3's result is stored: only the cells without a stored result are listed
    expect(t.uncalculated).toEqual({ Name: [0], Phone: [0] });
    // ExcelJS read these as "[object Object]" before; both readers now agree
    await expectSameAsExcelJS(file);
  });

  test('numbers typed in an ID column are recorded in numericCodes, as the ExcelJS path does', async () => {
    const file = handMade({
      sharedStrings: [...HEADER_SST, '<si><t>证件号码</t></si>'],
      sheetXml:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>4</v></c></row>' +
        '<row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="inlineStr"><is><t>王伟</t></is></c><c r="C2"><v>1.10105194912310E+17</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>C002</t></is></c><c r="B3" t="inlineStr"><is><t>李娜</t></is></c><c r="C3" t="inlineStr"><is><t>11010519491231002X</t></is></c></row>',
    });
    const t = (await readWorkbookData(file)).Customers!;
    expect(t.numericCodes).toEqual({ CustomerId: [0], IdNumber: [0] });
    expect(t.columns.CustomerId[1]).toBe('C002');
    expect(typeof t.columns.CustomerId[0]).toBe('string');
    await expectSameAsExcelJS(file);
  });

  test('the header is the first non-blank row; blank rows are skipped', async () => {
    const file = handMade({
      sharedStrings: HEADER_SST,
      sheetXml:
        '<row r="1"><c r="A1" t="inlineStr"><is><t> </t></is></c></row>' +
        HEADER_ROW.replace(/r="(\w)1"/g, 'r="$12"').replace('r="1"', 'r="2"') +
        '<!-- a comment <row> --><row r="3"><c r="A3" t="inlineStr"><is><t>C1</t></is></c><c r="B3" t="s"><v>1</v></c></row><row r="4"><c r="B4" t="inlineStr"><is><t> </t></is></c></row>' +
        '<row r="5" spans="1:4" ht="15"><c r="A5" s="0" t="inlineStr"><is><t>C2</t></is></c></row>',
    });
    const t = (await readWorkbookData(file)).Customers!;
    expect(t.headerRow).toBe(2);
    expect(t.rowNumbers).toEqual([3, 5]);
    expect(t.columns.Name).toEqual(['客户名称', null]);
    await expectSameAsExcelJS(file);
  });

  test('sheet XML split at every byte reads the same rows', () => {
    const xml = Buffer.from(
      '<?xml version="1.0"?><worksheet><sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>45292</v></c>' +
        '<c r="C1" t="inlineStr"><is><r><t xml:space="preserve">a &amp; </t></r><r><t>中文</t></r></is></c></row><!-- x -->' +
        '<row r="2"><c r="A2" t="str"><f>"x"</f><v>&#x4E2D;&lt;</v></c><c r="B2" t="b"><v>1</v></c><c r="C2"><v>-12.5E3</v></c></row></sheetData></worksheet>',
      'utf8',
    );
    const context = { sharedStrings: ['zero', 'one'], dateStyles: [false, true] };
    const read = (chunks: Uint8Array[]) => {
      const rows: [number, RowValue[]][] = [];
      scanSheetXml(chunks, { wantsRows: true, addRow: (n, v) => rows.push([n, v]), finish: () => undefined }, context);
      return rows;
    };
    const whole = read([xml]);
    expect(whole).toEqual([
      [1, [undefined, 'one', new Date(Date.UTC(2024, 0, 1)), 'a & 中文']],
      [2, [undefined, '中<', true, -12500]],
    ]);
    for (let cut = 1; cut < xml.length; cut++) expect(read([xml.subarray(0, cut), xml.subarray(cut)])).toEqual(whole);
    const bytes: Uint8Array[] = [];
    for (let k = 0; k < xml.length; k++) bytes.push(xml.subarray(k, k + 1));
    expect(read(bytes)).toEqual(whole);
  });

  test('a file that is not a zip is reported as what it is before either reader runs', async () => {
    const file = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(file, 'not a zip at all');
    await expect(readWithFallback(file)).rejects.toMatchObject({ code: 'textNamedXlsx', file });
    await expect(readXlsxDataFast(file)).rejects.toThrow(/zip/);
  });
});
