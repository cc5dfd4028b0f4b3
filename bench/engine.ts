/**
 * The issue's "engine time": runCheck (validation + customer conflicts + status columns) on a
 * Customers table as the CLI reads it from a CSV, with where the time goes. The first run in the
 * process is "cold" (the JIT has not compiled anything yet, as in a fresh `showroom-desk check`);
 * the next runs on the same table are "warm" (as in the pane, where a supervisor re-runs the check).
 *
 * `node dist/bench/engine.js [rows...]` runs it alone.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { registerSection, peakRssMB, markdownTable, type BenchTable } from './registry';
import { writeCustomersCsv } from './cli';
import { readWorkbookData } from '../src/workbook/file';
import { runCheck, type CheckResult } from '../src/domain/engine';
import type { BlockingRuleStats } from '../src/domain/conflicts';
import { parseDate } from '../src/domain/normalise';
import type { SheetKey } from '../src/domain/schema';
import type { Table, WorkbookData } from '../src/domain/table';

const TODAY = parseDate('2026-11-27')!;
const s = (ms: number) => (ms / 1000).toFixed(2);

interface EngineRun {
  wallMs: number;
  cpuMs: number;
  /** CPU of the JavaScript thread alone, NaN where /proc is missing. */
  mainCpuMs: number;
  result: CheckResult;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux everywhere in practice). */
const USER_HZ = 100;

/**
 * CPU time of the calling thread (user + system, ms) from /proc/thread-self/stat, NaN off Linux.
 * The process's CPU also counts V8's compiler and garbage-collector threads: on 2 cores the
 * main thread's share shows what a second core could and could not take over.
 */
function threadCpuMs(): number {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    // fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return NaN;
  }
}

/**
 * A fresh copy of every column, as a new read of the workbook gives: the engine caches parsed
 * phone, ID and date columns per column array, and a re-run in the pane re-reads the sheet.
 */
function freshCopy(data: WorkbookData): WorkbookData {
  const out: WorkbookData = {};
  for (const [key, table] of Object.entries(data) as [SheetKey, Table][]) {
    const columns: Table['columns'] = {};
    for (const [field, column] of Object.entries(table.columns)) columns[field] = column.slice();
    out[key] = { ...table, columns, rowNumbers: table.rowNumbers.slice() };
  }
  return out;
}

/**
 * One timed check. The cold run checks the table as read, as `showroom-desk check` does: a copy
 * would keep two million-row tables alive, and every full collection during the check would
 * mark both (at 1M this made the cold run 2-4 s slower than the CLI's own). Warm runs get fresh
 * columns, so nothing parsed by an earlier run is reused.
 */
function timeRun(source: WorkbookData, copy: boolean): EngineRun {
  const data = copy ? freshCopy(source) : source;
  const c0 = process.cpuUsage();
  const m0 = threadCpuMs();
  const t0 = performance.now();
  const result = runCheck(data, { today: TODAY, lang: 'zh' });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, mainCpuMs: threadCpuMs() - m0, result };
}

/** The table rows of one process: a cold run, then warm runs, formatted; and the process's peak RSS. */
async function runInThisProcess(file: string, n: number, warmRuns: number): Promise<ChildReport> {
  const data = await readWorkbookData(file);
  const rows: string[][] = [];
  let lastRules: BlockingRuleStats[] = [];
  for (let k = 0; k <= warmRuns; k++) {
    // one result alive at a time (a million rows' issues and clusters are hundreds of MB)
    const r = timeRun(data, k > 0);
    const st = r.result.stats;
    const m = st.match!;
    const keys = m.rules.reduce((a, x) => a + x.msKeys, 0);
    const compare = m.rules.reduce((a, x) => a + x.msCompare, 0);
    const matchOther = st.msMatch - m.msPrepare - m.msPlaceholders - keys - compare - m.msClusters;
    rows.push([
      String(n),
      k === 0 ? 'cold' : `warm ${k}`,
      s(r.wallMs),
      s(r.cpuMs),
      Number.isNaN(r.mainCpuMs) ? '-' : s(r.mainCpuMs),
      s(st.msValidate),
      s(m.msPrepare),
      s(keys),
      s(compare),
      s(m.msPlaceholders),
      s(m.msClusters + Math.max(0, matchOther)),
      s(r.wallMs - st.msValidate - st.msMatch),
      String(m.pairsCompared),
      String(r.result.issues.length),
      String(r.result.clusters.length),
      `${peakRssMB()} MB`,
    ]);
    lastRules = m.rules;
  }
  const ruleRows = lastRules.map((x) => [
    String(n),
    x.rule,
    String(x.passes),
    s(x.msKeys),
    s(x.msCompare),
    String(x.pairs),
    String(x.accepted),
  ]);
  return { rows, ruleRows };
}

