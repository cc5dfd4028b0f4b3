/**
 * Live Excel formulas for the Reviews sheet's computed columns (pure string builders).
 *
 * The criterion scores that come from the ledger and customer file are written as values (ScoreCredit ...
 * ScoreCapacity, SuggestedCreditScore, SuggestedPaymentScore). TotalScore, ProposedTier and the policy terms are
 * formulas over those cells and the Policy and Weights tables, so finance and the general manager can audit them
 * and tune weights or thresholds in Excel without the add-in. They compute exactly what scoring.ts computes.
 *
 * Portability (Excel 2016+, Excel on the web, LibreOffice 7): only SUMIF, SUMPRODUCT, MAX, INDEX, MATCH, N,
 * ISNUMBER, IF, IFERROR, ROUND. No XLOOKUP, MAXIFS, LET or dynamic arrays. The row's own cells are A1 references;
 * the Policy/Weights columns are structured references (Policy[最低分]) when the data is an Excel table (LibreOffice
 * 7 reads those from .xlsx), or absolute A1 ranges otherwise.
 */
import type { Table } from '../table';
import { CRITERION_KEYS, type CriterionKey } from './scoring';
import { columnLetter } from '../a1';

export { columnLetter };

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function stringLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A structured-reference column name: the characters [ ] # ' need a ' escape. */
function structuredColumn(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}

export type RefMode = 'structured' | 'a1';

/**
 * Formula text of one column of a table's data body: `Policy[最低分]` or `'客户政策'!$B$2:$B$5`.
 * Structured mode needs the table's name; without one it falls back to A1. Null when the field is not mapped.
 */
export function tableColumnRef(t: Table, fieldKey: string, mode: RefMode = 'structured'): string | null {
  const idx = t.mapping.columns[fieldKey];
  if (idx === undefined) return null;
  if (mode === 'structured' && t.tableName) return `${t.tableName}[${structuredColumn(t.headers[idx])}]`;
  const col = columnLetter(t.firstColumn + idx);
  const first = t.headerRow + 1;
  const last = t.headerRow + Math.max(1, t.length);
  return `${quoteSheet(t.sourceName)}!$${col}$${first}:$${col}$${last}`;
}

export interface PolicyRefs {
  tier: string;
  minScore: string;
  /** Policy field key -> column ref (PriceDiscount, CreditDays, CreditLimit, Settlement, ServiceLevel, VisitBy). */
  terms: Record<string, string>;
}

export function policyRefs(t: Table, mode: RefMode = 'structured'): PolicyRefs | null {
  const tier = tableColumnRef(t, 'Tier', mode);
  const minScore = tableColumnRef(t, 'MinScore', mode);
  if (!tier || !minScore) return null;
  const terms: Record<string, string> = {};
  for (const k of ['PriceDiscount', 'Settlement', 'CreditDays', 'CreditLimit', 'ServiceLevel', 'VisitBy']) {
    const r = tableColumnRef(t, k, mode);
    if (r) terms[k] = r;
  }
  return { tier, minScore, terms };
}

export type WeightsSpec =
  | { mode: 'table'; criterion: string; weight: string; labels: Partial<Record<CriterionKey, string>> }
  | { mode: 'constant'; weights: Record<CriterionKey, number> };

export function weightsSpec(
  t: Table | undefined,
  resolved: {
    source: 'table' | 'default';
    weights: Record<CriterionKey, number>;
    labels: Partial<Record<CriterionKey, string>>;
  },
  mode: RefMode = 'structured',
): WeightsSpec {
  if (t && resolved.source === 'table') {
    const criterion = tableColumnRef(t, 'Criterion', mode);
    const weight = tableColumnRef(t, 'Weight', mode);
    if (criterion && weight) return { mode: 'table', criterion, weight, labels: resolved.labels };
  }
  return { mode: 'constant', weights: resolved.weights };
}

/** A1 address of this row's cell for a Reviews field (e.g. 'Q5'); the caller knows the sheet layout. */
export type CellOf = (fieldKey: string) => string;

