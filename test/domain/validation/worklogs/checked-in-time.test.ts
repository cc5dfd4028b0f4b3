import { createValidationContext } from '../../../../src/domain/validation';
import { checkWorkLogChecked } from '../../../../src/domain/validation/worklogs/checked-in-time';
import { makeWorkbook, options, staffRows } from '../make-table';

describe('worklogs/checked-in-time (the supervisor checks each log within N days)', () => {
  test('checked within 7 days by the own supervisor or a manager, or not yet due, passes', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      WorkLogs: [
        { StaffId: 'S001', Week: '2026-11-09', CheckedBy: 'P001', CheckedAt: '2026-11-20' },
        { StaffId: 'S002', Week: '2026-11-09', CheckedBy: 'M001', CheckedAt: '2026-11-16' },
        // W47 ended 2026-11-22: due by 2026-11-29, not yet late on 2026-11-27
        { StaffId: 'S001', Week: '2026-11-16', CheckedBy: null, CheckedAt: null },
      ],
    });
    expect(checkWorkLogChecked(createValidationContext(data, options()))).toEqual([]);
  });

  test("unchecked past the deadline, checked late, or by another showroom's supervisor: warnings", () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      WorkLogs: [
        { StaffId: 'S001', Week: '2026-11-09', CheckedBy: null, CheckedAt: null },
        { StaffId: 'S001', Week: '2026-11-02', CheckedBy: 'P001', CheckedAt: '2026-11-20' },
        { StaffId: 'S001', Week: '2026-10-26', CheckedBy: 'P002', CheckedAt: '2026-11-03' },
      ],
    });
    const issues = checkWorkLogChecked(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'CheckedAt'],
      [3, 'CheckedAt'],
      [4, 'CheckedBy'],
    ]);
    expect(issues[0].message).toContain('2026-W46');
    expect(issues[0].message).toContain('12 days');
    expect(issues[1].message).toContain('checked on 2026-11-20, 12 days');
    expect(issues[2].message).toContain('"P002"');
    // a longer allowance (a setting) makes the unchecked W46 not yet late
    const lenient = checkWorkLogChecked(createValidationContext(data, options({ logCheckDays: 14 })));
    expect(lenient.map((i) => i.row)).toEqual([4]);
  });
});
