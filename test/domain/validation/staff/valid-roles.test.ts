import { createValidationContext } from '../../../../src/domain/validation';
import { checkValidRoles } from '../../../../src/domain/validation/staff/valid-roles';
import { makeWorkbook, options } from '../make-table';

describe('staff/valid-roles', () => {
  test('labels and synonyms pass', () => {
    const data = makeWorkbook({
      Staff: [{ Role: '销售顾问' }, { Role: 'Supervisor' }, { Role: '财务' }, { Role: null }],
    });
    expect(checkValidRoles(createValidationContext(data, options()))).toEqual([]);
  });

  test('an unknown role is an error listing the roles', () => {
    const issues = checkValidRoles(
      createValidationContext(makeWorkbook({ Staff: [{ Role: '实习生' }] }), options({ lang: 'zh' })),
    );
    expect(issues.map((i) => [i.row, i.field])).toEqual([[2, 'Role']]);
    expect(issues[0].message).toContain('销售员、展厅主管、部门经理、总经理、财务');
  });
});
