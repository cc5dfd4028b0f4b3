/**
 * The sample's showroom-operations registers (issue 18): realistic calls, walk-ins, work logs and
 * keys, and one documented plant per operations rule, each found by its rule at its row.
 */
import { generateSample, buildSample } from '../../src/sample';
import { validateWorkbook } from '../../src/domain/validation';
import { parseDate } from '../../src/domain/normalise';

const TODAY = '2026-06-15';

describe("the sample's operations registers", () => {
  const built = buildSample({ customers: 300, seed: 7, today: TODAY });
  let issues: ReturnType<typeof validateWorkbook> = [];
  beforeAll(async () => {
    const data = await built.workbook.read();
    issues = validateWorkbook(data, { today: parseDate(TODAY)!, lang: 'en', staleDays: 30 });
  });

  test('has rows on every register', () => {
    const sample = generateSample({ customers: 300, seed: 7, today: TODAY });
    expect(sample.sheets.Calls.length).toBeGreaterThan(10);
    expect(sample.sheets.Visits.length).toBeGreaterThan(10);
    expect(sample.sheets.WorkLogs.length).toBeGreaterThan(40);
    expect(sample.sheets.Keys.length).toBeGreaterThan(20);
  });

  test('every operations plant is found by its rule at its row, and nothing else of those rules', () => {
    const plants = built.plants.filter((p) => p.kind.startsWith('ops.'));
    expect(plants.map((p) => p.kind).sort()).toEqual(
      [
        'call.phone.other-owner',
        'call.recorder.not-lead',
        'customer.source.no-record',
        'key.not-approved',
        'key.overnight',
        'key.supervisor-out',
        'outing.approver.showroom',
        'outing.customer.not-own',
        'outing.on-duty',
        'outing.open',
        'outing.registered.after-hours',
        'visit.phone.other-owner',
        'visit.recorder.not-on-duty',
        'worklog.missing',
        'worklog.unchecked',
      ].map((k) => `ops.${k}`),
    );
    const rules = new Set(plants.map((p) => p.kind.slice(4)));
    const found = issues.filter((i) => rules.has(i.rule)).map((i) => `${i.rule} ${i.sheet} ${i.row}`);
    const planted = plants.map((p) => `${p.kind.slice(4)} ${p.sheet} ${p.rows[0]}`);
    expect(found.sort()).toEqual(planted.sort());
    // the registers hold nothing else a rule finds
    const registers = ['Calls', 'Visits', 'WorkLogs', 'Keys'];
    const onRegisters = issues.filter((i) => registers.includes(i.sheet)).map((i) => `${i.rule} ${i.sheet} ${i.row}`);
    expect(onRegisters.sort()).toEqual(planted.filter((p) => registers.includes(p.split(' ')[1])).sort());
  });
});
