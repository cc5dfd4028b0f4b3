/**
 * The review schedule and the dealer tiers of a workbook (客户评审), read through the port:
 * what the CLI's `reviews` and `tiers` print and the pane's Reviews tab shows.
 */
import type { Lang, SheetKey } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import { runReviews, runTiers, type ReviewsResult, type TiersResult } from '../domain/reviews';
import type { WorkbookPort } from '../workbook/port';

/** The tables the review schedule reads. */
export const REVIEW_SHEETS: SheetKey[] = ['Customers', 'Ledger', 'Reviews', 'Staff'];
/** The tables the tiers read: the schedule's plus the policy and its weights. */
export const TIER_SHEETS: SheetKey[] = [...REVIEW_SHEETS, 'Policy', 'Weights'];

export interface ReviewsOptions {
  today: number;
  lang: Lang;
}

export async function reviewSchedule(port: WorkbookPort, options: ReviewsOptions): Promise<ReviewsResult> {
  return runReviews(await port.read({ sheets: REVIEW_SHEETS }), options);
}

export async function dealerTiers(port: WorkbookPort, options: ReviewsOptions): Promise<TiersResult> {
  return runTiers(await port.read({ sheets: TIER_SHEETS }), options);
}

/** Both, over tables already read (the pane's Reviews tab, from the data of the last check). */
export function reviewsOf(data: WorkbookData, options: ReviewsOptions): { reviews: ReviewsResult; tiers: TiersResult } {
  return { reviews: runReviews(data, options), tiers: runTiers(data, options) };
}
