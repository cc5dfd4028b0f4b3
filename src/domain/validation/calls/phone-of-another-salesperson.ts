/**
 * A call or walk-in whose phone already belongs to another salesperson's customer (来电/来访号码已是
 * 其他销售员的客户): the moment most customer conflicts start in a showroom (§4: 每天应汇总检查当天所有的
 * 客户记录 ... 以防止客户冲突现象). A conflict warning, for the supervisor to hand the contact to the
 * customer's salesperson before a second file is opened.
 *
 * - call.phone.other-owner / visit.phone.other-owner: the record's phone (normalised as the
 *   matcher does: full-width digits, +86, dashes, area codes) is the phone of a customer whose
 *   Owner is not the record's salesperson: the Owner of the customer the record became (its
 *   CustomerId) when it names one on the Customers sheet, else the person who recorded it. The
 *   customer the record became is itself never "another" customer.
 */
import type { Issue } from '../../issues';
import { phoneColumn } from '../../normalise';
import { PHONE_BLANK } from '../../normalise/phone';
import type { SheetKey } from '../../schema';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const CALL_PHONE_OTHER_OWNER: RuleSpec = {
  id: 'call.phone.other-owner',
  sheet: 'Calls',
  severity: 'warning',
  needs: { Calls: ['Phone', 'RecordedBy'], Customers: ['Phone', 'Owner'] },
};
export const VISIT_PHONE_OTHER_OWNER: RuleSpec = {
  id: 'visit.phone.other-owner',
  sheet: 'Visits',
  severity: 'warning',
  needs: { Visits: ['Phone', 'RecordedBy'], Customers: ['Phone', 'Owner'] },
};

/** Customers' phone keys -> data rows (only the phones some record asks about are kept). */
function customersByPhone(ctx: ValidationContext, wanted: Set<string>): Map<string, number[]> {
  const phones = ctx.phones();
  const out = new Map<string, number[]>();
  for (let i = 0; i < phones.key.length; i++) {
    if (phones.kind[i] === PHONE_BLANK) continue;
    const k = phones.key[i];
    if (!k || !wanted.has(k)) continue;
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

function checkPhoneOwner(ctx: ValidationContext, sheet: SheetKey, spec: RuleSpec): Issue[] {
  const phones = phoneColumn(ctx.column(sheet, 'Phone'));
  const who = ctx.codes(sheet, 'RecordedBy');
  const became = ctx.has(sheet, ['CustomerId']) ? ctx.codes(sheet, 'CustomerId') : [];
  const wanted = new Set<string>();
  for (let i = 0; i < phones.key.length; i++)
    if (phones.kind[i] !== PHONE_BLANK && phones.key[i]) wanted.add(phones.key[i]);
  const r = ctx.reporter(spec);
  if (wanted.size === 0) return r.done();
  const byPhone = customersByPhone(ctx, wanted);
  const owners = ctx.codes('Customers', 'Owner');
  const ids = ctx.has('Customers', ['CustomerId']) ? ctx.codes('Customers', 'CustomerId') : [];
  const index = ctx.has('Customers', ['CustomerId']) ? ctx.customerIndex() : null;
  for (let i = 0; i < phones.key.length; i++) {
    const rows = phones.kind[i] === PHONE_BLANK ? undefined : byPhone.get(phones.key[i]);
    if (!rows) continue;
    const own = became[i] && index ? index.get(became[i]) : undefined;
    const mine = own !== undefined ? owners[own] : who[i];
    if (!mine) continue;
    const others = rows.filter((c) => c !== own && owners[c] && owners[c] !== mine);
    if (!others.length) continue;
    const c = others[0];
    r.add(i, 'Phone', {
      customer: ids[c] || `#${ctx.rowNumber('Customers', c)}`,
      row: ctx.rowNumber('Customers', c),
      owner: owners[c],
      mine,
    });
  }
  return r.done();
}

export const checkCallPhoneOwner = (ctx: ValidationContext) => checkPhoneOwner(ctx, 'Calls', CALL_PHONE_OTHER_OWNER);
export const checkVisitPhoneOwner = (ctx: ValidationContext) => checkPhoneOwner(ctx, 'Visits', VISIT_PHONE_OTHER_OWNER);
