import { createValidationContext } from '../../../../src/domain/validation';
import { checkDutyLeadCount } from '../../../../src/domain/validation/duty/duty-lead-count';
import { makeWorkbook, options } from '../make-table';

describe('duty/duty-lead-count', () => {
  test('one lead a day and showroom, the same lead on two rows: nothing to report', () => {
    const data = makeWorkbook({
      Duty: [
        { Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001' },
        { Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 's001', OnDuty: 'S003' },
        { Date: '2026-11-27', Showroom: '二号展厅', DutyLead: 'S002', OnDuty: 'S002,P002' },
      ],
    });
    expect(checkDutyLeadCount(createValidationContext(data, options()))).toEqual([]);
  });

  test('two rows with different leads, or two ids in one cell, are reported', () => {
    const data = makeWorkbook({
      Duty: [
        { Date: '2026-11-26', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001,P001' },
        { Date: '2026-11-26', Showroom: '一号展厅', DutyLead: 'P001', OnDuty: 'P001' },
        { Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'S001、P001', OnDuty: 'S001,P001' },
      ],
    });
    const issues = checkDutyLeadCount(createValidationContext(data, options({ lang: 'zh' })));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [3, 'DutyLead'],
      [4, 'DutyLead'],
    ]);
    expect(issues[0].message).toContain('有两名值班长（S001、P001）');
  });
});
