/**
 * An action acts on what the pane showed: when the user has edited the group's rows (or removed a
 * row above them, moving them) since the check, it refuses in the user's language and changes nothing.
 */
import { buildSample } from '../../src/sample';
import { parseDate } from '../../src/domain/normalise';
import { checkWorkbook } from '../../src/app/check-workbook';
import { resolveConflict } from '../../src/app/resolve-conflict';
import { mergeDuplicates } from '../../src/app/merge-duplicates';
import { markNotSame } from '../../src/app/not-same';
import { changedCells, userCells } from '../workbook/user-cells';

const today = parseDate('2026-11-27')!;

async function checked(lang: 'zh' | 'en') {
  const { workbook } = buildSample({ customers: 200, seed: 31, today: '2026-11-27', lang });
  const outcome = await checkWorkbook(workbook, { today, lang, pause: async () => undefined });
  if (outcome.outcome !== 'checked') throw new Error(outcome.outcome);
  const cluster = outcome.result.clusters.find((c) => c.kind === 'conflict')!;
  return { workbook, data: outcome.data, cluster };
}

test.each(['zh', 'en'] as const)('an edited row: every action refuses and writes nothing (%s)', async (lang) => {
  const { workbook, data, cluster } = await checked(lang);
  // the user retypes a phone on the group's second row after the check
  await workbook.updateCells([{ sheet: 'Customers', row: cluster.rows[1], field: 'Phone', value: '13700000001' }]);
  const before = userCells(await workbook.read());
  const acting = { who: 'S001', lang };
  const expected = lang === 'zh' ? `第 ${cluster.rows[1]} 行在上次检查之后已被修改` : `row ${cluster.rows[1]} changed`;
  await expect(resolveConflict(workbook, data, cluster, cluster.owners[0], acting)).rejects.toThrow(expected);
  await expect(mergeDuplicates(workbook, data, cluster, cluster.rows[0], acting)).rejects.toThrow(expected);
  await expect(markNotSame(workbook, data, cluster, acting)).rejects.toThrow(expected);
  expect(changedCells(before, userCells(await workbook.read()))).toEqual([]);
  expect(await workbook.readAddinSheet('Audit', lang)).toEqual([]);
});

test('rows moved up by a removal above them: refused', async () => {
  const { workbook, data, cluster } = await checked('zh');
  await workbook.removeTableRows('Customers', [2]);
  await expect(
    resolveConflict(workbook, data, cluster, cluster.owners[0], { who: 'S001', lang: 'zh' }),
  ).rejects.toThrow('请重新运行检查');
});

test('unchanged rows: the action goes ahead', async () => {
  const { workbook, data, cluster } = await checked('zh');
  const audit = await resolveConflict(workbook, data, cluster, cluster.owners[0], { who: 'S001', lang: 'zh' });
  expect(audit.length).toBeGreaterThan(0);
});
