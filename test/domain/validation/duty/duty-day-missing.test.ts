import { createValidationContext } from '../../../../src/domain/validation';
import { checkDutyDayMissing } from '../../../../src/domain/validation/duty/duty-day-missing';
import { dutyPolicyFrom } from '../../../../src/domain/duty/policy';
import { makeWorkbook, options } from '../make-table';

const row = (Date: string, Showroom = '一号展厅') => ({ Date, Showroom, DutyLead: 'S001', OnDuty: 'S001,P001' });

describe('duty/duty-day-missing', () => {
  test('every day between the first and the last rota day has a row: nothing to report', () => {
    const data = makeWorkbook({ Duty: [row('2026-11-25'), row('2026-11-26'), row('2026-11-27')] });
    expect(checkDutyDayMissing(createValidationContext(data, options()))).toEqual([]);
  });

  test('a gap of days is one finding at the last row before it, per showroom', () => {
    const data = makeWorkbook({
      Duty: [
        row('2026-11-20'),
        row('2026-11-21'),
        row('2026-11-24'),
        row('2026-11-20', '二号展厅'),
        row('2026-11-23', '二号展厅'),
        row('2026-11-24', '二号展厅'),
      ],
    });
    const issues = checkDutyDayMissing(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field, i.rule])).toEqual([
      [3, 'Date', 'duty.day.missing'],
      [5, 'Date', 'duty.day.missing'],
    ]);
    expect(issues[0].message).toContain('2026-11-22 to 2026-11-23 (2 days)');
    expect(issues[1].message).toContain('二号展厅');
  });

  test('a day the policy closes (0 people, Sunday 2026-11-22) needs no rota; zh message', () => {
    const data = makeWorkbook({ Duty: [row('2026-11-21'), row('2026-11-23')] });
    const policy = dutyPolicyFrom({ '一号展厅@7': 0 });
    expect(checkDutyDayMissing(createValidationContext(data, options({ dutyPolicy: policy })))).toEqual([]);
    const zh = checkDutyDayMissing(createValidationContext(data, options({ lang: 'zh' })));
    expect(zh[0].message).toContain('「一号展厅」2026-11-22 没有值班安排');
  });
});
