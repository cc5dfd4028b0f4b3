import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkOutingApproved,
  checkOutingApproverRole,
  checkRegisteredBeforeLeaving,
} from '../../../../src/domain/validation/outings/registered-before-leaving';
import { dayToExcelSerial } from '../../../../src/domain/normalise';
import { day, makeWorkbook, options, staffRows } from '../make-table';

describe('outings/registered-before-leaving (outing must be registered the day before or before leaving)', () => {
  test('registered the evening before, or early that morning, with a supervisor approving, passes', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Outings: [
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '拜访', RegisteredAt: '2026-11-26 17:30', ApprovedBy: 'P001' },
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '拜访', RegisteredAt: '2026-11-27 08:45', ApprovedBy: 'M001' },
        {
          Date: '2026-11-27',
          StaffId: 'S001',
          Purpose: '拜访',
          RegisteredAt: dayToExcelSerial(day('2026-11-27')) + 9 / 24,
          ApprovedBy: 'P001',
        },
        {
          Date: '2026-11-27',
          StaffId: 'S001',
          Purpose: '拜访',
          RegisteredAt: new Date(Date.UTC(2026, 10, 26, 18, 0)),
          ApprovedBy: 'P001',
        },
      ],
    });
    const ctx = createValidationContext(data, options());
    expect([
      ...checkRegisteredBeforeLeaving(ctx),
      ...checkOutingApproved(ctx),
      ...checkOutingApproverRole(ctx),
    ]).toEqual([]);
  });

  test('registered after 09:00 that day or later, without approver, or approved by a salesperson: warnings', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Outings: [
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '拜访', RegisteredAt: '2026-11-27 10:15', ApprovedBy: 'P001' },
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '拜访', RegisteredAt: '2026-11-28', ApprovedBy: '' },
        { Date: '2026-11-27', StaffId: 'S001', Purpose: '拜访', RegisteredAt: '2026-11-26 18:00', ApprovedBy: 'S002' },
      ],
    });
    const ctx = createValidationContext(data, options());
    const late = checkRegisteredBeforeLeaving(ctx);
    expect(late.map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, 'RegisteredAt', 'warning'],
      [3, 'RegisteredAt', 'warning'],
    ]);
    expect(late[0].message).toContain('2026-11-27 10:15');
    expect(late[0].message).toContain('09:00');
    expect(checkOutingApproved(ctx).map((i) => i.row)).toEqual([3]);
    expect(checkOutingApproverRole(ctx).map((i) => [i.row, i.field])).toEqual([[4, 'ApprovedBy']]);
  });

  test('the deadline is configurable', () => {
    const data = makeWorkbook({ Outings: [{ Date: '2026-11-27', RegisteredAt: '2026-11-27 10:15' }] });
    expect(
      checkRegisteredBeforeLeaving(createValidationContext(data, options({ outingDeadlineMinutes: 10 * 60 + 30 }))),
    ).toEqual([]);
  });
});
