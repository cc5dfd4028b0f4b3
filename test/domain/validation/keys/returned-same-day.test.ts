import { createValidationContext } from '../../../../src/domain/validation';
import { checkKeyReturnedSameDay } from '../../../../src/domain/validation/keys/returned-same-day';
import { makeWorkbook, options } from '../make-table';

describe('keys/returned-same-day (a car key is back the same day)', () => {
  test('returned the same day, or taken today and still out, passes', () => {
    const data = makeWorkbook({
      Keys: [
        { Vehicle: 'LSVAB2BR5KN123456', TakenAt: '2026-11-26 10:00', ReturnedAt: '2026-11-26 11:30' },
        { Vehicle: 'K-0012', TakenAt: '2026-11-27 09:00', ReturnedAt: null },
      ],
    });
    expect(checkKeyReturnedSameDay(createValidationContext(data, options()))).toEqual([]);
  });

  test('returned the next day, or never returned, is a warning', () => {
    const data = makeWorkbook({
      Keys: [
        { Vehicle: 'K-0012', TakenAt: '2026-11-25 16:00', ReturnedAt: '2026-11-26 09:10' },
        { Vehicle: 'K-0013', TakenAt: '2026-11-26 15:00', ReturnedAt: null },
      ],
    });
    const issues = checkKeyReturnedSameDay(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'ReturnedAt'],
      [3, 'ReturnedAt'],
    ]);
    expect(issues[0].message).toContain('"K-0012"');
    expect(issues[1].message).toContain('no return time');
  });
});
