import { createValidationContext } from '../../../../src/domain/validation';
import { checkStatusMovesBackwards } from '../../../../src/domain/validation/ledger/status-moves-backwards';
import { makeWorkbook, options } from '../make-table';

const run = (rows: Array<[string, string, string]>) =>
  checkStatusMovesBackwards(
    createValidationContext(
      makeWorkbook({ Ledger: rows.map(([TxnId, Date, Status]) => ({ TxnId, Date, Status })) }),
      options(),
    ),
  );

describe('ledger/status-moves-backwards', () => {
  test('forward progress (rows in any order, sorted by date) passes; repeats and cancellation as last step pass', () => {
    expect(
      run([
        ['T1', '2026-11-05', '已开票'],
        ['T1', '2026-11-01', '已签约'],
        ['T1', '2026-11-03', '已交车'],
        ['T1', '2026-11-09', '已结清'],
        ['T2', '2026-11-01', '已签约'],
        ['T2', '2026-11-01', '已签约'],
        ['T2', '2026-11-02', '已取消'],
      ]),
    ).toEqual([]);
  });

  test('a later date with an earlier status, and anything after cancellation, are errors', () => {
    const issues = run([
      ['T1', '2026-11-01', '已签约'],
      ['T1', '2026-11-05', '已结清'],
      ['T1', '2026-11-07', '已交车'],
      ['T2', '2026-11-01', '已取消'],
      ['T2', '2026-11-04', '已交车'],
      ['T3', '2026-11-01', '已签约'],
    ]);
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([
      [4, 'Status', 'error'],
      [6, 'Status', 'error'],
    ]);
    expect(issues[0].message).toContain('row 3');
    expect(issues[0].message).toContain('Paid');
    expect(issues[1].message).toMatch(/cancelled/);
  });
});
