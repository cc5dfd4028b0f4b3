/**
 * Customer stage and ledger agree. 每笔交易都必须按实际进度及时全面地记录:
 * - customer.deal.no-ledger (Customers): a customer at 已签约/已交车 (contracted/delivered)
 *   with no ledger row: the transaction was not recorded;
 * - ledger.customer.lead (Ledger): a live ledger row (not cancelled) for a customer whose
 *   stage is still 线索 (lead): the file was not updated.
 *
 * The ledger is the dealer ledger (经销商台账). When it holds no end customer at all, the
 * company keeps only dealers' transactions there, and end customers are not checked for
 * a ledger row; as soon as one end customer appears in it, all are.
 */
import type { Issue } from '../../issues';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const DEAL_WITHOUT_LEDGER: RuleSpec = {
  id: 'customer.deal.no-ledger',
  sheet: 'Customers',
  severity: 'warning',
  needs: { Customers: ['CustomerId', 'Stage'], Ledger: ['CustomerId'] },
};
export const LEDGER_FOR_LEAD: RuleSpec = {
  id: 'ledger.customer.lead',
  sheet: 'Ledger',
  severity: 'warning',
  needs: { Customers: ['CustomerId', 'Stage'], Ledger: ['CustomerId'] },
};

const DEAL_STAGES = new Set(['contracted', 'delivered']);

/**
 * Per customer row: 1 when some ledger row names its CustomerId. The ledger is small and the
 * customer list long, so each ledger row is looked up in the customer index (every row of a
 * repeated CustomerId is marked), instead of each customer in a set of ledger ids.
 */
function customersInLedger(ctx: ValidationContext): Uint8Array {
  const ledgerIds = ctx.codes('Ledger', 'CustomerId');
  const { first, repeats } = ctx.codeIndex('Customers', 'CustomerId');
  const out = new Uint8Array(ctx.table('Customers')?.length ?? 0);
  for (let j = 0; j < ledgerIds.length; j++) {
    const c = first.get(ledgerIds[j]);
    if (c === undefined || out[c]) continue;
    out[c] = 1;
    const rows = repeats.get(ledgerIds[j]);
    if (rows) for (const i of rows) out[i] = 1;
  }
  return out;
}

/** Contracted or delivered customers with no row in the ledger. */
export function checkDealWithoutLedgerRow(ctx: ValidationContext): Issue[] {
  const ids = ctx.codes('Customers', 'CustomerId');
  const inLedger = customersInLedger(ctx);
  const stages = ctx.enumKeys('Customers', 'Stage');
  const kinds = ctx.has('Customers', ['Kind']) ? ctx.enumKeys('Customers', 'Kind') : null;
  let endCustomersInLedger = !kinds;
  if (kinds) {
    for (let i = 0; i < ids.length && !endCustomersInLedger; i++) {
      if (inLedger[i] && kinds[i] === 'End') endCustomersInLedger = true;
    }
  }
  const r = ctx.reporter(DEAL_WITHOUT_LEDGER);
  for (let i = 0; i < ids.length; i++) {
    const s = stages[i];
    if (s === null || !DEAL_STAGES.has(s) || !ids[i] || inLedger[i]) continue;
    if (!endCustomersInLedger && kinds && kinds[i] !== 'Dealer') continue;
    r.add(i, 'Stage', { id: ids[i], stage: ctx.enumText('Customers', 'Stage', s) });
  }
  return r.done();
}

/** Live ledger rows of a customer still at the lead stage. */
export function checkLedgerRowForLead(ctx: ValidationContext): Issue[] {
  const ledgerIds = ctx.codes('Ledger', 'CustomerId');
  const status = ctx.has('Ledger', ['Status']) ? ctx.enumKeys('Ledger', 'Status') : null;
  const index = ctx.customerIndex();
  const stages = ctx.enumKeys('Customers', 'Stage');
  const customerRows = ctx.table('Customers')!;
  const r = ctx.reporter(LEDGER_FOR_LEAD);
  for (let i = 0; i < ledgerIds.length; i++) {
    if (status && status[i] === 'cancelled') continue;
    const c = ledgerIds[i] ? index.get(ledgerIds[i]) : undefined;
    if (c === undefined || stages[c] !== 'lead') continue;
    r.add(i, 'CustomerId', {
      id: ledgerIds[i],
      customerRow: customerRows.rowNumbers[c] ?? ctx.rowNumber('Customers', c),
      stage: ctx.enumText('Customers', 'Stage', 'lead'),
    });
  }
  return r.done();
}
