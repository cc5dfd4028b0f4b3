import { createValidationContext } from '../../../../src/domain/validation';
import { checkRegisteredBeforeDayEnd } from '../../../../src/domain/validation/outings/registered-before-day-end';
import { makeWorkbook, options } from '../make-table';

describe('outings/registered-before-day-end ("the evening before" means before the working day ends)', () => {
  test('registered the day before by 18:00, days earlier, or that morning, passes', () => {
    const data = makeWorkbook({
      Outings: [
        { Date: '2026-11-27', RegisteredAt: '2026-11-26 17:30' },
        { Date: '2026-11-27', RegisteredAt: new Date(Date.UTC(2026, 10, 26, 18, 0)) },
        { Date: '2026-11-27', RegisteredAt: '2026-11-24 21:00' },
        { Date: '2026-11-27', RegisteredAt: '2026-11-27 08:40' },
      ],
    });
    expect(checkRegisteredBeforeDayEnd(createValidationContext(data, options()))).toEqual([]);
  });

  test('registered after 18:00 the evening before is a warning; the end of the day is a setting', () => {
    const data = makeWorkbook({
      Outings: [
        { Date: '2026-11-27', RegisteredAt: '2026-11-26 23:30' },
        { Date: '2026-11-27', RegisteredAt: '2026-11-26 18:20' },
      ],
    });
    const issues = checkRegisteredBeforeDayEnd(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, 'RegisteredAt', 'warning'],
      [3, 'RegisteredAt', 'warning'],
    ]);
    expect(issues[0].message).toContain('2026-11-26 23:30');
    expect(issues[0].message).toContain('18:00');
    const later = checkRegisteredBeforeDayEnd(createValidationContext(data, options({ workdayEndMinutes: 19 * 60 })));
    expect(later.map((i) => i.row)).toEqual([2]);
  });
});
