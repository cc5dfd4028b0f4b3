import { createValidationContext } from '../../../../src/domain/validation';
import { checkDutyLeadShowroom } from '../../../../src/domain/validation/duty/duty-lead-showroom';
import { makeWorkbook, options, staffRows } from '../make-table';

describe('duty/duty-lead-showroom', () => {
  test('leads of their own showroom (written loosely), or with no showroom, pass', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: [
        { Date: '2026-11-27', Showroom: '一号展厅 ', DutyLead: 'S001', OnDuty: 'S001' },
        { Date: '2026-11-27', Showroom: '二号展厅', DutyLead: 'M001', OnDuty: 'S002' },
      ],
    });
    expect(checkDutyLeadShowroom(createValidationContext(data, options()))).toEqual([]);
  });

  test('a lead from another showroom is reported', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: [{ Date: '2026-11-27', Showroom: '二号展厅', DutyLead: 'S001', OnDuty: 'S001,S002' }],
    });
    const issues = checkDutyLeadShowroom(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([[2, 'DutyLead']]);
    expect(issues[0].message).toContain('"S001" belongs to showroom "一号展厅" but leads in "二号展厅"');
  });
});
