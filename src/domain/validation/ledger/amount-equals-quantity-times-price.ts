/**
 * Amount = Quantity × UnitPrice, within 0.01. Also: a Quantity, UnitPrice, Amount or
 * PaidAmount that is not a number, is too large to calculate with (normalise/numbers: 1e308 would
 * make sums Infinity and scores NaN), or is negative (ledger.number).
 * 每笔交易都必须按实际进度及时全面地记录 — and correctly.
 */
import type { Issue } from '../../issues';
import { LEDGER } from '../../schema';
import { isBlank, shown, toNumber, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { isCalculable } from '../../normalise/numbers';

export const AMOUNT_TOLERANCE = 0.01;

export const AMOUNT_MISMATCH: RuleSpec = {
  id: 'ledger.amount.mismatch',
  sheet: 'Ledger',
  severity: 'error',
  needs: { Ledger: ['Quantity', 'UnitPrice', 'Amount'] },
};
export const LEDGER_NUMBER: RuleSpec = {
  id: 'ledger.number',
  sheet: 'Ledger',
  severity: 'error',
  needs: { Ledger: [] },
};

function round2(x: number): string {
  return (Math.round(x * 100) / 100).toFixed(2);
}

/** Amount differs from Quantity × UnitPrice by more than 0.01. */
export function checkAmountEqualsQuantityTimesPrice(ctx: ValidationContext): Issue[] {
  const q = ctx.column('Ledger', 'Quantity');
  const p = ctx.column('Ledger', 'UnitPrice');
  const a = ctx.column('Ledger', 'Amount');
  const r = ctx.reporter(AMOUNT_MISMATCH);
  for (let i = 0; i < a.length; i++) {
    const qty = toNumber(q[i]);
    const price = toNumber(p[i]);
    const amount = toNumber(a[i]);
    // not a number, or too large to calculate with: ledger.number reports the cell
    if (!isCalculable(qty) || !isCalculable(price) || !isCalculable(amount)) continue;
    const expected = qty * price;
    if (Math.abs(amount - expected) > AMOUNT_TOLERANCE + 1e-9 * Math.abs(expected)) {
      r.add(i, 'Amount', { value: round2(amount), quantity: qty, price: round2(price), expected: round2(expected) });
    }
  }
  return r.done();
}

/** Number cells of the ledger that are not numbers, are negative, or (Quantity) not whole. */
export function checkLedgerNumbers(ctx: ValidationContext): Issue[] {
  const tb = ctx.table('Ledger');
  const r = ctx.reporter(LEDGER_NUMBER);
  if (!tb) return r.done();
  for (const f of LEDGER.fields) {
    if ((f.type !== 'number' && f.type !== 'integer') || f.owner === 'addin' || !tb.columns[f.key]) continue;
    const col = tb.columns[f.key];
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (isBlank(v)) continue;
      const x = toNumber(v);
      if (Number.isNaN(x)) r.add(i, f.key, { value: shown(v) }, 'nan');
      else if (!isCalculable(x)) r.add(i, f.key, { value: shown(v) }, 'tooLarge');
      else if (f.min !== undefined && x < f.min) r.add(i, f.key, { value: shown(v) }, 'negative');
      else if (f.type === 'integer' && !Number.isInteger(x)) r.add(i, f.key, { value: shown(v) }, 'whole');
    }
  }
  return r.done();
}
