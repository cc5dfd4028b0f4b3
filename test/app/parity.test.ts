/**
 * Same answer everywhere: one workbook, with tuned match thresholds and staleDays saved in its
 * settings and "not the same customer" decisions in its Decisions sheet, checked through the
 * pane's path (defaultServices over the memory adapter, as the playground opens an .xlsx) and
 * through the command line (`check --json --out`): the same issues, the same clusters with the
 * same labels, the same status columns.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';
import { runCheck } from '../../src/domain/engine';
import { parseDate } from '../../src/domain/normalise';
import type { WorkbookData } from '../../src/domain/table';
import { buildSample } from '../../src/sample';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/workbook/file';
import { xlsxBufferToMemory } from '../../src/workbook/file/xlsx';
import { createDefaultServices } from '../../src/taskpane/defaultServices';
import { loadNotSame, markNotSame } from '../../src/app/not-same';

const TODAY = '2026-11-27';
const today = parseDate(TODAY)!;
const TUNED = { decision: 16, phoneTypo: 0 };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sd-parity-'));
const file = path.join(dir, 'tuned.xlsx');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Plain JSON, as both sides would print it. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The add-in's two status columns of Customers, by worksheet row. */
function statusOf(data: WorkbookData): Record<number, [unknown, unknown]> {
  const c = data.Customers!;
  const out: Record<number, [unknown, unknown]> = {};
  c.rowNumbers.forEach((row, i) => (out[row] = [c.columns.Check?.[i] ?? null, c.columns.ConflictGroup?.[i] ?? null]));
  return out;
}

let marked: string[] = [];

beforeAll(async () => {
  const { workbook } = buildSample({ customers: 300, seed: 20260101, today: TODAY });
  const defaults = runCheck(await workbook.read(), { today, lang: 'zh' });
  // the supervisor decided one group is two different customers...
  const group = defaults.clusters.find((c) => c.kind === 'conflict')!;
  marked = group.customerIds;
  await markNotSame(workbook, await workbook.read(), group, { who: 'S001', lang: 'zh' });
  // ...and tuned the matcher and the staleness
  await workbook.saveSettings({ staleDays: 12, matchThresholds: TUNED });
  await saveWorkbookFile(workbook, file);
});

describe('the pane and the CLI on one workbook with saved settings and decisions', () => {
  it('give the same issues, clusters (labels included) and status columns', async () => {
    // The pane's path: the playground opens the .xlsx into a MemoryWorkbook.
    const memory = await xlsxBufferToMemory(fs.readFileSync(file));
    const pane = await createDefaultServices({ today }).runCheck(
      memory,
      'zh',
      () => undefined,
      new AbortController().signal,
      async () => true,
    );
    if (pane.outcome !== 'checked') throw new Error(pane.outcome);
    const paneStatus = statusOf(await memory.read());

    // The CLI: check --json, and the annotated copy for its status columns.
    const copy = path.join(dir, 'checked.xlsx');
    const out: string[] = [];
    const code = await main(['check', file, '--json', '--today', TODAY, '--out', copy], {
      out: (s) => out.push(s),
      err: (s) => out.push(s),
    });
    expect(code).toBe(0);
    const cli = JSON.parse(out.join('\n')) as { issues: unknown[]; clusters: { id: string }[] };
    const cliStatus = statusOf(await (await loadWorkbookFile(copy)).read());

    expect(cli.issues).toEqual(plain(pane.run.issues));
    expect(cli.clusters).toEqual(plain(pane.run.clusters));
    expect(cliStatus).toEqual(paneStatus);

    // Each saved setting mattered, or this would prove nothing (the CLI used to ignore the thresholds):
    const data = await memory.read();
    const notSame = await loadNotSame(memory, 'zh');
    const untuned = runCheck(data, { today, lang: 'zh', staleDays: 12, notSame });
    expect(untuned.clusters.length).toBeGreaterThan(cli.clusters.length);
    const defaults = runCheck(data, { today, lang: 'zh' });
    expect(defaults.issues.length).toBeLessThan(cli.issues.length); // staleDays 12 finds more stale customers
    const together = (c: { customerIds: string[] }) => marked.every((id) => c.customerIds.includes(id));
    expect(defaults.clusters.some(together)).toBe(true);
    expect(untuned.clusters.some(together)).toBe(false);
    expect(Object.values(paneStatus).some(([, group]) => group !== null)).toBe(true);
  });

  it('conflicts --json lists the same groups', async () => {
    const out: string[] = [];
    expect(
      await main(['conflicts', file, '--json', '--today', TODAY], { out: (s) => out.push(s), err: () => {} }),
    ).toBe(0);
    const memory = await xlsxBufferToMemory(fs.readFileSync(file));
    const pane = await createDefaultServices({ today }).runCheck(memory, 'zh', () => {}, new AbortController().signal);
    if (pane.outcome !== 'checked') throw new Error(pane.outcome);
    const rows = (c: { rows: number[] }) => c.rows.join(',');
    expect((JSON.parse(out.join('\n')) as { clusters: { rows: number[] }[] }).clusters.map(rows)).toEqual(
      pane.run.clusters.map(rows),
    );
  });
});
