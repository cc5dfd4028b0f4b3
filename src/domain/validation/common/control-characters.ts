/**
 * Control characters in a cell: U+0000-U+001F other than tab, line feed and carriage return, and
 * the non-characters U+FFFE / U+FFFF. They come in with text copied from other systems or from a
 * damaged export; nothing shows them, yet '王\u0001伟' is not '王伟' to the matcher, and a file
 * format that cannot hold them as they are needs them escaped (the .xlsx writer writes _x0001_).
 * The readers keep the value as it is (nothing is stripped); this warns on the cell, naming the
 * characters, so the user can delete them.
 */
import type { Issue } from '../../issues';
import type { SheetKey } from '../../schema';
import { SHEET_PREFIX, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';
import { forEachTextCell } from './cell-scan';

/** The characters this rule reports (control characters are what it is about). */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

export function controlCharactersSpec(sheet: SheetKey): RuleSpec {
  return { id: `${SHEET_PREFIX[sheet]}.cell.control`, sheet, severity: 'warning', needs: { [sheet]: [] } };
}

/** 'U+0001, U+001B': the distinct control characters of a text, at most 3 named. */
export function controlCharacterNames(s: string, sep: string): string {
  const codes = [...new Set(s.match(CONTROL_CHARACTERS) ?? [])].map(
    (c) => 'U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'),
  );
  return codes.slice(0, 3).join(sep) + (codes.length > 3 ? sep + '…' : '');
}

export function checkControlCharacters(ctx: ValidationContext, sheet: SheetKey): Issue[] {
  const r = ctx.reporter(controlCharactersSpec(sheet));
  const sep = ctx.lang === 'zh' ? '、' : ', ';
  forEachTextCell(ctx, sheet, { matching: CONTROL_CHARACTER }, (i, field, s) =>
    r.add(i, field, { chars: controlCharacterNames(s, sep) }),
  );
  return r.done();
}

export const checkCustomerControls = (ctx: ValidationContext) => checkControlCharacters(ctx, 'Customers');
export const checkLedgerControls = (ctx: ValidationContext) => checkControlCharacters(ctx, 'Ledger');
export const checkStaffControls = (ctx: ValidationContext) => checkControlCharacters(ctx, 'Staff');
export const checkDutyControls = (ctx: ValidationContext) => checkControlCharacters(ctx, 'Duty');
export const checkOutingControls = (ctx: ValidationContext) => checkControlCharacters(ctx, 'Outings');
