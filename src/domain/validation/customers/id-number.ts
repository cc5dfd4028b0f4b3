/**
 * ID numbers (证件号码): a resident ID (GB 11643, 18 digits with an ISO 7064 MOD 11-2
 * check digit, or a 15-digit legacy ID) for end customers who are people, a unified
 * social credit code (GB 32100, 18 characters) for dealers and organisations.
 *
 * - customer.id.format: neither shape (wrong length, letters where digits belong, an impossible birth date);
 * - customer.id.check: a resident ID whose check digit is wrong — an error (a typo somewhere);
 * - customer.uscc.check: a USCC whose check character is wrong — only a WARNING, because some codes
 *   issued in pilot regions fail the check (91350100M0001TGQXM, DESIGN.md);
 * - customer.id.kind: an end customer with a USCC, or a dealer with a resident ID — a warning
 *   (最终客户指购买汽车后直接使用的单位或个人: an end customer may be an organisation, so check the kind
 *   rather than the number; 经销商客户指购买汽车后再次出售的合法经营者: a dealer is a business).
 */
import type { Issue } from '../../issues';
import { shown, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

const NEEDS = { Customers: ['IdNumber'] } as const;

export const ID_FORMAT: RuleSpec = { id: 'customer.id.format', sheet: 'Customers', severity: 'error', needs: NEEDS };
export const RESIDENT_ID_CHECK: RuleSpec = {
  id: 'customer.id.check',
  sheet: 'Customers',
  severity: 'error',
  needs: NEEDS,
};
export const USCC_CHECK: RuleSpec = {
  id: 'customer.uscc.check',
  sheet: 'Customers',
  severity: 'warning',
  needs: NEEDS,
};
export const ID_KIND: RuleSpec = {
  id: 'customer.id.kind',
  sheet: 'Customers',
  severity: 'warning',
  needs: { Customers: ['IdNumber', 'Kind'] },
};

/**
 * An ID typed as a number with more than 15 digits was cut by Excel; customer.number.damaged
 * reports it, so the check-digit and format rules stay quiet about it.
 */
function damaged(v: unknown): boolean {
  return typeof v === 'number' && Math.abs(v) >= 1e15;
}

/** An ID number that is neither a resident ID nor a USCC in shape. */
export function checkIdFormat(ctx: ValidationContext): Issue[] {
  const ids = ctx.idNumbers();
  const col = ctx.column('Customers', 'IdNumber');
  const r = ctx.reporter(ID_FORMAT);
  for (let i = 0; i < ids.length; i++) {
    const p = ids[i];
    if (p && (p.kind === 'unknown' || !p.formatOk) && !damaged(col[i])) r.add(i, 'IdNumber', { value: shown(col[i]) });
  }
  return r.done();
}

/** A resident ID (18 digits) whose check digit is wrong. */
export function checkResidentIdCheckDigit(ctx: ValidationContext): Issue[] {
  const ids = ctx.idNumbers();
  const col = ctx.column('Customers', 'IdNumber');
  const r = ctx.reporter(RESIDENT_ID_CHECK);
  for (let i = 0; i < ids.length; i++) {
    const p = ids[i];
    if (p && p.kind === 'resident' && p.formatOk && !p.checkOk && !damaged(col[i]))
      r.add(i, 'IdNumber', { value: p.normalised });
  }
  return r.done();
}

/** A unified social credit code whose check character is wrong (a warning: pilot-region codes). */
export function checkUsccCheckDigit(ctx: ValidationContext): Issue[] {
  const ids = ctx.idNumbers();
  const r = ctx.reporter(USCC_CHECK);
  for (let i = 0; i < ids.length; i++) {
    const p = ids[i];
    if (p && p.kind === 'uscc' && p.formatOk && !p.checkOk) r.add(i, 'IdNumber', { value: p.normalised });
  }
  return r.done();
}

/** An end customer with a USCC, or a dealer with a resident ID. */
export function checkIdMatchesKind(ctx: ValidationContext): Issue[] {
  const ids = ctx.idNumbers();
  const kinds = ctx.enumKeys('Customers', 'Kind');
  const r = ctx.reporter(ID_KIND);
  for (let i = 0; i < ids.length; i++) {
    const p = ids[i];
    if (!p || !p.formatOk) continue;
    const resident = p.kind === 'resident' || p.kind === 'resident15';
    if (kinds[i] === 'End' && p.kind === 'uscc') r.add(i, 'IdNumber', { value: p.normalised }, 'end-uscc');
    else if (kinds[i] === 'Dealer' && resident) r.add(i, 'IdNumber', { value: p.normalised }, 'dealer-resident');
  }
  return r.done();
}
