import { createValidationContext } from '../../../../src/domain/validation';
import { checkDutyPersonOut } from '../../../../src/domain/validation/duty/duty-person-out';
import { makeWorkbook, options } from '../make-table';

const duty = [{ Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001,P001' }];

describe('duty/duty-person-out', () => {
  test('outings of people not on duty, on other days, or after the working day, pass', () => {
    const data = makeWorkbook({
      Duty: duty,
      Outings: [
        { Date: '2026-11-27', StaffId: 'S002' },
        { Date: '2026-11-26', StaffId: 'S001' },
        { Date: '2026-11-27 18:30', StaffId: 'P001' },
      ],
    });
    expect(checkDutyPersonOut(createValidationContext(data, options()))).toEqual([]);
  });

  test('the lead or a person on duty registered out that day is reported at the rota row', () => {
    const data = makeWorkbook({
      Duty: duty,
      Outings: [
        { Date: '2026-11-27', StaffId: 's001' },
        { Date: '2026-11-27 10:00', StaffId: 'P001' },
      ],
    });
    const issues = checkDutyPersonOut(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, 'DutyLead', 'warning'],
      [2, 'OnDuty', 'warning'],
    ]);
    expect(issues[1].message).toContain('P001 is on duty on 2026-11-27 but registered out that day (外出登记, row 3)');
    // a later end of the working day makes the 18:30 outing clash too
    const late = makeWorkbook({ Duty: duty, Outings: [{ Date: '2026-11-27 18:30', StaffId: 'P001' }] });
    expect(checkDutyPersonOut(createValidationContext(late, options({ dutyEndMinutes: 19 * 60 })))).toHaveLength(1);
  });
});
