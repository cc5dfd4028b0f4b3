/**
 * ID numbers (证件号码): a resident ID (GB 11643, 18 digits with an ISO 7064 MOD 11-2
 * check digit, or a 15-digit legacy ID) for end customers who are people, a unified
 * social credit code (GB 32100, 18 characters) for dealers and organisations, and for
 * customers from outside the mainland a Hong Kong/Macau or Taiwan permit, a passport or
 * another document (normalise/ids.ts tells them apart by pattern).
 *
 * - customer.id.format: no known shape and not a document's number either (wrong length for a
 *   resident ID, an impossible birth date, characters that are not letters or digits, too
 *   short); the message names the kinds the add-in knows. A permit or passport number is never
 *   reported here: they have no check character, and other countries' documents vary;
 * - customer.id.check: a resident ID whose check digit is wrong — an error (a typo somewhere);
 * - customer.uscc.check: a USCC whose check character is wrong — only a WARNING, because some codes
 *   issued in pilot regions fail the check (91350100M0001TGQXM, DESIGN.md);
 * - customer.id.kind: an end customer with a USCC, or a dealer with a resident ID, permit or passport — a warning
 *   (最终客户指购买汽车后直接使用的单位或个人: an end customer may be an organisation, so check the kind
 *   rather than the number; 经销商客户指购买汽车后再次出售的合法经营者: a dealer is a business).
 */
import type { Issue } from '../../issues';
// from their own module, not the index (whose re-exports are getters in CommonJS output: a call per row)
import {
  ID_BLANK,
  ID_CHECK_OK,
  ID_FORMAT_OK,
  ID_RESIDENT,
  ID_RESIDENT15,
  ID_USCC,
  ID_HK_MACAU,
  ID_TAIWAN,
  ID_PASSPORT,
} from '../../normalise/ids';
import { shown, type ValidationContext } from '../context';
import { damagedCodeRows } from '../../table';
import type { RuleSpec } from '../types';
import { t } from '../../../i18n';

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
 * Rows whose ID Excel has already cut to 15 digits (held as a number of more than 15 digits,
 * as the adapter reports it or as the cell is): customer.number.damaged reports those, so the
 * format and check-digit rules do not blame a typo for what Excel did.
 */
function damagedRows(ctx: ValidationContext): Uint8Array {
  const tb = ctx.table('Customers');
  const out = new Uint8Array(tb?.length ?? 0);
  if (tb) for (const i of damagedCodeRows(tb, 'IdNumber')) out[i] = 1;
  return out;
}

/** Format right, check character wrong: (flags & BOTH_OK) === ID_FORMAT_OK. */
const BOTH_OK = ID_FORMAT_OK | ID_CHECK_OK;

/** An ID number of no known shape that cannot be another document's number either. */
export function checkIdFormat(ctx: ValidationContext): Issue[] {
  const ids = ctx.idNumbers();
  const col = ctx.column('Customers', 'IdNumber');
  const damaged = damagedRows(ctx);
  const r = ctx.reporter(ID_FORMAT);
  for (let i = 0; i < ids.kind.length; i++) {
    if (ids.kind[i] !== ID_BLANK && !(ids.flags[i] & ID_FORMAT_OK) && damaged[i] !== 1)
      r.add(i, 'IdNumber', { value: shown(col[i]) });
  }
  return r.done();
}

/** The kind of a permit or passport, in the user's language. */
function documentName(ctx: ValidationContext, kind: number): string {
  const key = kind === ID_HK_MACAU ? 'hkMacau' : kind === ID_TAIWAN ? 'taiwan' : 'passport';
  return t(ctx.lang, `validation.customer.id.document.${key}`);
}

/** A person's document: permit or passport (a dealer is a business, with a USCC). */
function isPersonalDocument(kind: number): boolean {
  return kind === ID_HK_MACAU || kind === ID_TAIWAN || kind === ID_PASSPORT;
}

/** A resident ID (18 digits) whose check digit is wrong. */
export function checkResidentIdCheckDigit(ctx: ValidationContext): Issue[] {
  const ids = ctx.idNumbers();
  const damaged = damagedRows(ctx);
  const r = ctx.reporter(RESIDENT_ID_CHECK);
  for (let i = 0; i < ids.kind.length; i++) {
    if (ids.kind[i] === ID_RESIDENT && (ids.flags[i] & BOTH_OK) === ID_FORMAT_OK && damaged[i] !== 1)
      r.add(i, 'IdNumber', { value: ids.normalised[i] });
  }
  return r.done();
}

/** A unified social credit code whose check character is wrong (a warning: pilot-region codes). */
export function checkUsccCheckDigit(ctx: ValidationContext): Issue[] {
  const ids = ctx.idNumbers();
  const damaged = damagedRows(ctx);
  const r = ctx.reporter(USCC_CHECK);
  for (let i = 0; i < ids.kind.length; i++) {
    if (ids.kind[i] === ID_USCC && (ids.flags[i] & BOTH_OK) === ID_FORMAT_OK && damaged[i] !== 1)
      r.add(i, 'IdNumber', { value: ids.normalised[i] });
  }
  return r.done();
}

/** An end customer with a USCC, or a dealer with a resident ID, a permit or a passport. */
export function checkIdMatchesKind(ctx: ValidationContext): Issue[] {
  const ids = ctx.idNumbers();
  const kinds = ctx.enumKeys('Customers', 'Kind');
  const r = ctx.reporter(ID_KIND);
  for (let i = 0; i < ids.kind.length; i++) {
    const kind = ids.kind[i];
    if (kind === ID_BLANK || !(ids.flags[i] & ID_FORMAT_OK)) continue;
    const resident = kind === ID_RESIDENT || kind === ID_RESIDENT15;
    if (kinds[i] === 'End' && kind === ID_USCC) r.add(i, 'IdNumber', { value: ids.normalised[i] }, 'end-uscc');
    else if (kinds[i] === 'Dealer' && resident) r.add(i, 'IdNumber', { value: ids.normalised[i] }, 'dealer-resident');
    else if (kinds[i] === 'Dealer' && isPersonalDocument(kind))
      r.add(i, 'IdNumber', { value: ids.normalised[i], document: documentName(ctx, kind) }, 'dealer-document');
  }
  return r.done();
}
