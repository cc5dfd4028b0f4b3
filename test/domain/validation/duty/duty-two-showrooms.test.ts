import { createValidationContext } from '../../../../src/domain/validation';
import { checkDutyTwoShowrooms } from '../../../../src/domain/validation/duty/duty-two-showrooms';
import { makeWorkbook, options } from '../make-table';

describe('duty/duty-two-showrooms', () => {
  test('different people in each showroom, or the same person on other days: nothing to report', () => {
    const data = makeWorkbook({
      Duty: [
        { Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001,P001' },
        { Date: '2026-11-27', Showroom: '二号展厅', DutyLead: 'S002', OnDuty: 'S002,P002' },
        { Date: '2026-11-28', Showroom: '二号展厅', DutyLead: 'S001', OnDuty: 'S002' },
      ],
    });
    expect(checkDutyTwoShowrooms(createValidationContext(data, options()))).toEqual([]);
  });

  test('the same person in two showrooms on one day is reported at the later row', () => {
    const data = makeWorkbook({
      Duty: [
        { Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001,P001' },
        { Date: '2026-11-27', Showroom: '二号展厅', DutyLead: 'S002', OnDuty: 'S002,S001' },
      ],
    });
    const issues = checkDutyTwoShowrooms(createValidationContext(data, options({ lang: 'zh' })));
    expect(issues.map((i) => [i.row, i.field])).toEqual([[3, 'OnDuty']]);
    expect(issues[0].message).toContain('同时在展厅「一号展厅」（第 2 行）值班');
  });
});
