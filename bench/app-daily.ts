/**
 * The daily check over the memory adapter (the playground's port): a sample workbook of 100k
 * customers checked once (the baseline snapshot), then 50 rows changed through the port (40 notes
 * edited, 10 rows given another salesperson's customer's name, phone, ID, birth date and city), and
 * the daily check after the next check: reading the stored snapshot, fingerprinting the rows and
 * advancing it, writing it back, and the summary (for 'last' and for a day). The engine's own check
 * is timed beside it for scale, and the CLI's path (dailySummary without a check at hand, which
 * checks the workbook itself).
 */
import { buildSample } from '../src/sample';
import { parseDate } from '../src/domain/normalise';
import { text } from '../src/domain/table';
import type { CellEdit } from '../src/workbook/port';
import type { MemoryWorkbook } from '../src/workbook/memory';
import { checkWorkbook, type CheckedWorkbook } from '../src/app/check-workbook';
import { dailySummary } from '../src/app/daily-summary';
import { dailyState, readSnapshot, writeSnapshot } from '../src/app/snapshot';
import { snapshotRows } from '../src/domain/daily';
import type { BenchTable } from './registry';

const MONDAY = '2026-11-26';
const TODAY = '2026-11-27';
const today = parseDate(TODAY)!;
const IDENTITY = ['Name', 'Phone', 'IdNumber', 'BirthDate', 'City'];
const ms = (x: number) => x.toFixed(0);
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function check(workbook: MemoryWorkbook, day: number, write: boolean): Promise<CheckedWorkbook> {
  const c = await checkWorkbook(workbook, { today: day, lang: 'zh', write, pause: async () => undefined });
  if (c.outcome !== 'checked') throw new Error(c.outcome);
  return c;
}

/** 50 changed rows: 40 notes, 10 rows made another salesperson's customer (new conflicts). */
function plantedEdits(checked: CheckedWorkbook): CellEdit[] {
  const t = checked.data.Customers!;
  const grouped = new Set(checked.result.clusters.flatMap((c) => c.rows));
  const edits: CellEdit[] = [];
  const step = Math.floor(t.length / 60);
  for (let k = 0; k < 40; k++)
    edits.push({ sheet: 'Customers', row: t.rowNumbers[k * step], field: 'Notes', value: `日检 ${k}` });
  for (let k = 0; k < 10; k++) {
    let a = (40 + k) * step + 1;
    while (grouped.has(t.rowNumbers[a])) a++;
    let b = a + 1;
    while (grouped.has(t.rowNumbers[b]) || text(t, 'Owner', b) === text(t, 'Owner', a)) b++;
    for (const field of IDENTITY)
      edits.push({ sheet: 'Customers', row: t.rowNumbers[a], field, value: t.columns[field]?.[b] ?? null });
  }
  return edits;
}

async function dailyRow(customers: number): Promise<string[]> {
  const { workbook } = buildSample({ customers, seed: 9, today: TODAY, lang: 'zh' });
  const first = await check(workbook, parseDate(MONDAY)!, true);
  await workbook.updateCells(plantedEdits(first));
  const t0 = performance.now();
  const checked = await check(workbook, today, false);
  const engineMs = performance.now() - t0;
  const times = { read: [] as number[], advance: [] as number[], write: [] as number[], last: [] as number[] };
  const sinceDay: number[] = [];
  let found = '';
  let cells = 0;
  for (let k = 0; k < 3; k++) {
    const a = performance.now();
    const before = await readSnapshot(workbook, 'zh');
    const b = performance.now();
    const state = dailyState(checked.data, before, today);
    const c = performance.now();
    const withState = { ...checked, daily: state };
    const last = await dailySummary(workbook, { since: 'last', today, lang: 'zh', checked: withState });
    const d = performance.now();
    await dailySummary(workbook, { since: today, today, lang: 'zh', checked: withState });
    const e = performance.now();
    if (k === 2) await writeSnapshot(workbook, state.after, 'zh');
    else await writeSnapshot(workbook, before!, 'zh'); // keep the baseline for the next round
    const f = performance.now();
    times.read.push(b - a);
    times.advance.push(c - b);
    times.last.push(d - c);
    sinceDay.push(e - d);
    times.write.push(f - e);
    if (last.outcome === 'report') {
      const r = last.report;
      found = `${r.new.length}/${r.changed.length}/${r.removed.length}, ${r.newConflicts.length} of ${r.newConflicts.length + r.oldConflicts.length}`;
    }
    if (k === 2) cells = snapshotRows(state.after).reduce((n, row) => n + row.join('').length, 0);
  }
  // The CLI's path: no check at hand, so dailySummary checks the workbook (without writing) itself.
  const g = performance.now();
  await dailySummary(workbook, { since: today, today, lang: 'zh' });
  const cliMs = performance.now() - g;
  return [
    String(customers),
    found,
    ms(engineMs),
    ms(median(times.read)),
    ms(median(times.advance)),
    ms(median(times.write)),
    ms(median(times.read) + median(times.advance) + median(times.write)),
    ms(median(times.last)),
    ms(median(sinceDay)),
    ms(cliMs),
    (cells / 1048576).toFixed(1),
  ];
}

export async function appDaily(quick: boolean): Promise<BenchTable[]> {
  const sizes = quick ? [10_000] : [10_000, 100_000];
  const rows: string[][] = [];
  for (const n of sizes) rows.push(await dailyRow(n));
  return [
    {
      title: 'App: the daily check after 50 changed rows (memory adapter, sample workbook)',
      head: [
        'customers',
        'new/changed/removed, new conflicts of all',
        'check ms (engine, no write)',
        'read snapshot ms',
        'fingerprint + advance ms',
        'write snapshot ms',
        'store total ms',
        "summary 'last' ms",
        'summary since a day ms',
        'CLI path ms',
        'snapshot MB of text',
      ],
      rows,
      notes: [
        'medians of 3; the store steps run after the check has written its verdict (checkWorkbook), the summaries reuse that check (the pane), the CLI path runs its own check first',
        '50 changed rows: 40 notes edited, 10 rows given the name, phone, ID, birth date and city of another salesperson’s customer',
      ],
    },
  ];
}
