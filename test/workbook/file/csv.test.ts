import * as iconv from 'iconv-lite';
import { CsvParser, detectEncoding, utf8Sequences } from '../../../src/workbook/file/csv';

/** Rows and problems of a text pushed in two chunks cut at `cut` (whole when undefined). */
function parse(text: string, cut?: number, options?: ConstructorParameters<typeof CsvParser>[2]) {
  const rows: string[][] = [];
  const p = new CsvParser((r) => rows.push(r), ',', options);
  if (cut === undefined) p.push(text);
  else {
    p.push(text.slice(0, cut));
    p.push(text.slice(cut));
  }
  p.end();
  return { rows, problems: p.problems };
}

/** The same rows and problems wherever the text is cut into two chunks. */
function expectSameAtEveryCut(text: string) {
  const whole = parse(text);
  for (let cut = 1; cut < text.length; cut++) expect({ cut, ...parse(text, cut) }).toEqual({ cut, ...whole });
  return whole;
}

describe('CsvParser', () => {
  test('CR, CRLF and LF inside a quoted field are kept as written; line ends between records are not', () => {
    const { rows, problems } = expectSameAtEveryCut('a,b\r\n"x\r\ny","p\rq"\r\n"m\nn",z\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['x\r\ny', 'p\rq'],
      ['m\nn', 'z'],
    ]);
    expect(problems).toEqual([]);
  });

  test('a quote never closed: the field ends with its line, later records are read, the line and column are listed', () => {
    const text = 'id,name,phone\r\nC1,"王伟\r\n第二行",138\r\nC2,"李娜,139\r\nC3,张三,137\r\nC4,赵四,136\r\n';
    const { rows, problems } = expectSameAtEveryCut(text);
    expect(rows).toEqual([
      ['id', 'name', 'phone'],
      ['C1', '王伟\r\n第二行', '138'],
      ['C2', '李娜,139'],
      ['C3', '张三', '137'],
      ['C4', '赵四', '136'],
    ]);
    // C2's quote opened on line 4 (C1's record spans lines 2-3); it is row 3 of the sheet, column B
    expect(problems).toEqual([{ kind: 'quote', row: 3, column: 1, line: 4 }]);
  });

  test('a quote that "closes" lines later before a non-delimiter is taken as never closed', () => {
    const text = 'a,b,c\nC1,"x,y\nC2,"q",r\nC3,s,t\n';
    const { rows, problems } = expectSameAtEveryCut(text);
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['C1', 'x,y'],
      ['C2', 'q', 'r'],
      ['C3', 's', 't'],
    ]);
    expect(problems).toEqual([{ kind: 'quote', row: 2, column: 1, line: 2 }]);
  });

  test('a quote open at the very end of the text, on its last line', () => {
    const { rows, problems } = expectSameAtEveryCut('a,b\nC1,"unfinished');
    expect(rows).toEqual([
      ['a', 'b'],
      ['C1', 'unfinished'],
    ]);
    expect(problems).toEqual([{ kind: 'quote', row: 2, column: 1, line: 2 }]);
  });

  test('many unclosed quotes do not nest (no recursion per quote)', () => {
    const lines = ['a,b'];
    for (let i = 0; i < 20000; i++) lines.push(`C${i},"x${i}`);
    const { rows, problems } = parse(lines.join('\n') + '\n');
    expect(rows).toHaveLength(20001);
    expect(rows[20000]).toEqual(['C19999', 'x19999']);
    expect(problems).toHaveLength(20000);
  });

  test('rows and columns past the limits are left out and counted', () => {
    const { rows, problems } = parse('a,b,c,d\n1,2\n3,4,5,6,7\n\n\n8\n9\n', undefined, { maxRows: 3, maxColumns: 3 });
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['1', '2'],
      ['3', '4', '5'],
    ]);
    expect(problems).toEqual([
      { kind: 'columns', row: 1, count: 5, kept: 3 },
      { kind: 'rows', row: 4, count: 2 },
    ]);
  });

  test('fields holding U+FFFD (bytes the decoder could not read) are listed with their line', () => {
    const { problems } = parse('a,b\nok,fine\n"x\ny",b\uFFFDd\n', undefined, { encoding: 'UTF-8' });
    expect(problems).toEqual([{ kind: 'bytes', row: 3, column: 1, line: 4, encoding: 'UTF-8' }]);
  });
});

describe('encoding detection', () => {
  const csv = '客户编号,客户名称,电话\r\nC001,王伟,13812345678\r\nC002,李娜,13812345679\r\n';
  test.each([
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv, 'utf16le').swap16()]), 'utf-16be'],
    ['UTF-16LE without BOM', Buffer.from(csv, 'utf16le'), 'utf-16le'],
    ['UTF-16BE without BOM', Buffer.from(csv, 'utf16le').swap16(), 'utf-16be'],
    ['UTF-8', Buffer.from(csv, 'utf8'), 'utf-8'],
    ['GB18030', iconv.encode(csv.repeat(20), 'gb18030'), 'gb18030'],
  ])('%s', (_name, bytes, expected) => {
    expect(detectEncoding(bytes)).toBe(expected);
  });

  test('UTF-8 with one bad byte is UTF-8; GB18030 text is not', () => {
    const bytes = Buffer.from(csv.repeat(5), 'utf8');
    bytes[12] = 0xff; // the comma after 客户编号
    expect(utf8Sequences(bytes).invalid).toBe(1);
    expect(detectEncoding(bytes)).toBe('utf-8');
  });
});
