/**
 * A ledger row's CustomerId must name a customer file. 客户档案包括客户基本信息、交易记录……:
 * a transaction with no file behind it cannot be reviewed or tiered.
 */
import type { Issue } from '../../issues';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const LEDGER_CUSTOMER_EXISTS: RuleSpec = {
  id: 'ledger.customer.unknown',
  sheet: 'Ledger',
  severity: 'error',
  needs: { Ledger: ['CustomerId'], Customers: ['CustomerId'] },
};

/** Ledger CustomerId not found in Customers. */
export function checkLedgerCustomerExists(ctx: ValidationContext): Issue[] {
  const ids = ctx.codes('Ledger', 'CustomerId');
  const customers = ctx.customerIndex();
  const r = ctx.reporter(LEDGER_CUSTOMER_EXISTS);
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] && !customers.has(ids[i])) r.add(i, 'CustomerId', { value: ids[i] });
  }
  return r.done();
}
