/**
 * The application layer in the pane's order of events, over the memory adapter (the playground's
 * port) on the sample workbook.
 *
 * Actions: the time from the confirmation of a resolve, a merge, a "not the same" or "accept all
 * suggestions" (every standing suggestion, with merges, as one batch) to the updated
 * lists: the action's own writes (its use case), the update from the rows it touched
 * (updateAfterAction), and the write-back of the changed status cells and report sheets
 * (applyActionUpdate); next to it, what the pane did before: a whole new check (read, validate,
 * match, write). The Office.js syncs per action come from the recording fake
 * (test/workbook/office/action-syncs.test.ts, run here through jest) at 1k and 50k customers.
 *
 * The daily check (app-daily.ts): storing the snapshot and the summary on 100k customers with 50
 * changed rows.
 *
 * `node dist/bench/index.js --only app [--quick]` runs it alone.
 */
import * as path from 'path';
import { spawnSync } from 'child_process';
import { registerSection, type BenchTable } from './registry';
import { appDaily } from './app-daily';
import { buildSample } from '../src/sample';
import { parseDate } from '../src/domain/normalise';
import { checkWorkbook, type CheckedWorkbook } from '../src/app/check-workbook';
import { resolveConflict } from '../src/app/resolve-conflict';
import { mergeDuplicates } from '../src/app/merge-duplicates';
import { markNotSame } from '../src/app/not-same';
import { applyAcceptAll, planAcceptAll } from '../src/app/accept-all';
import {
  mergeChange,
  notSameChange,
  resolveChange,
  updateAfterAction,
  type ActionChange,
  type CheckState,
} from '../src/app/update-after-action';
import { applyActionUpdate } from '../src/app/apply-action-update';
import type { Cluster } from '../src/domain/conflicts';
import type { MemoryWorkbook } from '../src/workbook/memory';

const TODAY = '2026-11-27';
const today = parseDate(TODAY)!;
const acting = { who: 'S001', lang: 'zh' as const };
const ms = (x: number) => x.toFixed(0);

interface Timing {
  action: number;
  update: number;
  write: number;
  how: string;
}

async function fullCheck(workbook: MemoryWorkbook): Promise<{ checked: CheckedWorkbook; ms: number }> {
  const t0 = performance.now();
  const checked = await checkWorkbook(workbook, { today, lang: 'zh', pause: async () => undefined });
  if (checked.outcome !== 'checked') throw new Error(checked.outcome);
  return { checked, ms: performance.now() - t0 };
}

