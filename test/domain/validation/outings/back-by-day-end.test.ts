import { createValidationContext } from '../../../../src/domain/validation';
import { checkBackByDayEnd } from '../../../../src/domain/validation/outings/back-by-day-end';
import { makeWorkbook, options } from '../make-table';

describe('outings/back-by-day-end (an outing still open at the end of the day)', () => {
  test('a return time the same day, or an outing of today, passes', () => {
    const data = makeWorkbook({
      Outings: [
        { Date: '2026-11-26', StaffId: 'S001', ReturnedAt: '2026-11-26 16:40' },
        { Date: '2026-11-26', StaffId: 'S001', ReturnedAt: '2026-11-26 19:10' },
        { Date: '2026-11-27', StaffId: 'S001', ReturnedAt: null },
      ],
    });
    expect(checkBackByDayEnd(createValidationContext(data, options()))).toEqual([]);
  });

  test('a past outing without a return time, or back the next day, is a warning', () => {
    const data = makeWorkbook({
      Outings: [
        { Date: '2026-11-25', StaffId: 'S001', ReturnedAt: null },
        { Date: '2026-11-25', StaffId: 'S001', ReturnedAt: '2026-11-26 09:00' },
      ],
    });
    const issues = checkBackByDayEnd(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'ReturnedAt'],
      [3, 'ReturnedAt'],
    ]);
    expect(issues[0].message).toContain('(18:00)');
    expect(issues[1].message).toContain('2026-11-26 09:00');
  });
});
