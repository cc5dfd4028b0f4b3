import { createValidationContext } from '../../../../src/domain/validation';
import { checkCallRecordedByLead } from '../../../../src/domain/validation/calls/recorded-by-duty-lead';
import { makeWorkbook, options, staffRows } from '../make-table';

const duty = [
  { Date: '2026-11-26', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001、S003' },
  { Date: '2026-11-26', Showroom: '二号展厅', DutyLead: 'S002', OnDuty: 'S002' },
];

describe('calls/recorded-by-duty-lead (the duty lead answers and records every call)', () => {
  test("calls recorded by that day's lead, of the call's showroom or any, pass; days without a rota are not judged", () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: duty,
      Calls: [
        { Time: '2026-11-26 10:05', Phone: '13812345678', RecordedBy: 's001', Showroom: '一号展厅' },
        { Time: '2026-11-26 11:00', Phone: '13812345679', RecordedBy: 'S002' },
        { Time: '2026-11-20 09:00', Phone: '13812345670', RecordedBy: 'S003' },
      ],
    });
    expect(checkCallRecordedByLead(createValidationContext(data, options()))).toEqual([]);
  });

  test('a call recorded by staff on duty who is not the lead, or by the lead of another showroom, is a warning', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: duty,
      Calls: [
        { Time: '2026-11-26 10:05', Phone: '13812345678', RecordedBy: 'S003', Showroom: '一号展厅' },
        { Time: '2026-11-26 14:30', Phone: '13812345679', RecordedBy: 'S002', Showroom: '一号展厅' },
      ],
    });
    const issues = checkCallRecordedByLead(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [2, 'RecordedBy', 'warning'],
      [3, 'RecordedBy', 'warning'],
    ]);
    expect(issues[0].message).toContain('"S003"');
    expect(issues[0].message).toContain('2026-11-26');
    expect(issues[0].message).toContain('lead: S001');
    const zh = checkCallRecordedByLead(createValidationContext(data, options({ lang: 'zh' })));
    expect(zh[0].message).toContain('「S003」不是 2026-11-26 的值班长');
  });
});
