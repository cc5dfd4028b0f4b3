import { createValidationContext } from '../../../../src/domain/validation';
import { checkStaffUniqueIds } from '../../../../src/domain/validation/staff/unique-ids';
import { makeWorkbook, options, staffRows } from '../make-table';

describe('staff/unique-ids', () => {
  test('a roster with distinct ids passes', () => {
    expect(checkStaffUniqueIds(createValidationContext(makeWorkbook({ Staff: staffRows() }), options()))).toEqual([]);
  });

  test('repeated ids are errors on every row', () => {
    const issues = checkStaffUniqueIds(
      createValidationContext(makeWorkbook({ Staff: [...staffRows(), { StaffId: 's001' }] }), options()),
    );
    expect(issues.map((i) => [i.row, i.rule, i.severity])).toEqual([
      [2, 'staff.id.duplicate', 'error'],
      [8, 'staff.id.duplicate', 'error'],
    ]);
  });
});
