import { createValidationContext } from '../../../../src/domain/validation';
import { checkKeyApproved } from '../../../../src/domain/validation/keys/approved-by-supervisor';
import { makeWorkbook, options, staffRows } from '../make-table';

describe("keys/approved-by-supervisor (keys are handed out with the supervisor's approval)", () => {
  test("approved by the taker's showroom supervisor passes", () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Keys: [
        { Vehicle: 'K-1', TakenBy: 'S001', TakenAt: '2026-11-26 10:00', ApprovedBy: 'P001' },
        { Vehicle: 'K-2', TakenBy: 'S002', TakenAt: '2026-11-26 10:00', ApprovedBy: 'p002' },
      ],
    });
    expect(checkKeyApproved(createValidationContext(data, options()))).toEqual([]);
  });

  test("no approver, a salesperson, or another showroom's supervisor is a warning", () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Keys: [
        { Vehicle: 'K-1', TakenBy: 'S001', TakenAt: '2026-11-26 10:00', ApprovedBy: null },
        { Vehicle: 'K-2', TakenBy: 'S001', TakenAt: '2026-11-26 10:00', ApprovedBy: 'S002' },
        { Vehicle: 'K-3', TakenBy: 'S001', TakenAt: '2026-11-26 10:00', ApprovedBy: 'P002' },
      ],
    });
    const issues = checkKeyApproved(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'ApprovedBy'],
      [3, 'ApprovedBy'],
      [4, 'ApprovedBy'],
    ]);
    expect(issues[0].message).toContain('no approver');
    expect(issues[2].message).toContain('"P002" is not an active supervisor');
  });
});
