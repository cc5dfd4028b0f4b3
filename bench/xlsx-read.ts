/**
 * Reading a big .xlsx: the fast reader (src/workbook/file/fast-xlsx.ts, what readWorkbookData
 * uses) against the ExcelJS streaming reader it replaced. Each read runs in its own node process,
 * so its peak RSS is the reader's own, not the bench's.
 *
 * The file is a Customers sheet as Excel keeps one: shared strings, dates as date-formatted
 * serials, written with ExcelJS's streaming WorkbookWriter (never held in memory whole).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { registerSection, type BenchTable } from './registry';
import { CUSTOMERS } from '../src/domain/schema';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红';
const CITIES = ['广州', '深圳', '佛山', '东莞', '珠海', '中山', '惠州', '江门', '肇庆', '清远'];
const SHOWROOMS = ['一展厅', '二展厅', '三展厅', '四展厅'];
const STAGES = ['线索', '洽谈', '已签约', '已交车', '已结束', '已流失'];
const SOURCES = ['来电', '到店', '外出拓展', '转介绍'];

/** A cheap deterministic row (no generator state): what matters here is the file's shape and size. */
function customerRow(i: number): unknown[] {
  const h = Math.imul(i + 1, 2654435761) >>> 0;
  const dealer = h % 10 === 0;
  const name = dealer
    ? `${CITIES[h % CITIES.length]}市${SURNAMES[(h >>> 3) % SURNAMES.length]}氏汽车贸易有限公司`
    : SURNAMES[(h >>> 5) % SURNAMES.length] +
      GIVEN[(h >>> 11) % GIVEN.length] +
      (h & 1 ? GIVEN[(h >>> 17) % GIVEN.length] : '');
  const first = new Date(Date.UTC(2019, 0, 1) + (h % 2000) * 86400000);
  const birth = new Date(Date.UTC(1950, 0, 1) + ((h >>> 7) % 18000) * 86400000);
  const phone = `1${38 + (h % 12)}${String(i).padStart(8, '0')}`;
  const id = dealer
    ? `91440${String(h % 1e13).padStart(13, '0')}`
    : `440${String((h >>> 4) % 1000).padStart(3, '0')}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(h % 1000).padStart(3, '0')}X`;
  return [
    `C${String(i + 1).padStart(7, '0')}`,
    dealer ? '经销商客户' : '最终客户',
    name,
    dealer ? SURNAMES[(h >>> 9) % SURNAMES.length] + GIVEN[(h >>> 13) % GIVEN.length] : null,
    phone,
    id,
    dealer ? null : birth,
    CITIES[(h >>> 2) % CITIES.length],
    SHOWROOMS[(h >>> 4) % SHOWROOMS.length],
    `S${String((h >>> 6) % 400).padStart(3, '0')}`,
    SOURCES[(h >>> 8) % SOURCES.length],
    first,
    new Date(first.getTime() + ((h >>> 10) % 300) * 86400000),
    STAGES[(h >>> 12) % STAGES.length],
    h % 7 === 0 ? '老客户 & 转介绍' : null,
  ];
}

const HEADER_KEYS = [
  'CustomerId',
  'Kind',
  'Name',
  'Contact',
  'Phone',
  'IdNumber',
  'BirthDate',
  'City',
  'Showroom',
  'Owner',
  'Source',
  'FirstContact',
  'LastContact',
  'Stage',
  'Notes',
];

export async function writeCustomersXlsx(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(CUSTOMERS.zh);
  ws.columns = HEADER_KEYS.map((k) => {
    const f = CUSTOMERS.fields.find((x) => x.key === k)!;
    return { header: f.zh, key: k, width: f.width, style: f.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {} };
  });
  for (let i = 0; i < rows; i++) ws.addRow(customerRow(i)).commit();
  ws.commit();
  await wb.commit();
}

interface ReadRun {
  ms: number;
  rows: number;
  peakMB: number;
}

/** Reads the file in a fresh node process; reader 'fast' is readWorkbookData, 'exceljs' the old path. */
function readInChild(file: string, reader: 'fast' | 'exceljs'): ReadRun | string {
  const mod = path.join(__dirname, '..', 'src', 'workbook', 'file');
  const script = `
    const m = require(${JSON.stringify(mod)});
    const t0 = process.hrtime.bigint();
    (${reader === 'fast' ? 'm.readWorkbookData' : 'm.readXlsxDataExcelJS'})(${JSON.stringify(file)}, { sheets: ['Customers'] }).then((d) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(JSON.stringify({ ms, rows: d.Customers ? d.Customers.length : 0, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    });`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) return `failed: ${(r.stderr || '').split('\n').find((l) => l.trim()) ?? r.status}`;
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ReadRun;
}

registerSection({
  id: 'xlsx-read',
  order: 75,
  run: async (args): Promise<BenchTable[]> => {
    const sizes = args.quick ? [100_000] : [100_000, 1_048_575];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-bench-xlsx-'));
    const rows: string[][] = [];
    try {
      for (const n of sizes) {
        const file = path.join(dir, `customers-${n}.xlsx`);
        const w0 = Date.now();
        await writeCustomersXlsx(file, n);
        const writeS = ((Date.now() - w0) / 1000).toFixed(0);
        const mb = (fs.statSync(file).size / 1048576).toFixed(0);
        const fast = readInChild(file, 'fast');
        // ExcelJS takes minutes on a full sheet: only at 100k, to keep the bench short.
        const slow = n <= 100_000 ? readInChild(file, 'exceljs') : null;
        const cell = (r: ReadRun | string | null, f: (x: ReadRun) => string) =>
          r === null ? '-' : typeof r === 'string' ? r : f(r);
        rows.push([
          String(n),
          mb,
          writeS,
          cell(fast, (r) => r.ms.toFixed(0)),
          cell(fast, (r) => String(r.peakMB)),
          cell(slow, (r) => r.ms.toFixed(0)),
          cell(slow, (r) => String(r.peakMB)),
          typeof fast === 'object' && slow && typeof slow === 'object' ? (slow.ms / fast.ms).toFixed(1) + '×' : '-',
          cell(fast, (r) => String(r.rows)),
        ]);
        fs.rmSync(file, { force: true });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return [
      {
        title: 'XLSX read (generated Customers sheet, shared strings)',
        head: [
          'rows',
          'xlsx MB',
          'write s (ExcelJS stream)',
          'fast read ms',
          'fast peak RSS MB',
          'ExcelJS read ms',
          'ExcelJS peak RSS MB',
          'speed-up',
          'rows read',
        ],
        rows,
        notes: [
          'Each read is readWorkbookData(file, {sheets:["Customers"]}) in a fresh node process (peak RSS is that process\'s maxRSS).',
          'ExcelJS: the ExcelJS streaming path (readXlsxDataExcelJS), run at 100k only; it took 176 s for the full sheet before the fast reader.',
        ],
      },
    ];
  },
});
