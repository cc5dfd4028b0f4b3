/**
 * `check --out` on big workbooks (issue 15: ≤ 60 s and ≤ 2 GB for a 1,048,576-row sheet; issue 21:
 * check --out ÷ read ≤ 2×). Each run is its own node process, so its peak RSS is its own:
 *  - read only: readWorkbookData, the fast reader of the read-only commands;
 *  - load: loadWorkbookFile, the whole workbook as check --out loads it (./src/workbook/file/xlsx-load);
 *  - check: the CLI's check without --out (it loads the whole .xlsx too, for the saved decisions);
 *  - check --out: the same and the annotated copy (status columns, report sheets, the streamed writer).
 * check --out less check is what the copy costs.
 *
 * The 1,048,575-row case runs with BENCH_WRITE_1M=1 (`BENCH_WRITE_1M=1 npm run bench -- --only write`).
 *
 * Inputs, written with ExcelJS's streaming writer: the Customers sheet of ./xlsx-read (15 columns,
 * dates, shared strings) and a sheet of 3 columns (ID, name from common surnames and given names,
 * random mobile), the shape of the 1,048,576 × 3 case.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { registerSection, type BenchTable } from './registry';
import { writeCustomersXlsx } from './xlsx-read';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红';

/** A sheet of ID, name and mobile: names repeat as real ones do, phones are spread (no planted duplicates). */
export async function writeThreeColumnXlsx(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('客户档案');
  ws.addRow(['客户编号', '客户名称', '电话']).commit();
  for (let i = 1; i < rows; i++) {
    const h = Math.imul(i, 2654435761) >>> 0;
    const h2 = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
    const name =
      SURNAMES[h % SURNAMES.length] + GIVEN[(h >>> 8) % GIVEN.length] + (h & 1 ? GIVEN[(h >>> 16) % GIVEN.length] : '');
    ws.addRow([
      `C${String(i).padStart(7, '0')}`,
      name,
      `1${3 + (h2 % 7)}${String(h2 % 1e9).padStart(9, '0')}`,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

interface Run {
  ms: number;
  peakMB: number;
}

const DIST_SRC = path.join(__dirname, '..', 'src');

/** Runs `body` (an async expression over m: the file adapter, cli: the CLI) in a fresh node process. */
function inChild(body: string): Run | string {
  const script = `
    const m = require(${JSON.stringify(path.join(DIST_SRC, 'workbook', 'file'))});
    const cli = require(${JSON.stringify(path.join(DIST_SRC, 'cli'))});
    const io = { out: () => {}, err: (s) => process.stderr.write(s + '\\n') };
    const t0 = process.hrtime.bigint();
    (async () => ${body})().then((code) => {
      if (code) process.exit(code);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(JSON.stringify({ ms, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    });`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) return `failed: ${(r.stderr || '').split('\n').find((l) => l.trim()) ?? r.status}`;
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
}

function measure(file: string, out: string): Record<'read' | 'load' | 'check' | 'out', Run | string> {
  const f = JSON.stringify(file);
  const check = (extra: string) =>
    inChild(`cli.main(['check', ${f}, '--today', '2026-11-27', '--lang', 'zh'${extra}], io)`);
  return {
    read: inChild(`(await m.readWorkbookData(${f}, { sheets: ['Customers'] }), 0)`),
    load: inChild(`(await m.loadWorkbookFile(${f}), 0)`),
    check: check(''),
    out: check(`, '--out', ${JSON.stringify(out)}`),
  };
}

const seconds = (r: Run | string) => (typeof r === 'string' ? r : (r.ms / 1000).toFixed(1));
const peak = (r: Run | string) => (typeof r === 'string' ? '-' : String(r.peakMB));
const ratio = (a: Run | string, b: Run | string) =>
  typeof a === 'string' || typeof b === 'string' ? '-' : (a.ms / b.ms).toFixed(1) + '×';

registerSection({
  id: 'write',
  order: 85,
  run: async (args): Promise<BenchTable[]> => {
    const cases: { label: string; rows: number; write: (file: string, rows: number) => Promise<void> }[] = [
      { label: 'Customers, 15 columns', rows: 100_000, write: writeCustomersXlsx },
      { label: 'ID, name, phone', rows: 100_000, write: writeThreeColumnXlsx },
    ];
    // The full-sheet case takes minutes (mostly writing its input): asked for by name.
    if (!args.quick && process.env.BENCH_WRITE_1M === '1')
      cases.push({ label: 'ID, name, phone', rows: 1_048_575, write: writeThreeColumnXlsx });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-bench-write-'));
    const rows: string[][] = [];
    try {
      for (const c of cases) {
        const file = path.join(dir, `in-${c.rows}.xlsx`);
        const out = path.join(dir, `out-${c.rows}.xlsx`);
        await c.write(file, c.rows);
        const r = measure(file, out);
        rows.push([
          `${c.rows} (${c.label})`,
          (fs.statSync(file).size / 1048576).toFixed(0),
          seconds(r.read),
          seconds(r.load),
          seconds(r.check),
          seconds(r.out),
          peak(r.out),
          fs.existsSync(out) ? (fs.statSync(out).size / 1048576).toFixed(0) : '-',
          ratio(r.out, r.read),
          ratio(r.out, r.check),
        ]);
        fs.rmSync(file, { force: true });
        fs.rmSync(out, { force: true });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return [
      {
        title: 'check --out on big workbooks (each a fresh process)',
        head: [
          'data rows',
          'xlsx MB',
          'read only s',
          'load s',
          'check s',
          'check --out s',
          'check --out peak RSS MB',
          'copy MB',
          'check --out ÷ read',
          'check --out ÷ check',
        ],
        rows,
        notes: [
          'read only: readWorkbookData (the fast reader); load: loadWorkbookFile, what check and check --out load.',
          'check and check --out: the CLI (main) in zh, engine included; their difference is the copy (status columns, report sheets, writing).',
          `Goal (issue 15): 1,048,575 data rows within 60 s and 2 GB; issue 21: check --out ÷ read ≤ 2×. ${os.cpus().length} cores; load average ${os
            .loadavg()
            .map((x) => x.toFixed(1))
            .join(' ')} at the end.`,
        ],
      },
    ];
  },
});
