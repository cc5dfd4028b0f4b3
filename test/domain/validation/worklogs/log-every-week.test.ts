import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkWorkLogEveryWeek,
  checkWorkLogWeekFormat,
} from '../../../../src/domain/validation/worklogs/log-every-week';
import { isoWeekText, parseWeek } from '../../../../src/domain/operations/week';
import { day, makeWorkbook, options, staffRows } from '../make-table';

describe('worklogs/log-every-week (every active salesperson logs every week)', () => {
  test('weeks read from a Monday, any day of the week, or an ISO week', () => {
    expect(parseWeek('2026-11-23')).toBe(day('2026-11-23'));
    expect(parseWeek('2026-11-29')).toBe(day('2026-11-23'));
    expect(parseWeek('2026-W48')).toBe(day('2026-11-23'));
    expect(parseWeek('2026年第48周')).toBe(day('2026-11-23'));
    expect(isoWeekText(day('2026-11-23'))).toBe('2026-W48');
    expect(isoWeekText(day('2020-12-28'))).toBe('2020-W53');
    expect(parseWeek('2026-W54')).toBeNaN();
  });

  test("every full week logged (from the sheet's first week, or the person's first trace) passes", () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      WorkLogs: [
        // S001: W46 and W47 (the last full week before 2026-11-27); the week under way needs none
        { StaffId: 'S001', Week: '2026-11-09' },
        { StaffId: 'S001', Week: '2026-W47' },
        // S002 started later: first log in W47, nothing expected before it
        { StaffId: 'S002', Week: '2026-11-18' },
      ],
    });
    const ctx = createValidationContext(data, options());
    expect([...checkWorkLogEveryWeek(ctx), ...checkWorkLogWeekFormat(ctx)]).toEqual([]);
  });

  test("a week without a log is a warning on the salesperson's Staff row; an unreadable week an error", () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      WorkLogs: [
        { StaffId: 'S001', Week: '2026-11-02' },
        { StaffId: 'S002', Week: '2026-11-09' },
        { StaffId: 'S002', Week: '下周' },
      ],
    });
    const ctx = createValidationContext(data, options());
    const missing = checkWorkLogEveryWeek(ctx);
    expect(missing.map((i) => [i.sheet, i.row, i.field])).toEqual([
      ['Staff', 2, 'StaffId'],
      ['Staff', 3, 'StaffId'],
    ]);
    expect(missing[0].message).toContain('2 week(s): 2026-W46, 2026-W47');
    expect(missing[1].message).toContain('1 week(s): 2026-W47');
    const format = checkWorkLogWeekFormat(ctx);
    expect(format.map((i) => [i.row, i.severity])).toEqual([[4, 'error']]);
  });
});