/** One action from confirmation to the updated lists; returns the state after it. */
async function timeAction(
  workbook: MemoryWorkbook,
  state: CheckState,
  act: (data: CheckState['data']) => Promise<ActionChange>,
): Promise<{ state: CheckState; timing: Timing }> {
  const t0 = performance.now();
  const change = await act(state.data);
  const t1 = performance.now();
  const update = updateAfterAction(state, change);
  const t2 = performance.now();
  await applyActionUpdate(workbook, update, 'zh');
  const t3 = performance.now();
  return { state: update, timing: { action: t1 - t0, update: t2 - t1, write: t3 - t2, how: update.how } };
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Three of each action on the sample of `customers`, and three whole re-checks. */
async function actionRows(customers: number): Promise<string[][]> {
  const { workbook } = buildSample({ customers, seed: 5, today: TODAY, lang: 'zh' });
  const first = await fullCheck(workbook);
  let state: CheckState = { ...first.checked, lang: 'zh', today };
  const timings: Record<string, Timing[]> = { resolve: [], notSame: [], merge: [] };
  type Act = (cluster: Cluster, data: CheckState['data']) => Promise<ActionChange>;
  const run = async (kind: string, cluster: Cluster | undefined, act: Act) => {
    if (!cluster) return;
    const done = await timeAction(workbook, state, (data) => act(cluster, data));
    state = done.state;
    timings[kind].push(done.timing);
  };
  // groups of two rows, so that each action leaves the others as they were
  const pairs = () => state.result.clusters.filter((c) => c.rows.length === 2);
  for (let k = 0; k < 3; k++) {
    await run(
      'resolve',
      pairs().find((c) => c.kind === 'conflict'),
      async (c, data) => {
        const owner = c.owners.find((o) => o && o !== c.suggestedOwner) ?? c.suggestedOwner;
        return resolveChange(c, await resolveConflict(workbook, data, c, owner, acting));
      },
    );
    await run('notSame', pairs()[k + 3], async (c, data) =>
      notSameChange(c.rows, await markNotSame(workbook, data, c, acting)),
    );
    // a big sample has few duplicate groups: a two-row group of either kind is merged
    await run('merge', pairs().find((c) => c.kind === 'duplicate') ?? pairs()[k + 6], async (c, data) =>
      mergeChange(c, await mergeDuplicates(workbook, data, c, c.rows[0], acting)),
    );
  }
  // last: accept every standing suggestion with merges, one batch (the preview counted in the action)
  const accepted = await timeAction(workbook, state, async (data) => {
    const plan = planAcceptAll(data, state.result, { merge: true });
    return (await applyAcceptAll(workbook, data, plan, acting)).change;
  });
  timings['accept all'] = [accepted.timing];
  const checks: number[] = [first.ms];
  for (let k = 0; k < 2; k++) checks.push((await fullCheck(workbook)).ms);
  const recheck = median(checks);
  return Object.entries(timings).map(([kind, list]) => {
    const total = list.map((t) => t.action + t.update + t.write);
    const pick = (f: (t: Timing) => number) => (list.length ? ms(median(list.map(f))) : '-');
    return [
      String(customers),
      kind,
      String(list.length),
      [...new Set(list.map((t) => t.how))].join(', ') || '-',
      pick((t) => t.action),
      pick((t) => t.update),
      pick((t) => t.write),
      list.length ? ms(median(total)) : '-',
      ms(recheck),
    ];
  });
}

/** The recording fake's syncs per action at 1k and 50k customers (the jest test prints them). */
function syncRows(): string[][] {
  const root = path.join(__dirname, '..', '..');
  const jest = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), 'test/workbook/office/action-syncs.test.ts'],
    { cwd: root, encoding: 'utf8' },
  );
  const m = /syncs per action, 1k rows: (\{[^}]*\}); 50k rows: (\{[^}]*\})/.exec(`${jest.stdout}${jest.stderr}`);
  if (!m) return [['-', 'the sync-count test did not run', '-']];
  const small = JSON.parse(m[1]) as Record<string, number>;
  const large = JSON.parse(m[2]) as Record<string, number>;
  return Object.keys(small).map((k) => [k, String(small[k]), String(large[k])]);
}

async function appActions(quick: boolean): Promise<BenchTable[]> {
  const sizes = quick ? [2_000, 10_000] : [10_000, 100_000];
  const rows: string[][] = [];
  for (const n of sizes) rows.push(...(await actionRows(n)));
  return [
    {
      title: 'App: from the confirmation of an action to the updated lists (memory adapter, sample workbook)',
      head: [
        'customers',
        'action',
        'runs',
        'update',
        'action ms',
        'update ms',
        'write-back ms',
        'total ms',
        'full re-check ms',
      ],
      rows,
      notes: [
        'medians; action: the use case (its writes and audit), update: updateAfterAction, write-back: the changed status cells and report sheets',
        "update 'groups': the acted groups (a merge: the rows it touched) matched again; 'engine': the engine re-run on the data in memory",
        'full re-check: what the pane did before after every action (read, validate, match, write); goal: total ≤ 200 ms at 100k',
      ],
    },
    {
      title: 'App: Office.js syncs per port call of an action (recording fake)',
      head: ['call', 'syncs at 1k customers', 'syncs at 50k customers'],
      rows: syncRows(),
    },
  ];
}

// the daily check's rows live in app-daily.ts
registerSection({
  id: 'app',
  order: 15,
  run: async (args) => [...(await appActions(args.quick)), ...(await appDaily(args.quick))],
});
