import { createValidationContext } from '../../../../src/domain/validation';
import { checkKeyTakenWhileSupervisorOut } from '../../../../src/domain/validation/keys/taken-while-supervisor-out';
import { makeWorkbook, options, staffRows } from '../make-table';

describe('keys/taken-while-supervisor-out (no keys handed out while their keeper is out)', () => {
  test('the supervisor in, or back before the key was taken, passes', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Outings: [{ Date: '2026-11-26', StaffId: 'P001', ReturnedAt: '2026-11-26 11:00' }],
      Keys: [
        { Vehicle: 'K-1', TakenBy: 'S001', TakenAt: '2026-11-26 14:00', ApprovedBy: 'P001' },
        { Vehicle: 'K-2', TakenBy: 'S001', TakenAt: '2026-11-25 10:00', ApprovedBy: 'P001' },
      ],
    });
    expect(checkKeyTakenWhileSupervisorOut(createValidationContext(data, options()))).toEqual([]);
  });

  test('a key taken while the approver, or (no approver) the showroom supervisor, was out is a warning', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Outings: [
        { Date: '2026-11-26', StaffId: 'P001', ReturnedAt: null },
        { Date: '2026-11-25', StaffId: 'P001', ReturnedAt: '2026-11-25 16:00' },
      ],
      Keys: [
        { Vehicle: 'K-1', TakenBy: 'S001', TakenAt: '2026-11-26 14:00', ApprovedBy: 'P001' },
        { Vehicle: 'K-2', TakenBy: 'S001', TakenAt: '2026-11-25 10:00', ApprovedBy: null },
      ],
    });
    const issues = checkKeyTakenWhileSupervisorOut(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'TakenAt'],
      [3, 'TakenAt'],
    ]);
    expect(issues[0].message).toContain('supervisor "P001", was registered out on 2026-11-26 ("外出登记" row 2)');
    expect(issues[1].message).toContain('row 3');
  });
});
