/**
 * writeReviewScores: the Reviews computed columns reach the workbook (values + live formulas), only the add-in's
 * columns are written, nothing is audited, and re-runs replace rather than stack.
 */
import { changedCells, userCells } from '../workbook/user-cells';
import { buildSample } from '../../src/sample';
import { runCheck } from '../../src/domain/engine';
import { parseDate } from '../../src/domain/normalise';
import { REVIEWS, label } from '../../src/domain/schema';
import { REVIEW_FORMULA_COLUMNS, REVIEW_VALUE_COLUMNS, columnLetter } from '../../src/domain/reviews';
import { applyCheckResult } from '../../src/app/apply-check-result';
import { writeReviewScores } from '../../src/app/review-scores';
import { MemoryWorkbook, getCell, newSheet, setCell } from '../../src/workbook/memory';
import type { CellValue } from '../../src/domain/table';

const TODAY = '2026-11-27';
const today = parseDate(TODAY)!;

/** Column index (0-based) of each Reviews field in the grid, from the header row. */
function headerColumns(wb: MemoryWorkbook, lang: 'zh' | 'en' = 'zh'): Record<string, number> {
  const s = wb.sheet(label(REVIEWS, lang))!;
  const out: Record<string, number> = {};
  for (const f of REVIEWS.fields) {
    const c = (s.cells[0] ?? []).findIndex((v) => v === label(f, lang));
    if (c >= 0) out[f.key] = c;
  }
  return out;
}

