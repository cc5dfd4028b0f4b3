import { createValidationContext } from '../../../../src/domain/validation';
import { checkDutyPeopleCount } from '../../../../src/domain/validation/duty/duty-people-count';
import { dutyPolicyFrom } from '../../../../src/domain/duty/policy';
import { makeWorkbook, options } from '../make-table';

describe('duty/duty-people-count', () => {
  test('two people a day, the lead counted once whether or not OnDuty repeats it', () => {
    const data = makeWorkbook({
      Duty: [
        { Date: '2026-11-26', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001,S003' },
        { Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S003' },
      ],
    });
    expect(checkDutyPeopleCount(createValidationContext(data, options()))).toEqual([]);
  });

  test("one person, or three, is reported on the day's first row", () => {
    const data = makeWorkbook({
      Duty: [
        { Date: '2026-11-26', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001' },
        { Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S002、S003' },
      ],
    });
    const issues = checkDutyPeopleCount(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'OnDuty'],
      [3, 'OnDuty'],
    ]);
    expect(issues[0].message).toContain('1 people on duty on 2026-11-26, 2 are needed');
    expect(issues[1].message).toMatch(/3 people .* Remove/);
  });

  test('the per showroom and weekday setting decides N (Friday 2026-11-27 needs 3)', () => {
    const data = makeWorkbook({
      Duty: [{ Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S002、S003' }],
    });
    const policy = dutyPolicyFrom({ default: 2, '一号展厅@5': 3 });
    expect(checkDutyPeopleCount(createValidationContext(data, options({ dutyPolicy: policy })))).toEqual([]);
    const other = dutyPolicyFrom({ '二号展厅@5': 3, 一号展厅: 99 }); // 99 out of bounds: dropped
    expect(checkDutyPeopleCount(createValidationContext(data, options({ dutyPolicy: other })))).toHaveLength(1);
  });
});
