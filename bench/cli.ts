/**
 * The CLI's total time against the time to only read the same file: how much of a
 * `showroom-desk check` is the engine and how much is I/O. Also the engine alone
 * (runCheck: validation + conflicts) on the table as read, which is what the issue's
 * "engine time" means.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { registerSection, peakRssMB } from './registry';
import { generateCustomers } from './generate-customers';
import { CUSTOMERS } from '../src/domain/schema';
import { text } from '../src/domain/table';
import { formatDay, excelSerialToDay, parseDate } from '../src/domain/normalise';
import { readWorkbookData } from '../src/workbook/file';
import { runCheck } from '../src/domain/engine';

const BIN = path.join(__dirname, '..', '..', 'bin', 'showroom-desk.js');

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the generator's customers as the CSV a user would export from Excel (zh headers). */
export function writeCustomersCsv(rows: number, file: string): void {
  const { table } = generateCustomers({ rows, seed: 7 });
  const fields = CUSTOMERS.fields.filter((f) => f.owner !== 'addin' && table.columns[f.key]);
  const chunks: string[] = ['\ufeff' + fields.map((f) => f.zh).join(',')];
  for (let i = 0; i < table.length; i++) {
    chunks.push(
      fields
        .map((f) => {
          const v = table.columns[f.key][i];
          if (f.type === 'date' && typeof v === 'number') return formatDay(excelSerialToDay(v));
          return csvCell(text(table, f.key, i));
        })
        .join(','),
    );
    if (chunks.length >= 10000) {
      fs.appendFileSync(file, chunks.join('\n') + '\n');
      chunks.length = 0;
    }
  }
  fs.appendFileSync(file, chunks.join('\n') + '\n');
}

function timeCli(args: string[]): { ms: number; ok: boolean } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', BIN, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) process.stderr.write(r.stderr);
  return { ms, ok: r.status === 0 };
}

registerSection({
  id: 'cli',
  order: 80,
  run: async (args) => {
    const sizes = args.quick ? [100_000] : [100_000, 1_048_575];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-bench-cli-'));
    const rows: string[][] = [];
    try {
      for (const n of sizes) {
        const file = path.join(dir, `customers-${n}.csv`);
        fs.writeFileSync(file, '');
        writeCustomersCsv(n, file);
        const mb = fs.statSync(file).size / 1048576;

        const t0 = process.hrtime.bigint();
        const data = await readWorkbookData(file);
        const readMs = Number(process.hrtime.bigint() - t0) / 1e6;

        const c0 = process.cpuUsage();
        const t1 = process.hrtime.bigint();
        const result = runCheck(data, { today: parseDate('2026-11-27')!, lang: 'zh' });
        const engineMs = Number(process.hrtime.bigint() - t1) / 1e6;
        const engineCpu = process.cpuUsage(c0);

        const check = timeCli(['check', file, '--today', '2026-11-27']);
        const conflicts = timeCli(['conflicts', file, '--json', '--today', '2026-11-27']);
        rows.push([
          String(n),
          mb.toFixed(0),
          readMs.toFixed(0),
          `${engineMs.toFixed(0)} (${((engineCpu.user + engineCpu.system) / 1000).toFixed(0)} CPU)`,
          `${result.stats.msValidate.toFixed(0)} / ${result.stats.msMatch.toFixed(0)}`,
          check.ok ? check.ms.toFixed(0) : 'failed',
          conflicts.ok ? conflicts.ms.toFixed(0) : 'failed',
          check.ok ? (check.ms / readMs).toFixed(2) : '-',
          String(peakRssMB()),
        ]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return [
      {
        title: 'CLI total vs read only (CSV of generated customers)',
        head: [
          'rows',
          'CSV MB',
          'read only ms',
          'engine ms',
          'validate / match ms',
          'CLI check ms',
          'CLI conflicts --json ms',
          'check ÷ read',
          'bench peak RSS MB',
        ],
        rows,
        notes: [
          'read only: readWorkbookData in process; engine: runCheck (validation + conflicts) on the table as read.',
          'CLI times are whole processes (node start-up, read, engine, output), as a user runs them.',
        ],
      },
    ];
  },
});