/** Value and presence expressions of one criterion for this row. */
function criterionExpr(k: CriterionKey, c: CellOf): { value: string; present: string } {
  const plain = (f: string) => ({ value: `N(${c(f)})`, present: `ISNUMBER(${c(f)})` });
  switch (k) {
    case 'credit':
      return plain('ScoreCredit');
    case 'payment':
      return plain('ScorePayment');
    case 'volume':
      return plain('ScoreVolume');
    case 'growth':
      return plain('ScoreGrowth');
    case 'location':
      return plain('ScoreLocation');
    case 'capacity':
      return plain('ScoreCapacity');
    case 'financeCredit':
    case 'financePayment': {
      // Finance's own entry wins over the add-in's suggestion.
      const own = c(k === 'financeCredit' ? 'CreditScore' : 'PaymentScore');
      const sug = c(k === 'financeCredit' ? 'SuggestedCreditScore' : 'SuggestedPaymentScore');
      return { value: `IF(ISNUMBER(${own}),${own},N(${sug}))`, present: `OR(ISNUMBER(${own}),ISNUMBER(${sug}))` };
    }
    case 'rating':
      return plain('SupervisorRating');
  }
}

function weightExpr(k: CriterionKey, spec: WeightsSpec): string | null {
  if (spec.mode === 'constant') {
    const w = spec.weights[k];
    return w ? String(w) : null;
  }
  const label = spec.labels[k];
  if (label === undefined) return null; // absent from a non-empty Weights table: weighs 0
  return `SUMIF(${spec.criterion},${stringLiteral(label)},${spec.weight})`;
}

/**
 * TotalScore = ROUND(Σ wᵢ·sᵢ / Σ wᵢ·[sᵢ present], 2), blank when no weighted criterion has a value.
 */
export function totalScoreFormula(c: CellOf, spec: WeightsSpec): string {
  const num: string[] = [];
  const den: string[] = [];
  for (const k of CRITERION_KEYS) {
    const w = weightExpr(k, spec);
    if (w === null) continue;
    const e = criterionExpr(k, c);
    num.push(`${w}*${e.value}`);
    den.push(`${w}*${e.present}`);
  }
  if (num.length === 0) return '=""';
  return `=IFERROR(ROUND((${num.join('+')})/(${den.join('+')}),2),"")`;
}

/** ProposedTier: the Policy tier with the greatest MinScore ≤ TotalScore (first row on a tie), as written there. */
export function proposedTierFormula(totalCell: string, p: PolicyRefs): string {
  const best = `SUMPRODUCT(MAX((${p.minScore}<=${totalCell})*${p.minScore}))`;
  return `=IF(ISNUMBER(${totalCell}),IFERROR(INDEX(${p.tier},MATCH(${best},${p.minScore},0)),""),"")`;
}

/** A policy term (PriceDiscount, CreditDays, ...) of the proposed tier. */
export function policyTermFormula(tierCell: string, p: PolicyRefs, term: string): string | null {
  const ref = p.terms[term];
  if (!ref) return null;
  return `=IF(${tierCell}="","",IFERROR(INDEX(${ref},MATCH(${tierCell},${p.tier},0)),""))`;
}

/** Reviews add-in columns written as formulas, and the Policy term each policy column shows. */
export const POLICY_TERM_COLUMNS: Record<string, string> = {
  ProposedDiscount: 'PriceDiscount',
  ProposedCreditDays: 'CreditDays',
  ProposedCreditLimit: 'CreditLimit',
};

/** All formulas of one Reviews row: field key -> formula text (with the leading '='). */
export function reviewRowFormulas(c: CellOf, weights: WeightsSpec, policy: PolicyRefs | null): Record<string, string> {
  const out: Record<string, string> = { TotalScore: totalScoreFormula(c, weights) };
  if (!policy) return out;
  out.ProposedTier = proposedTierFormula(c('TotalScore'), policy);
  for (const [col, term] of Object.entries(POLICY_TERM_COLUMNS)) {
    const f = policyTermFormula(c('ProposedTier'), policy, term);
    if (f) out[col] = f;
  }
  return out;
}
