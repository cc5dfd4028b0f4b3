/**
 * The showroom's day (the pane's 展厅 tab) over the sample's memory workbook, in both languages:
 * the calls and walk-ins of the planted day with their planted rows, the keys out on a day (the
 * overnight key on both its days, the unapproved one with no approver), the week's work logs
 * (the planted missing log, the week just ended still unchecked), and each section's findings on
 * the planted rows; an empty workbook gives empty lists.
 */
import { showroomDay } from '../../src/app/showroom-day';
import { parseDate } from '../../src/domain/normalise';
import { buildSample } from '../../src/sample';
import type { Lang } from '../../src/domain/schema';

const TODAY = parseDate('2026-06-30')!;

for (const lang of ['zh', 'en'] as Lang[]) {
  describe(`showroomDay (${lang})`, () => {
    const built = buildSample({ seed: 11, today: '2026-06-30', lang, customers: 120 });
    const plant = (kind: string) => {
      const p = built.plants.find((x) => x.kind === kind);
      if (!p) throw new Error(`no plant ${kind}`);
      return p;
    };

    it("lists the planted day's calls and walk-ins, with their findings", async () => {
      const v = await showroomDay(built.workbook, TODAY - 5, lang, TODAY);
      const callRows = v.calls.map((c) => c.row);
      const visitRows = v.visits.map((c) => c.row);
      for (const k of ['ops.call.recorder.not-lead', 'ops.call.phone.other-owner'])
        expect(callRows).toContain(plant(k).rows[0]);
      for (const k of ['ops.visit.recorder.not-on-duty', 'ops.visit.phone.other-owner'])
        expect(visitRows).toContain(plant(k).rows[0]);
      // in time order, each with its recorder's name
      const mins = v.calls.map((c) => c.minutes ?? 0);
      expect(mins).toEqual([...mins].sort((a, b) => a - b));
      expect(v.calls.every((c) => c.recordedBy.id && c.recordedBy.name)).toBe(true);
      const at = (rule: string, list: { rule: string; row: number }[]) =>
        list.filter((f) => f.rule === rule).map((f) => f.row);
      expect(at('call.recorder.not-lead', v.sectionFindings.calls)).toContain(
        plant('ops.call.recorder.not-lead').rows[0],
      );
      expect(at('call.phone.other-owner', v.sectionFindings.calls)).toContain(
        plant('ops.call.phone.other-owner').rows[0],
      );
      expect(at('visit.recorder.not-on-duty', v.sectionFindings.visits)).toContain(
        plant('ops.visit.recorder.not-on-duty').rows[0],
      );
      // the other day's lists are not the same
      const other = await showroomDay(built.workbook, TODAY - 6, lang, TODAY);
      expect(other.calls.map((c) => c.row)).not.toContain(plant('ops.call.recorder.not-lead').rows[0]);
      // findings of the Duty and Outings sheets stay in their own list
      expect(v.findings.every((f) => f.sheet === 'Duty' || f.sheet === 'Outings')).toBe(true);
      expect(v.sectionFindings.calls.some((f) => f.sheet === 'Duty')).toBe(false);
    });

    it('lists the keys out on a day: the overnight key on both days, the unapproved one', async () => {
      const overnight = plant('ops.key.overnight').rows[0];
      const unapproved = plant('ops.key.not-approved').rows[0];
      const day = await showroomDay(built.workbook, TODAY - 3, lang, TODAY);
      const before = await showroomDay(built.workbook, TODAY - 4, lang, TODAY);
      expect(day.keys.map((k) => k.row)).toEqual(expect.arrayContaining([overnight, unapproved]));
      expect(before.keys.map((k) => k.row)).toContain(overnight);
      expect(before.keys.map((k) => k.row)).not.toContain(unapproved);
      const k = day.keys.find((x) => x.row === unapproved)!;
      expect(k.approvedBy).toBeNull();
      expect(k.vehicle).toMatch(/^LSVAB2BR/);
      expect(k.takenBy.name).not.toBe('');
      expect(Math.floor(k.takenAt)).toBe(TODAY - 3);
      // every key listed was out at some time of that day
      for (const x of day.keys) {
        expect(Math.floor(x.takenAt)).toBeLessThanOrEqual(TODAY - 3);
        if (!Number.isNaN(x.returnedAt)) expect(Math.floor(x.returnedAt)).toBeGreaterThanOrEqual(TODAY - 3);
      }
      const rules = day.sectionFindings.keys.map((f) => `${f.rule}@${f.row}`);
      expect(rules).toContain(`key.overnight@${overnight}`);
      expect(rules).toContain(`key.not-approved@${unapproved}`);
      expect(rules).toContain(`key.supervisor-out@${plant('ops.key.supervisor-out').rows[0]}`);
    });

    it("lists the week's work logs: who has one, checked or not", async () => {
      // 2026-06-25: the week of 06-22, just ended by today, so nobody's log is checked yet
      const v = await showroomDay(built.workbook, TODAY - 5, lang, TODAY);
      expect(v.week).toBe(parseDate('2026-06-22'));
      expect(v.worklogs.length).toBeGreaterThan(3);
      expect(v.worklogs.every((w) => w.row !== null && w.checkedBy === null)).toBe(true);
      // the week of 06-08: the planted missing log; the others checked by their supervisor
      const missing = /^(S\d+)/.exec(plant('ops.worklog.missing').what)![1];
      const w = await showroomDay(built.workbook, parseDate('2026-06-10')!, lang, TODAY);
      const mine = w.worklogs.find((x) => x.person.id === missing)!;
      expect(mine.row).toBeNull();
      expect(w.worklogs.filter((x) => x.row !== null).every((x) => x.checkedBy !== null)).toBe(true);
      const rules = w.sectionFindings.worklogs.map((f) => f.rule);
      expect(rules).toContain('worklog.missing');
      expect(rules).toContain('worklog.unchecked');
      const unchecked = w.sectionFindings.worklogs.filter((f) => f.rule === 'worklog.unchecked').map((f) => f.row);
      expect(unchecked).toContain(plant('ops.worklog.unchecked').rows[0]);
    });

    it('gives empty lists for a workbook without the registers', async () => {
      const empty = buildSample({ lang, empty: true });
      const v = await showroomDay(empty.workbook, TODAY, lang, TODAY);
      expect([v.calls, v.visits, v.keys, v.worklogs]).toEqual([[], [], [], []]);
      expect(v.sectionFindings).toEqual({ calls: [], visits: [], keys: [], worklogs: [] });
    });
  });
}
