import { createValidationContext } from '../../../../src/domain/validation';
import { checkShowroomHasSupervisor } from '../../../../src/domain/validation/staff/showroom-has-supervisor';
import { makeWorkbook, options, staffRows } from '../make-table';

describe('staff/showroom-has-supervisor', () => {
  test('every showroom with an active supervisor passes', () => {
    expect(
      checkShowroomHasSupervisor(createValidationContext(makeWorkbook({ Staff: staffRows() }), options())),
    ).toEqual([]);
  });

  test('a showroom without one, or whose supervisor left, is an error at its first row', () => {
    const rows = [
      ...staffRows(),
      { StaffId: 'S010', Role: '销售员', Showroom: '三号展厅', Active: '是' },
      { StaffId: 'P003', Role: '展厅主管', Showroom: '三号展厅', Active: '否' },
    ];
    const issues = checkShowroomHasSupervisor(createValidationContext(makeWorkbook({ Staff: rows }), options()));
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([[8, 'Showroom', 'error']]);
    expect(issues[0].message).toContain('三号展厅');
  });
});