interface ChildReport {
  /** Each ends with the process's peak RSS so far (reading the CSV, then the checks up to that run). */
  rows: string[][];
  ruleRows: string[][];
}

/** warmRuns(n): warm runs after the cold one for a size (a million rows twice is enough). */
export async function engineTables(sizes: number[], warmRuns: (n: number) => number): Promise<BenchTable[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-bench-engine-'));
  const rows: string[][] = [];
  const ruleRows: string[][] = [];
  try {
    for (const n of sizes) {
      const file = path.join(dir, `customers-${n}.csv`);
      fs.writeFileSync(file, '');
      writeCustomersCsv(n, file);
      // a process of its own, as `showroom-desk check` runs: cold is really cold, and the peak RSS
      // is reading the file plus the checks, not the generator's
      const child = spawnSync(process.execPath, [__filename, '--child', file, String(n), String(warmRuns(n))], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      fs.rmSync(file);
      if (child.status !== 0) throw new Error(`engine bench child failed: ${child.stderr}`);
      const report = JSON.parse(child.stdout) as ChildReport;
      rows.push(...report.rows);
      ruleRows.push(...report.ruleRows);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return [
    {
      title: 'Engine time (runCheck on the Customers table of a generated CSV, seconds)',
      head: [
        'rows',
        'run',
        'wall',
        'CPU',
        'main-thread CPU',
        'validate',
        'prepare rows',
        'blocking keys',
        'compare pairs',
        'placeholders',
        'clusters, reasons',
        'status columns',
        'pairs scored',
        'issues',
        'clusters',
        'peak RSS so far (read + checks)',
      ],
      rows,
      notes: [
        `load average at start: ${os
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')} (2 cores).`,
        "CPU is the whole process: the JavaScript thread and V8's background threads, which compile hot code and collect garbage. main-thread CPU is the JavaScript thread alone (from /proc; resolution 10 ms).",
        'each size in a process of its own that reads the CSV and runs the checks. cold = its first run, on the table as read (as a fresh `showroom-desk check`); warm = the same rows again in freshly copied columns (as the pane re-running a check: nothing parsed is reused).',
        'read time is not included (see "CLI total vs read only").',
      ],
    },
    {
      title: 'Engine time by blocking rule (last run, seconds)',
      head: ['rows', 'rule', 'passes', 'keys', 'compare', 'pairs scored', 'pairs joined'],
      rows: ruleRows,
    },
  ];
}

registerSection({
  id: 'engine',
  order: 5,
  run: (args) => engineTables(args.quick ? [100_000] : [100_000, 1_048_575], (n) => (n > 200_000 ? 1 : 4)),
});

if (require.main === module && process.argv[2] === '--child') {
  const [file, n, warm] = process.argv.slice(3);
  void runInThisProcess(file, Number(n), Number(warm)).then((report) => process.stdout.write(JSON.stringify(report)));
} else if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  void engineTables(sizes.length ? sizes : [100_000], () => 4).then((tables) => {
    for (const t of tables) console.log(markdownTable(t) + '\n');
  });
}
