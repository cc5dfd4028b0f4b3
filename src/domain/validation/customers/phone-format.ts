/**
 * Phone format: after normalising (full-width digits, spaces, dashes, +86/0086/86),
 * a mobile must match /^1[3-9]\d{9}$/ and a landline must be 0 + a 2-3 digit area code
 * + 7-8 digits (normalisePhone decides; see DESIGN.md "Known-good vectors").
 *
 * Regulations §4: 接听完毕,必须将客户信息完整、真实地加以记录 — a phone nobody can call is lost information.
 */
import type { Issue } from '../../issues';
// from their own module, not the index (whose re-exports are getters in CommonJS output: a call per row)
import { PHONE_BLANK, PHONE_MOBILE } from '../../normalise/phone';
import { shown, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const PHONE_FORMAT: RuleSpec = {
  id: 'customer.phone.format',
  sheet: 'Customers',
  severity: 'error',
  needs: { Customers: ['Phone'] },
};

/** A phone that is neither a valid mobile nor a valid landline once normalised. */
export function checkPhoneFormat(ctx: ValidationContext): Issue[] {
  const col = ctx.column('Customers', 'Phone');
  const phones = ctx.phones();
  const r = ctx.reporter(PHONE_FORMAT);
  for (let i = 0; i < col.length; i++) {
    const kind = phones.kind[i];
    if (kind !== PHONE_BLANK && phones.valid[i] === 0)
      r.add(i, 'Phone', { value: shown(col[i]) }, kind === PHONE_MOBILE ? 'mobile' : undefined);
  }
  return r.done();
}
