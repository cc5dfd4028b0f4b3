/**
 * The sample's rota: the generator's fair rota with one documented plant per duty rule. Each plant
 * is found by its rule at its row, and the rota has no other duty findings (a realistic rota is clean).
 */
import { buildSample } from '../../src/sample';
import { validateWorkbook } from '../../src/domain/validation';
import { parseDate } from '../../src/domain/normalise';

const TODAY = '2026-06-15';
const RULE_OF: Record<string, string> = {
  'duty.missingDay': 'duty.day.missing',
  'duty.onePerson': 'duty.people.count',
  'duty.twoLeads': 'duty.lead.count',
  'duty.twice': 'duty.person.twice',
  'duty.twoShowrooms': 'duty.person.two-showrooms',
  'duty.leadOtherShowroom': 'duty.lead.showroom',
  'duty.left': 'duty.staff.unknown',
  'duty.outOnDuty': 'duty.person.out',
};

describe.each(['zh', 'en'] as const)('sample rota (%s)', (lang) => {
  test('each duty plant is found by its rule at its row, and nothing else on the Duty sheet', async () => {
    const { workbook, plants, data } = buildSample({ customers: 120, seed: 7, today: TODAY, lang });
    const wb = await workbook.read();
    const issues = validateWorkbook(wb, { today: parseDate(TODAY)!, lang, staleDays: 30 }).filter(
      (i) => i.sheet === 'Duty',
    );
    const dutyPlants = plants.filter((p) => p.sheet === 'Duty');
    expect(dutyPlants.map((p) => p.kind).sort()).toEqual(Object.keys(RULE_OF).sort());
    for (const p of dutyPlants) {
      const hit = issues.some((i) => i.rule === RULE_OF[p.kind] && p.rows.includes(i.row));
      expect({ plant: p.kind, hit }).toEqual({ plant: p.kind, hit: true });
    }
    const planted = new Set(dutyPlants.flatMap((p) => p.rows));
    // the two-showrooms plant also moves a person: the row it came into is the first naming them
    const unexplained = issues.filter((i) => !planted.has(i.row));
    expect(unexplained.map((i) => `${i.row} ${i.rule}`)).toEqual([]);
    // the rota runs to the end of the month (planned ahead), 3 showrooms a day, one day removed
    const duty = data!.sheets.Duty;
    expect(duty).toHaveLength(75 * 3 - 1);
    expect(duty[duty.length - 1].Date).toEqual(new Date(Date.UTC(2026, 5, 30)));
  });
});
