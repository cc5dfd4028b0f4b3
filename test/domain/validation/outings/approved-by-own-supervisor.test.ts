import { createValidationContext } from '../../../../src/domain/validation';
import { checkApprovedByOwnSupervisor } from '../../../../src/domain/validation/outings/approved-by-own-supervisor';
import { makeWorkbook, options, staffRows } from '../make-table';

describe("outings/approved-by-own-supervisor (the approver supervises the salesperson's own showroom)", () => {
  test('the own showroom supervisor, or a department manager, passes', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Outings: [
        { Date: '2026-11-27', StaffId: 'S001', ApprovedBy: 'P001' },
        { Date: '2026-11-27', StaffId: 'S002', ApprovedBy: 'p002' },
        { Date: '2026-11-27', StaffId: 'S002', ApprovedBy: 'M001' },
      ],
    });
    expect(checkApprovedByOwnSupervisor(createValidationContext(data, options()))).toEqual([]);
  });

  test("another showroom's supervisor is a warning naming both showrooms", () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Outings: [{ Date: '2026-11-27', StaffId: 'S001', ApprovedBy: 'P002' }],
    });
    const issues = checkApprovedByOwnSupervisor(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([[2, 'ApprovedBy']]);
    expect(issues[0].message).toContain('"二号展厅"');
    expect(issues[0].message).toContain('"一号展厅"');
  });
});
