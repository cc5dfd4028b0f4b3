/**
 * Reads the tables the reviews engine needs (Customers, Ledger, Reviews, Policy,
 * Weights, Staff) into typed records. Cells arrive as the adapters hand them over
 * (Date, Excel serial, text), so every value goes through the shared parsers.
 */
import type { CellValue, Table, WorkbookData } from '../table';
import { cell, text } from '../table';
import { field } from '../schema';
import { parseEnum } from '../headers';
import { parseDate } from '../normalise';
import { isCalculable } from '../normalise/numbers';

export function toDay(v: CellValue): number | null {
  if (v === null || v === undefined || v === '') return null;
  return parseDate(v);
}

/**
 * A number from a cell: numbers as they are; text with thousands separators, currency signs or a % sign.
 * null when it is not one, or too large to calculate with (1e308 would make sums Infinity and scores
 * NaN; ledger.number reports the cell).
 */
export function toNumber(v: CellValue): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return isCalculable(v) ? v : null;
  if (typeof v === 'boolean' || v instanceof Date) return null;
  let s = String(v)
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s¥￥$元]/g, '');
  if (!s) return null;
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1);
  } else if (s.endsWith('万')) {
    scale = 10_000;
    s = s.slice(0, -1);
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const x = Number(s) * scale;
  return isCalculable(x) ? x : null;
}

export interface LedgerTxn {
  row: number;
  txnId: string;
  customerId: string;
  day: number;
  quantity: number;
  amount: number;
  status: string | null; // TXN_STATUSES key
  dueDay: number | null;
  paidDay: number | null;
  paidAmount: number | null;
}

export function readLedger(t: Table | undefined): LedgerTxn[] {
  if (!t) return [];
  const statusField = field('Ledger', 'Status');
  const out: LedgerTxn[] = [];
  for (let i = 0; i < t.length; i++) {
    const customerId = text(t, 'CustomerId', i);
    const day = toDay(cell(t, 'Date', i));
    if (!customerId || day === null) continue;
    const quantity = toNumber(cell(t, 'Quantity', i)) ?? 0;
    const unitPrice = toNumber(cell(t, 'UnitPrice', i));
    const amount = toNumber(cell(t, 'Amount', i)) ?? (unitPrice !== null ? unitPrice * quantity : 0);
    out.push({
      row: t.rowNumbers[i],
      txnId: text(t, 'TxnId', i),
      customerId,
      day,
      quantity,
      amount,
      status: parseEnum(statusField, cell(t, 'Status', i)),
      dueDay: toDay(cell(t, 'DueDate', i)),
      paidDay: toDay(cell(t, 'PaidDate', i)),
      paidAmount: toNumber(cell(t, 'PaidAmount', i)),
    });
  }
  return out;
}

export interface CustomerRec {
  row: number;
  customerId: string;
  kind: string | null; // 'End' | 'Dealer'
  name: string;
  owner: string;
  showroom: string;
  stage: string | null;
  firstContact: number | null;
  lastContact: number | null;
  creditStatus: string | null;
  salesCapacity: string | null;
  locationRating: string | null;
  tier: string | null;
}

export function readCustomers(t: Table | undefined): CustomerRec[] {
  if (!t) return [];
  const f = (k: string) => field('Customers', k);
  const out: CustomerRec[] = [];
  for (let i = 0; i < t.length; i++) {
    const customerId = text(t, 'CustomerId', i);
    if (!customerId) continue;
    out.push({
      row: t.rowNumbers[i],
      customerId,
      kind: parseEnum(f('Kind'), cell(t, 'Kind', i)),
      name: text(t, 'Name', i),
      owner: text(t, 'Owner', i),
      showroom: text(t, 'Showroom', i),
      stage: parseEnum(f('Stage'), cell(t, 'Stage', i)),
      firstContact: toDay(cell(t, 'FirstContact', i)),
      lastContact: toDay(cell(t, 'LastContact', i)),
      creditStatus: parseEnum(f('CreditStatus'), cell(t, 'CreditStatus', i)),
      salesCapacity: parseEnum(f('SalesCapacity'), cell(t, 'SalesCapacity', i)),
      locationRating: parseEnum(f('LocationRating'), cell(t, 'LocationRating', i)),
      tier: parseEnum(f('Tier'), cell(t, 'Tier', i)),
    });
  }
  return out;
}

export interface ReviewRec {
  /** 0-based data-row index in the Reviews table (for writing add-in columns). */
  index: number;
  row: number;
  reviewId: string;
  customerId: string;
  kind: string | null; // REVIEW_KINDS key
  period: string;
  dueDay: number | null;
  salesSummary: string;
  supervisorEvaluation: string;
  managerAnalysis: string;
  countermeasures: string;
  workPlan: string;
  supervisorRating: number | null;
  creditScore: number | null;
  paymentScore: number | null;
  financeOpinion: string;
  suggestedCreditScore: number | null;
  suggestedPaymentScore: number | null;
  approvedTier: string | null;
  approvedTierText: string;
  approvedBy: string;
  approvedDay: number | null;
  approvalComment: string;
  /** The add-in's criterion score cells as they are now (kept for approved reviews). */
  stored: Record<string, number | null>;
}

export const SCORE_COLUMNS = [
  'ScoreCredit',
  'ScorePayment',
  'ScoreVolume',
  'ScoreGrowth',
  'ScoreLocation',
  'ScoreCapacity',
] as const;

