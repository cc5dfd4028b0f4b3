import { createValidationContext } from '../../../../src/domain/validation';
import { checkDutyPersonTwice } from '../../../../src/domain/validation/duty/duty-person-twice';
import { makeWorkbook, options } from '../make-table';

describe('duty/duty-person-twice', () => {
  test('the lead repeated in OnDuty, and the same person on another day or showroom, are fine', () => {
    const data = makeWorkbook({
      Duty: [
        { Date: '2026-11-26', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001,P001' },
        { Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001,P001' },
      ],
    });
    expect(checkDutyPersonTwice(createValidationContext(data, options()))).toEqual([]);
  });

  test('twice in one list, or on two rows of one day, is reported', () => {
    const data = makeWorkbook({
      Duty: [
        { Date: '2026-11-26', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'P001, p001' },
        { Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001' },
        { Date: '2026-11-27', Showroom: '一号展厅', DutyLead: '', OnDuty: 'S001' },
      ],
    });
    const issues = checkDutyPersonTwice(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'OnDuty'],
      [4, 'OnDuty'],
    ]);
    expect(issues[0].message).toContain('P001 is on the rota of 2026-11-26 twice');
  });
});
