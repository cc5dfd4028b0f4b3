/**
 * "创建缺少的评审行" on the bundled sample, before anything else was pressed: the dealers' rows carry the
 * suggested finance scores, columns of the add-in's own. Setup creates them; a workbook set up without
 * them (an older version, or by hand) gets them added when the rows are created.
 */
import { buildSampleWorkbook } from '../../src/sample';
import { parseDate } from '../../src/domain/normalise';
import { REVIEWS, label, setupFields } from '../../src/domain/schema';
import { createReviewRows } from '../../src/app/review-rows';
import { runReviews } from '../../src/domain/reviews';
import { MemoryWorkbook } from '../../src/workbook/memory';

const TODAY = '2026-06-30';
const today = parseDate(TODAY)!;

/** The sample as a version that set up Reviews with the user's columns only lays it out. */
function withoutOwnReviewColumns(wb: MemoryWorkbook): void {
  const loc = wb.locate('Reviews')!;
  const grid = loc.grid;
  const headers = grid.cells[loc.headerRow - 1];
  const own = new Set(REVIEWS.fields.filter((f) => f.owner === 'addin').map((f) => label(f, 'zh')));
  const keep = headers.map((_, c) => c).filter((c) => !own.has(String(headers[c])));
  grid.cells = grid.cells.map((row) => keep.map((c) => row?.[c] ?? null));
  grid.widths = keep.map((c) => grid.widths[c]);
  grid.numFmts = keep.map((c) => grid.numFmts[c]);
  wb.model.tables.find((x) => x.name === REVIEWS.table)!.lastColumn = keep.length - 1;
  wb.model.validations = wb.model.validations.filter((v) => v.range.sheet !== grid.name);
}

async function createOn(wb: MemoryWorkbook): Promise<{ created: number; dealers: number }> {
  const data = await wb.read();
  const dealers = runReviews(data, { today, lang: 'zh' }).proposals.filter((p) => 'SuggestedCreditScore' in p.row);
  const created = await createReviewRows(wb, data, { who: '王芳', lang: 'zh', today });
  return { created, dealers: dealers.length };
}

describe('creating the missing review rows', () => {
  it('works on a fresh sample: setup made the suggested-score columns, and the rows fill them', async () => {
    const wb = buildSampleWorkbook({ seed: 42, today: TODAY, lang: 'zh' });
    const before = await wb.read({ sheets: ['Reviews'] });
    for (const f of setupFields(REVIEWS))
      expect([f.key, before.Reviews!.mapping.columns[f.key]]).not.toEqual([f.key, undefined]);
    const { created, dealers } = await createOn(wb);
    expect(created).toBeGreaterThan(0);
    expect(dealers).toBeGreaterThan(0);
    const after = (await wb.read({ sheets: ['Reviews'] })).Reviews!;
    expect(after.length).toBe(before.Reviews!.length + created);
    expect(after.columns.SuggestedCreditScore.filter((v) => v !== null).length).toBeGreaterThanOrEqual(dealers);
  });

  it('adds the columns when the Reviews table lacks them, and leaves every user column where it was', async () => {
    const wb = buildSampleWorkbook({ seed: 42, today: TODAY, lang: 'zh' });
    withoutOwnReviewColumns(wb);
    const before = (await wb.read({ sheets: ['Reviews'] })).Reviews!;
    expect(before.mapping.columns.SuggestedCreditScore).toBeUndefined();
    const { created } = await createOn(wb);
    expect(created).toBeGreaterThan(0);
    const after = (await wb.read({ sheets: ['Reviews'] })).Reviews!;
    expect(after.mapping.columns.SuggestedCreditScore).toBeGreaterThan(before.mapping.columns.ApprovalComment!);
    for (const [key, c] of Object.entries(before.mapping.columns))
      expect([key, after.mapping.columns[key]]).toEqual([key, c]);
    expect(after.length).toBe(before.length + created);
  });
});
