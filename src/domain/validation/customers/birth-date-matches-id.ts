/**
 * BirthDate disagrees with the birth date inside the resident ID (digits 7-14, or 7-12
 * of a 15-digit legacy ID with '19' prefixed). One of the two is wrong; the file must be
 * truthful (客户档案必须及时、完整、真实地反映客户信息).
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
// from their own module, not the index (whose re-exports are getters in CommonJS output: a call per row)
import { ID_BLANK, ID_FORMAT_OK, NO_BIRTH_DATE } from '../../normalise/ids';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const BIRTH_DATE_MATCHES_ID: RuleSpec = {
  id: 'customer.birthdate.id',
  sheet: 'Customers',
  severity: 'warning',
  needs: { Customers: ['IdNumber', 'BirthDate'] },
};

/** BirthDate is filled in, the ID is a resident ID, and the two dates differ. */
export function checkBirthDateMatchesId(ctx: ValidationContext): Issue[] {
  const ids = ctx.idNumbers();
  const birth = ctx.days('Customers', 'BirthDate');
  const r = ctx.reporter(BIRTH_DATE_MATCHES_ID);
  for (let i = 0; i < ids.kind.length; i++) {
    const idDate = ids.birthDate[i];
    const b = birth[i];
    if (ids.kind[i] === ID_BLANK || idDate === NO_BIRTH_DATE || !(ids.flags[i] & ID_FORMAT_OK) || Number.isNaN(b))
      continue;
    if (idDate !== b) r.add(i, 'BirthDate', { value: formatDay(b), idDate: formatDay(idDate) });
  }
  return r.done();
}
