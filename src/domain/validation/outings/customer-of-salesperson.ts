/**
 * An outing for a customer names a customer of that salesperson, or says why not (拜访的客户应是本人的
 * 客户). Regulations §4/§5: 销售员只可查看所经办业务范围内的客户档案; the supervisor adjusts who works which
 * customer 以防止客户冲突现象 — a salesperson visiting another's customer is how conflicts start.
 *
 * - outing.customer.not-own: the CustomerId is on the Customers sheet with another Owner, and the
 *   Purpose gives no reason (it names neither that owner nor 协助/陪同/代/替/assist/with/for);
 *   variant unknown: the CustomerId is not on the Customers sheet at all.
 */
import type { Issue } from '../../issues';
import { isBlank, shown, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const CUSTOMER_OF_SALESPERSON: RuleSpec = {
  id: 'outing.customer.not-own',
  sheet: 'Outings',
  severity: 'warning',
  needs: { Outings: ['StaffId', 'CustomerId'], Customers: ['CustomerId', 'Owner'] },
};

/** Words in a purpose that say the visit is on another's behalf. */
const REASON = /协助|陪同|代|替|配合|交接|assist|accompan|on behalf|cover|hand ?over|with /i;

export function checkCustomerOfSalesperson(ctx: ValidationContext): Issue[] {
  const staff = ctx.codes('Outings', 'StaffId');
  const customer = ctx.codes('Outings', 'CustomerId');
  const purpose = ctx.column('Outings', 'Purpose');
  const owners = ctx.codes('Customers', 'Owner');
  const index = ctx.customerIndex();
  const r = ctx.reporter(CUSTOMER_OF_SALESPERSON);
  for (let i = 0; i < staff.length; i++) {
    const c = customer[i];
    if (!c || !staff[i]) continue;
    const row = index.get(c);
    if (row === undefined) {
      r.add(i, 'CustomerId', { value: c }, 'unknown');
      continue;
    }
    const owner = owners[row];
    if (!owner || owner === staff[i]) continue;
    const why = isBlank(purpose[i]) ? '' : shown(purpose[i]);
    if (why && (REASON.test(why) || why.toUpperCase().includes(owner))) continue;
    r.add(i, 'CustomerId', { value: c, owner, staff: staff[i] });
  }
  return r.done();
}