describe('writeReviewScores on the sample', () => {
  test('values and live formulas in the add-in columns only; user cells and the audit sheet untouched', async () => {
    const { workbook } = buildSample({ customers: 150, seed: 11, today: TODAY });
    const data = await workbook.read();
    const before = userCells(data);
    const sheetsBefore = workbook.model.sheets.map((s) => s.name);
    const res = (await writeReviewScores(workbook, data, 'zh', { today }))!;
    expect(res.rows).toBeGreaterThan(5);
    expect(res.formulas).toBe(res.rows * REVIEW_FORMULA_COLUMNS.length);
    const after = await workbook.read();
    expect(changedCells(before, userCells(after))).toEqual([]);
    expect(workbook.model.sheets.map((s) => s.name)).toEqual(sheetsBefore); // no Audit sheet appears
    const cols = headerColumns(workbook);
    for (const k of [...REVIEW_VALUE_COLUMNS, ...REVIEW_FORMULA_COLUMNS]) expect(cols[k]).toBeDefined();
    const s = workbook.sheet('客户评审')!;
    const r = after.Reviews!;
    const dealerRows = new Set(res.tiers.reviewRows.map((x) => x.row));
    for (let i = 0; i < r.length; i++) {
      const row = r.rowNumbers[i];
      const f = s.formulas.get(`${row},${cols.TotalScore}`);
      if (!dealerRows.has(row)) {
        expect(f).toBeUndefined();
        expect(getCell(s, row, cols.ScoreVolume)).toBeNull();
        continue;
      }
      // The formula reads this row's own score cells, by the columns' real letters, and the Weights/Policy tables.
      expect(f).toContain(`N(${columnLetter(cols.ScoreVolume)}${row})`);
      expect(f).toContain(`ISNUMBER(${columnLetter(cols.CreditScore)}${row})`);
      expect(f).toMatch(/Weights\[/);
      expect(s.formulas.get(`${row},${cols.ProposedTier}`)).toContain(`${columnLetter(cols.TotalScore)}${row}`);
      expect(s.formulas.get(`${row},${cols.ProposedTier}`)).toMatch(/Policy\[/);
      expect(s.formulas.get(`${row},${cols.ProposedCreditLimit}`)).toContain(
        `${columnLetter(cols.ProposedTier)}${row}`,
      );
    }
    // Cached results are the engine's values.
    for (const rs of res.tiers.reviewRows) {
      const i = r.rowNumbers.indexOf(rs.row);
      expect(r.columns.TotalScore[i]).toBe(rs.total);
      expect(r.columns.ProposedTier[i] ?? null).toBe(rs.proposedTier);
      expect(r.columns.ProposedCreditDays[i] ?? null).toBe(rs.terms?.creditDays ?? null);
      expect(r.columns.SuggestedPaymentScore[i] ?? null).toBe(rs.values.SuggestedPaymentScore);
    }
    // Finance's own entries are kept as they were, blank or not.
    expect(r.columns.CreditScore).toEqual(data.Reviews!.columns.CreditScore);
    expect(r.columns.FinanceOpinion).toEqual(data.Reviews!.columns.FinanceOpinion);

    // A re-run replaces: same columns, same formulas, no new ones.
    const width = s.cells[0].length;
    const formulasBefore = new Map(s.formulas);
    await writeReviewScores(workbook, after, 'zh', { today });
    expect(s.cells[0].length).toBe(width);
    expect(s.formulas).toEqual(formulasBefore);
  });

  test('after check --out added the Check column, the formulas still point at the right columns', async () => {
    const { workbook } = buildSample({ customers: 120, seed: 4, today: TODAY, lang: 'en' });
    let data = await workbook.read();
    await applyCheckResult(workbook, runCheck(data, { today, lang: 'en' }), 'en');
    data = await workbook.read();
    const res = (await writeReviewScores(workbook, data, 'en', { today }))!;
    const cols = headerColumns(workbook, 'en');
    const s = workbook.sheet('Reviews')!;
    const row = res.tiers.reviewRows[0].row;
    expect(s.formulas.get(`${row},${cols.TotalScore}`)).toContain(`N(${columnLetter(cols.ScoreGrowth)}${row})`);
    expect(s.formulas.get(`${row},${cols.ProposedDiscount}`)).toContain(`${columnLetter(cols.ProposedTier)}${row}`);
  });
});

describe('writeReviewScores on a plain Reviews sheet without Policy/Weights tables', () => {
  test('scores as values with the default policy; extra user columns and blank finance cells are never written', async () => {
    const wb = new MemoryWorkbook();
    const put = (name: string, rows: CellValue[][]) => {
      const s = newSheet(name);
      wb.model.sheets.push(s);
      rows.forEach((r, i) => r.forEach((v, c) => setCell(s, i + 1, c, v)));
      return s;
    };
    put('客户档案', [
      ['客户编号', '客户类型', '客户名称', '阶段', '信用状况'],
      ['D1', '经销商客户', '甲', '已签约', '良好'],
      ['C1', '最终客户', '乙', '已交车', '良好'],
    ]);
    const reviews = put('客户评审', [
      ['评审编号', '客户编号', '评审类型', '主管评分', '信用评分', '付款评分', '财务意见', '我的备注'],
      ['R1', 'D1', '年度评审', 90, null, 60, '好', 'x'],
      ['R2', 'C1', '成交评审', 70, null, null, null, 'y'],
    ]);
    const data = await wb.read();
    const res = (await writeReviewScores(wb, data, 'zh', { today }))!;
    expect(res.rows).toBe(1);
    expect(res.formulas).toBe(1); // TotalScore only: no Policy table to refer to
    const cols = headerColumns(wb);
    expect(cols.TotalScore).toBeGreaterThan(7);
    expect(reviews.formulas.get(`2,${cols.TotalScore}`)).toMatch(/^IFERROR\(ROUND\(/); // constant default weights
    expect(getCell(reviews, 2, cols.ProposedTier)).toBe(res.tiers.reviewRows[0].proposedTierText);
    expect(getCell(reviews, 3, cols.TotalScore)).toBeNull();
    expect(getCell(reviews, 2, 4)).toBeNull(); // 信用评分 stays blank: the suggestion goes in its own column
    expect(getCell(reviews, 2, 7)).toBe('x');
    expect(getCell(reviews, 3, 7)).toBe('y');
  });
});
