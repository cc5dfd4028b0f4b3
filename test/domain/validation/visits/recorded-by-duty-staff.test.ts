import { createValidationContext } from '../../../../src/domain/validation';
import { checkVisitRecordedByDuty } from '../../../../src/domain/validation/visits/recorded-by-duty-staff';
import { makeWorkbook, options, staffRows } from '../make-table';

const duty = [
  { Date: '2026-11-26', Showroom: '一号展厅', DutyLead: 'S001', OnDuty: 'S001、S003' },
  { Date: '2026-11-26', Showroom: '二号展厅', DutyLead: 'S002', OnDuty: 'S002' },
];

describe('visits/recorded-by-duty-staff (staff on duty receive and record walk-ins)', () => {
  test('walk-ins recorded by someone on duty that day pass', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: duty,
      Visits: [
        { Time: '2026-11-26 10:05', Phone: '13812345678', RecordedBy: 'S003', Showroom: '一号展厅' },
        { Time: '2026-11-26 15:00', Phone: '13812345679', RecordedBy: 'S002' },
        { Time: '2026-11-19 15:00', Phone: '13812345679', RecordedBy: 'P001' },
      ],
    });
    expect(checkVisitRecordedByDuty(createValidationContext(data, options()))).toEqual([]);
  });

  test('a walk-in recorded by someone not on the rota that day (or not of that showroom) is a warning', () => {
    const data = makeWorkbook({
      Staff: staffRows(),
      Duty: duty,
      Visits: [
        { Time: '2026-11-26 10:05', Phone: '13812345678', RecordedBy: 'P001', Showroom: '一号展厅' },
        { Time: '2026-11-26 16:00', Phone: '13812345679', RecordedBy: 'S002', Showroom: '一号展厅' },
      ],
    });
    const issues = checkVisitRecordedByDuty(createValidationContext(data, options()));
    expect(issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'RecordedBy'],
      [3, 'RecordedBy'],
    ]);
    expect(issues[0].message).toContain('on duty: S001, S003');
  });
});
