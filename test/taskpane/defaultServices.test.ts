/**
 * The pane's services after an action: the lists come from the update (no new check), and the
 * workbook's Conflicts and Issues sheets and status cells are those a full check writes.
 */
import { buildSample } from '../../src/sample';
import { parseDate } from '../../src/domain/normalise';
import { createDefaultServices } from '../../src/taskpane/defaultServices';
import { checkWorkbook } from '../../src/app/check-workbook';
import type { CheckRun } from '../../src/taskpane/services';

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