export function readReviews(t: Table | undefined): ReviewRec[] {
  if (!t) return [];
  const f = (k: string) => field('Reviews', k);
  const out: ReviewRec[] = [];
  for (let i = 0; i < t.length; i++) {
    const customerId = text(t, 'CustomerId', i);
    if (!customerId) continue;
    out.push({
      index: i,
      row: t.rowNumbers[i],
      reviewId: text(t, 'ReviewId', i),
      customerId,
      kind: parseEnum(f('Kind'), cell(t, 'Kind', i)),
      period: periodText(cell(t, 'Period', i)),
      dueDay: toDay(cell(t, 'DueDate', i)),
      salesSummary: text(t, 'SalesSummary', i),
      supervisorEvaluation: text(t, 'SupervisorEvaluation', i),
      managerAnalysis: text(t, 'ManagerAnalysis', i),
      countermeasures: text(t, 'Countermeasures', i),
      workPlan: text(t, 'WorkPlan', i),
      supervisorRating: toNumber(cell(t, 'SupervisorRating', i)),
      creditScore: toNumber(cell(t, 'CreditScore', i)),
      paymentScore: toNumber(cell(t, 'PaymentScore', i)),
      financeOpinion: text(t, 'FinanceOpinion', i),
      suggestedCreditScore: toNumber(cell(t, 'SuggestedCreditScore', i)),
      suggestedPaymentScore: toNumber(cell(t, 'SuggestedPaymentScore', i)),
      approvedTier: parseEnum(f('ApprovedTier'), cell(t, 'ApprovedTier', i)),
      approvedTierText: text(t, 'ApprovedTier', i),
      approvedBy: text(t, 'ApprovedBy', i),
      approvedDay: toDay(cell(t, 'ApprovedDate', i)),
      approvalComment: text(t, 'ApprovalComment', i),
      stored: Object.fromEntries(SCORE_COLUMNS.map((k) => [k, toNumber(cell(t, k, i))])),
    });
  }
  return out;
}

/** Period cells: a year typed as a number (2026) stays '2026'; a Date becomes 'YYYY-MM'. */
function periodText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 7);
  return String(v).trim();
}

export interface PolicyRow {
  row: number;
  /** 0-based data-row index in the Policy table (formulas use positions). */
  index: number;
  tier: string; // TIERS key
  /** The tier cell exactly as written (the live formula returns this text). */
  tierText: string;
  minScore: number;
  priceDiscount: number | null;
  settlement: string | null;
  creditDays: number | null;
  creditLimit: number | null;
  serviceLevel: string | null;
  visitBy: string | null;
}

export function readPolicy(t: Table | undefined): PolicyRow[] {
  if (!t) return [];
  const f = (k: string) => field('Policy', k);
  const out: PolicyRow[] = [];
  for (let i = 0; i < t.length; i++) {
    const tier = parseEnum(f('Tier'), cell(t, 'Tier', i));
    const minScore = toNumber(cell(t, 'MinScore', i));
    if (!tier || minScore === null) continue;
    out.push({
      row: t.rowNumbers[i],
      index: i,
      tier,
      tierText: text(t, 'Tier', i),
      minScore,
      priceDiscount: toNumber(cell(t, 'PriceDiscount', i)),
      settlement: parseEnum(f('Settlement'), cell(t, 'Settlement', i)),
      creditDays: toNumber(cell(t, 'CreditDays', i)),
      creditLimit: toNumber(cell(t, 'CreditLimit', i)),
      serviceLevel: parseEnum(f('ServiceLevel'), cell(t, 'ServiceLevel', i)),
      visitBy: parseEnum(f('VisitBy'), cell(t, 'VisitBy', i)),
    });
  }
  return out;
}

export interface WeightRow {
  row: number;
  criterion: string; // CRITERIA key
  /** The criterion cell exactly as written (the live formula's SUMIF looks for this text). */
  criterionText: string;
  weight: number;
}

export function readWeights(t: Table | undefined): WeightRow[] {
  if (!t) return [];
  const crit = field('Weights', 'Criterion');
  const out: WeightRow[] = [];
  for (let i = 0; i < t.length; i++) {
    const criterion = parseEnum(crit, cell(t, 'Criterion', i));
    const weight = toNumber(cell(t, 'Weight', i));
    if (!criterion || weight === null) continue;
    out.push({ row: t.rowNumbers[i], criterion, criterionText: text(t, 'Criterion', i), weight });
  }
  return out;
}

export interface StaffRec {
  staffId: string;
  name: string;
  role: string | null;
  showroom: string;
  active: boolean;
}

export function readStaff(t: Table | undefined): StaffRec[] {
  if (!t) return [];
  const role = field('Staff', 'Role');
  const active = field('Staff', 'Active');
  const out: StaffRec[] = [];
  for (let i = 0; i < t.length; i++) {
    const staffId = text(t, 'StaffId', i);
    if (!staffId) continue;
    out.push({
      staffId,
      name: text(t, 'Name', i),
      role: parseEnum(role, cell(t, 'Role', i)),
      showroom: text(t, 'Showroom', i),
      active: parseEnum(active, cell(t, 'Active', i)) !== 'false',
    });
  }
  return out;
}

export interface ReviewInputs {
  customers: CustomerRec[];
  ledger: LedgerTxn[];
  reviews: ReviewRec[];
  policy: PolicyRow[];
  weights: WeightRow[];
  staff: StaffRec[];
}

export function readReviewInputs(data: WorkbookData): ReviewInputs {
  return {
    customers: readCustomers(data.Customers),
    ledger: readLedger(data.Ledger),
    reviews: readReviews(data.Reviews),
    policy: readPolicy(data.Policy),
    weights: readWeights(data.Weights),
    staff: readStaff(data.Staff),
  };
}
