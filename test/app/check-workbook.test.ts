/**
 * checkWorkbook: the one assembly of a check. Phases and cancelling, the settings saved in the
 * workbook, no false all-clear on a workbook without a customer table, and the question before
 * the first write.
 */
import { checkWorkbook, type CheckPhase, type FirstWritePlan } from '../../src/app/check-workbook';
import { runCheck } from '../../src/domain/engine';
import { matchOverrideFrom } from '../../src/domain/conflicts/tunables';
import { parseDate } from '../../src/domain/normalise';
import { buildSampleWorkbook } from '../../src/sample';

import { createDefaultServices } from '../../src/taskpane/defaultServices';
import type { MemoryWorkbook } from '../../src/workbook/memory';
import { unrecognisedWorkbook } from './unrecognised';

const TODAY = '2026-06-30';
const today = parseDate(TODAY)!;
const sample = (customers = 200) => buildSampleWorkbook({ seed: 42, today: TODAY, lang: 'en', customers });

/** The whole model as text, to tell whether anything at all was written. */
const snapshot = (wb: MemoryWorkbook) =>
  JSON.stringify(wb.model, (_, v) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v));

describe('checkWorkbook', () => {
  it('reports the four phases in order and stops on cancel between phases, writing nothing', async () => {
    const phases: CheckPhase[] = [];
    const done = await checkWorkbook(sample(), {
      today,
      lang: 'en',
      onProgress: (p) => phases[phases.length - 1] !== p.phase && phases.push(p.phase),
    });
    expect(phases).toEqual(['read', 'validate', 'match', 'write']);
    expect(done.outcome).toBe('checked');

    for (const stopAt of ['read', 'validate', 'match'] as const) {
      const controller = new AbortController();
      const seen: CheckPhase[] = [];
      const wb = sample();
      const before = snapshot(wb);
      const cancelled = checkWorkbook(wb, {
        today,
        lang: 'en',
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p.phase);
          if (p.phase === stopAt) controller.abort();
        },
      });
      await expect(cancelled).rejects.toThrow();
      expect(seen).not.toContain('write');
      if (stopAt !== 'match') expect(seen).not.toContain('match');
      expect(snapshot(wb)).toBe(before);
    }
  });

  it('applies the staleDays and match thresholds saved in the workbook, in one engine run', async () => {
    const wb = sample(300);
    const data = await wb.read();
    const plain = runCheck(data, { today, lang: 'en' });
    const tuned = { decision: 12, phoneTypo: 0 };
    await wb.saveSettings({ staleDays: 5, matchThresholds: tuned });
    const checked = await checkWorkbook(wb, { today, lang: 'en', write: false });
    if (checked.outcome !== 'checked') throw new Error(checked.outcome);
    expect(checked.settings).toMatchObject({ staleDays: 5, tunables: tuned });
    const expected = runCheck(data, { today, lang: 'en', staleDays: 5, match: matchOverrideFrom(tuned) });
    expect(checked.result.issues).toEqual(expected.issues);
    expect(checked.result.clusters).toEqual(expected.clusters);
    // the saved values made a difference, or this test would prove nothing
    expect(expected.clusters.length).toBeLessThan(plain.clusters.length);
    expect(expected.issues.length).toBeGreaterThan(plain.issues.length);
  });

  it('ignores saved values out of their bounds', async () => {
    const wb = sample(60);
    await wb.saveSettings({ staleDays: -3, matchThresholds: { decision: 999 } });
    const checked = await checkWorkbook(wb, { today, lang: 'en', write: false });
    expect(checked.settings).toMatchObject({ staleDays: 30, tunables: {} });
    expect(checked.settings.match).toBeUndefined();
  });

  it('an unrecognised workbook: "not recognised", nothing written, in the pane path too', async () => {
    const wb = unrecognisedWorkbook();
    const before = snapshot(wb);
    const asked: FirstWritePlan[] = [];
    const confirm = async (plan: FirstWritePlan) => (asked.push(plan), true);
    const checked = await checkWorkbook(wb, { today, lang: 'zh', confirmFirstWrite: confirm });
    expect(checked.outcome).toBe('notRecognised');
    const pane = await createDefaultServices({ today }).runCheck(
      wb,
      'zh',
      () => undefined,
      new AbortController().signal,
      confirm,
    );
    expect(pane).toEqual({ outcome: 'notRecognised' });
    expect(asked).toEqual([]);
    expect(snapshot(wb)).toBe(before);
  });

  it('asks before the first write only; declined, nothing is written', async () => {
    const wb = sample(80);
    const before = snapshot(wb);
    const plans: FirstWritePlan[] = [];
    const declined = await checkWorkbook(wb, {
      today,
      lang: 'en',
      confirmFirstWrite: async (plan) => (plans.push(plan), false),
    });
    expect(declined.outcome).toBe('declined');
    expect(snapshot(wb)).toBe(before);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      customersSheet: 'Customers',
      columns: ['Check', 'ConflictGroup'],
      sheets: ['Issues', 'Conflicts'],
    });
    expect(plans[0].otherTables).toContain('Ledger');

    const first = await checkWorkbook(wb, { today, lang: 'en', confirmFirstWrite: async () => true });
    expect(first.outcome === 'checked' && first.written).toBe(true);
    expect((await wb.read()).Customers!.mapping.columns.ConflictGroup).toBeDefined();
    const again = await checkWorkbook(wb, {
      today,
      lang: 'en',
      confirmFirstWrite: async () => {
        throw new Error('asked again');
      },
    });
    expect(again.outcome).toBe('checked');
  });
});
