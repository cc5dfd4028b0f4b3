import { createValidationContext } from '../../../../src/domain/validation';
import { checkNotOnDutyDay } from '../../../../src/domain/validation/outings/not-on-duty-day';
import { makeWorkbook, options, staffRows } from '../make-table';

const duty = [{ Date: '2026-11-26', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001、S003' }];

describe('outings/not-on-duty-day (nobody goes out on their duty day)', () => {
  test('outings of people not on duty that day pass', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: duty,
      Outings: [
        { Date: '2026-11-26', StaffId: 'S002' },
        { Date: '2026-11-27', StaffId: 'S001' },
        // after the working day's end (18:00 by default): after duty, as duty.person.out judges it
        { Date: '2026-11-26 19:00', StaffId: 'S003' },
      ],
    });
    expect(checkNotOnDutyDay(createValidationContext(data, options()))).toEqual([]);
  });

  test('the lead or staff on duty registered out that day is a warning', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: duty,
      Outings: [
        { Date: '2026-11-26', StaffId: 'S001' },
        { Date: '2026-11-26', StaffId: 's003' },
        { Date: '2026-11-26 17:59', StaffId: 'S003' },
      ],
    });
    const issues = checkNotOnDutyDay(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'StaffId'],
      [3, 'StaffId'],
      [4, 'StaffId'],
    ]);
    expect(issues[1].message).toContain('"S003" is on duty on 2026-11-26');
  });
});
