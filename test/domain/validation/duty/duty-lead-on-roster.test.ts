import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkDutyLeadOnRoster,
  checkDutyStaffOnRoster,
} from '../../../../src/domain/validation/duty/duty-lead-on-roster';
import { makeWorkbook, options, staffRows } from '../make-table';

describe('duty/duty-lead-on-roster', () => {
  test('active duty leads and staff pass', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: [{ Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'P001', OnDuty: 'S001、s002' }],
    });
    const ctx = createValidationContext(data, options());
    expect([...checkDutyLeadOnRoster(ctx), ...checkDutyStaffOnRoster(ctx)]).toEqual([]);
  });

  test('unknown or inactive leads and staff are errors', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: [
        { Date: '2026-11-27', DutyLead: 'X9', OnDuty: 'S001, S003' },
        { Date: '2026-11-28', DutyLead: 'S003', OnDuty: 'S001' },
      ],
    });
    const ctx = createValidationContext(data, options());
    const lead = checkDutyLeadOnRoster(ctx);
    expect(lead.map((i) => [i.row, i.field])).toEqual([
      [2, 'DutyLead'],
      [3, 'DutyLead'],
    ]);
    expect(lead[1].message).toMatch(/no longer active/);
    const staff = checkDutyStaffOnRoster(ctx);
    expect(staff.map((i) => [i.row, i.field])).toEqual([[2, 'OnDuty']]);
    expect(staff[0].message).toContain('S003');
  });
});
