/**
 * The pane's services after an action: the lists come from the update (no new check), and the
 * workbook's Conflicts and Issues sheets and status cells are those a full check writes.
 */
import { buildSample } from '../../src/sample';
import { parseDate } from '../../src/domain/normalise';
import { createDefaultServices } from '../../src/taskpane/defaultServices';
import { checkWorkbook } from '../../src/app/check-workbook';
import type { CheckRun } from '../../src/taskpane/services';
import { restoreOrder } from '../../src/app/restore';

const today = parseDate('2026-11-27')!;

test('after resolve and not-same the lists and the report sheets equal a full check', async () => {
  const { workbook } = buildSample({ customers: 300, seed: 21, today: '2026-11-27', lang: 'zh' });
  const services = createDefaultServices({ today });
  const checked = await services.runCheck(workbook, 'zh', () => undefined, new AbortController().signal);
  if (checked.outcome !== 'checked') throw new Error(checked.outcome);
  const conflict = checked.run.clusters.find((c) => c.kind === 'conflict')!;
  let run: CheckRun = await services.resolveConflict(
    workbook,
    conflict,
    conflict.owners[conflict.owners.length - 1],
    'zh',
  );
  const other = run.clusters.find((c) => c.id !== conflict.id)!;
  run = await services.markNotSame(workbook, other, null, 'zh');
  const sheets = async () => ({
    issues: await workbook.readAddinSheet('Issues', 'zh'),
    conflicts: await workbook.readAddinSheet('Conflicts', 'zh'),
  });
  const written = await sheets();
  const fresh = await checkWorkbook(workbook, { today, lang: 'zh', pause: async () => undefined });
  if (fresh.outcome !== 'checked') throw new Error(fresh.outcome);
  expect(run.clusters).toEqual(fresh.result.clusters);
  expect(run.issues).toEqual(fresh.result.issues);
  expect(run.suspicious).toEqual(fresh.result.suspicious);
  expect(written.conflicts.length).toBe(fresh.result.clusters.length);
  expect(written).toEqual(await sheets());
});

test('an action records the name saved after the check (the first-run panel), not the one the check read', async () => {
  const { workbook } = buildSample({ customers: 300, seed: 21, today: '2026-11-27', lang: 'zh' });
  const services = createDefaultServices({ today });
  const checked = await services.runCheck(workbook, 'zh', () => undefined, new AbortController().signal);
  if (checked.outcome !== 'checked') throw new Error(checked.outcome);
  await workbook.saveSettings({ ...(await workbook.loadSettings()), who: 'S005 张敏' });
  const conflict = checked.run.clusters.find((c) => c.kind === 'conflict')!;
  await services.resolveConflict(workbook, conflict, conflict.owners[0], 'zh');
  // data rows only (no header): every one names the person saved after the check
  const audit = await workbook.readAddinSheet('Audit', 'zh');
  expect(audit.length).toBeGreaterThan(0);
  expect(audit.every((row) => row.includes('S005 张敏'))).toBe(true);
});

test('resolve in one step, accept all, then restore: each leaves the lists a full check gives, restore the original rows', async () => {
  const { workbook } = buildSample({ customers: 300, seed: 21, today: '2026-11-27', lang: 'zh' });
  const original = (await workbook.read()).Customers!.columns.CustomerId.slice();
  const services = createDefaultServices({ today });
  const checked = await services.runCheck(workbook, 'zh', () => undefined, new AbortController().signal);
  if (checked.outcome !== 'checked') throw new Error(checked.outcome);
  const fresh = async () => {
    const result = await checkWorkbook(workbook, { today, lang: 'zh', pause: async () => undefined, write: false });
    if (result.outcome !== 'checked') throw new Error(result.outcome);
    return result.result;
  };

  const conflict = checked.run.clusters.find((c) => c.kind === 'conflict')!;
  const proposal = services.proposeResolution!(conflict);
  expect(proposal.rows).toEqual(conflict.rows);
  let run = await services.resolveGroup!(
    workbook,
    conflict,
    { keepRow: proposal.keepRow, pick: proposal.pick, owner: proposal.owner, merge: true },
    'zh',
  );
  expect(run.clusters.some((c) => c.id === conflict.id)).toBe(false);
  expect(run.clusters).toEqual((await fresh()).clusters);

  const plan = services.planAcceptAll!(true);
  expect(plan.groups.length).toBeGreaterThan(0);
  run = await services.applyAcceptAll!(workbook, plan, 'zh');
  const after = await fresh();
  expect(run.clusters).toEqual(after.clusters);
  expect(run.issues).toEqual(after.issues);

  const archived = await services.listArchived!(workbook, 'zh');
  expect(archived.length).toBe(conflict.rows.length - 1 + plan.totals.archived);
  let restored = null;
  for (const a of restoreOrder(archived)) restored = await services.restoreArchived!(workbook, a.key, 'zh');
  if (restored?.outcome !== 'checked') throw new Error(String(restored?.outcome));
  expect((await workbook.read()).Customers!.columns.CustomerId).toEqual(original);
  expect(restored.run.clusters).toEqual(checked.run.clusters);
});
