/**
 * Writes the Reviews sheet's computed columns (客户评审: 经销商评审由总经理审核确定客户等级): the
 * criterion scores as values and TotalScore, ProposedTier and the policy terms as live formulas.
 * Only the add-in's own columns: not a change of user data, not audited.
 */
import type { Lang } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import type { StatusColumn, StatusValue, WorkbookPort } from '../workbook/port';
import {
  REVIEW_FORMULA_COLUMNS,
  REVIEW_VALUE_COLUMNS,
  reviewSheetColumns,
  reviewsColumnLetters,
  runTiers,
  type ReviewConfigInput,
  type ReviewRowScore,
  type TiersResult,
} from '../domain/reviews';
import { TIER_SHEETS } from './reviews';

export interface ReviewScoresOptions {
  /** "Today" as a day number (domain/reviews months), for the ledger analytics. */
  today: number;
  config?: ReviewConfigInput;
}

export interface ReviewScoresWritten {
  tiers: TiersResult;
  /** Dealer review rows that got scores. */
  rows: number;
  /** Cells written as live formulas. */
  formulas: number;
}

/** The engine's value of a formula column for one review row (the cached result next to the formula). */
function engineValue(field: string, rs: ReviewRowScore): string | number | null {
  switch (field) {
    case 'TotalScore':
      return rs.total;
    case 'ProposedTier':
      return rs.proposedTierText;
    case 'ProposedDiscount':
      return rs.terms?.priceDiscount ?? null;
    case 'ProposedCreditDays':
      return rs.terms?.creditDays ?? null;
    case 'ProposedCreditLimit':
      return rs.terms?.creditLimit ?? null;
    default:
      return null;
  }
}

/**
 * Writes the Reviews sheet's computed columns (客户评审: 经销商评审由总经理审核确定客户等级): the criterion scores
 * and the suggested finance scores as values, and TotalScore, ProposedTier and the policy terms as live formulas
 * over the Policy and Weights tables, so they stay right without the add-in and finance can audit them.
 * Only the add-in's own columns are written (finance's CreditScore, PaymentScore, FinanceOpinion and every other
 * user cell stay as they are), so this is not a change of user data and is not audited. Rows that are not dealer
 * reviews get empty cells. Returns null when the workbook has no Reviews table.
 */
export async function writeReviewScores(
  port: WorkbookPort,
  data: WorkbookData,
  lang: Lang,
  options: ReviewScoresOptions,
): Promise<ReviewScoresWritten | null> {
  let reviews = data.Reviews;
  if (!reviews) return null;
  const fields = [...REVIEW_VALUE_COLUMNS, ...REVIEW_FORMULA_COLUMNS] as string[];
  // The formulas refer to this row's cells by A1 address, so every column must exist (at its final place) first.
  const missing = fields.filter((k) => reviews!.mapping.columns[k] === undefined);
  if (missing.length) {
    const blank = new Array<null>(reviews.length).fill(null);
    await port.writeStatusColumns(
      'Reviews',
      missing.map((field) => ({ field, values: blank })),
      lang,
    );
    reviews = (await port.read({ sheets: ['Reviews'] })).Reviews;
    if (!reviews) return null;
    data = { ...data, Reviews: reviews };
  }
  const tiers = runTiers(data, { today: options.today, lang, config: options.config });
  // Structured references (Policy[最低分]) where Policy/Weights are Excel tables, so added rows count; A1 otherwise.
  const cols = reviewSheetColumns(data, tiers, reviewsColumnLetters(reviews), 'structured');
  const scored = new Map(tiers.reviewRows.map((rs) => [rs.index, rs]));
  let formulas = 0;
  const columns: StatusColumn[] = [
    ...REVIEW_VALUE_COLUMNS.map((field) => ({ field, values: cols.values[field] as StatusValue[] })),
    ...REVIEW_FORMULA_COLUMNS.map((field) => ({
      field,
      values: cols.formulas[field].map((formula, i): StatusValue => {
        const rs = scored.get(i);
        if (!rs) return null;
        const value = engineValue(field, rs);
        if (!formula) return value; // no Policy table to refer to: the engine's value (default policy)
        formulas++;
        return { formula, value };
      }),
    })),
  ];
  await port.writeStatusColumns('Reviews', columns, lang);
  return { tiers, rows: tiers.reviewRows.length, formulas };
}

/** Reads the tables the scores need afresh (the formulas address this row's cells where they are now) and writes them. */
export async function updateScores(
  port: WorkbookPort,
  options: { today: number; lang: Lang },
): Promise<ReviewScoresWritten | null> {
  const data = await port.read({ sheets: TIER_SHEETS });
  return writeReviewScores(port, data, options.lang, { today: options.today });
}
