/**
 * The oracle of the updates after an action: a fresh check of the changed workbook. Shared by
 * the tests of updateAfterAction (resolve, not the same) and of the update after a merge.
 */
import { parseDate } from '../../src/domain/normalise';
import { checkWorkbook, type CheckedWorkbook } from '../../src/app/check-workbook';
import type { ActionUpdate, CheckState } from '../../src/app/update-after-action';
import type { CheckResult, EngineStatusColumn } from '../../src/domain/engine';
import type { SheetKey } from '../../src/domain/schema';
import type { MemoryWorkbook } from '../../src/workbook/memory';

export const TODAY = '2026-11-27';
export const today = parseDate(TODAY)!;
export const acting = { who: 'S001', lang: 'zh' as const, now: new Date('2026-11-27T10:00:00Z') };

export async function check(workbook: MemoryWorkbook): Promise<CheckedWorkbook> {
  const outcome = await checkWorkbook(workbook, { today, lang: 'zh', pause: async () => undefined });
  if (outcome.outcome !== 'checked') throw new Error(outcome.outcome);
  return outcome;
}

export function stateOf(c: CheckedWorkbook): CheckState {
  return { data: c.data, result: c.result, notSame: c.notSame, settings: c.settings, today, lang: 'zh' };
}

/** What the pane shows and the workbook holds: everything but the timings. */
export function verdict(r: CheckResult) {
  return {
    issues: r.issues,
    clusters: r.clusters,
    suspicious: r.suspicious,
    possible: r.possible,
    placeholders: r.placeholders,
    status: r.status,
    counts: { ...r.stats, msValidate: 0, msMatch: 0, match: undefined },
  };
}

/** Compares the update with a fresh check, and the status cells written with the columns. */
export async function expectLikeFreshCheck(workbook: MemoryWorkbook, update: ActionUpdate): Promise<CheckedWorkbook> {
  const fresh = await check(workbook);
  expect(verdict(update.result)).toEqual(verdict(fresh.result));
  // every sheet's status cells (written before the fresh check) are the update's: every changed cell was written
  for (const [sheet, columns] of Object.entries(update.result.status) as [SheetKey, EngineStatusColumn[]][])
    for (const column of columns)
      expect(fresh.data[sheet]!.columns[column.field].map((v) => v ?? null)).toEqual(column.values);
  return fresh;
}
