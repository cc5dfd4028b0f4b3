/**
 * A customer who came by phone or walked in on a duty day has a call or visit record that day
 * (来电/到店客户应有当天的来电或来访登记). Regulations §4: the duty lead records every caller, the other
 * staff on duty record every walk-in (必须将客户信息完整、真实地加以记录,并做好保管,以防止信息流失).
 *
 * - customer.source.no-record: Source is 来电 (call) or 到店 (walk-in), FirstContact is a day with a
 *   rota (of the customer's showroom when it names one), and neither the Calls sheet (for a call) nor
 *   the Visits sheet (for a walk-in) has a record that day with this customer's CustomerId or phone.
 *   A question for the supervisor (a warning), not an error: the record may be under another phone.
 */
import type { Issue } from '../../issues';
import { formatDay, phoneColumn } from '../../normalise';
import { PHONE_BLANK } from '../../normalise/phone';
import type { SheetKey } from '../../schema';
import { parseDayTime, type ValidationContext } from '../context';
import { dutyIndex, dutyKey } from '../operations';
import type { RuleSpec } from '../types';

export const CALL_OR_VISIT_RECORDED: RuleSpec = {
  id: 'customer.source.no-record',
  sheet: 'Customers',
  severity: 'warning',
  needs: { Customers: ['Source', 'FirstContact'], Duty: ['Date'], Calls: ['Time'], Visits: ['Time'] },
};

/** 'day|phone key' and 'day|customer id' of every record of a register. */
function recordKeys(ctx: ValidationContext, sheet: SheetKey): Set<string> {
  const out = new Set<string>();
  const times = ctx.column(sheet, 'Time');
  const phones = ctx.has(sheet, ['Phone']) ? phoneColumn(ctx.column(sheet, 'Phone')) : null;
  const ids = ctx.has(sheet, ['CustomerId']) ? ctx.codes(sheet, 'CustomerId') : [];
  for (let i = 0; i < times.length; i++) {
    const t = parseDayTime(times[i]);
    if (Number.isNaN(t)) continue;
    const day = Math.floor(t);
    if (phones && phones.kind[i] !== PHONE_BLANK && phones.key[i]) out.add(`${day}|p${phones.key[i]}`);
    if (ids[i]) out.add(`${day}|c${ids[i]}`);
  }
  return out;
}

export function checkCallOrVisitRecorded(ctx: ValidationContext): Issue[] {
  const source = ctx.enumKeys('Customers', 'Source');
  const first = ctx.days('Customers', 'FirstContact');
  const rooms = ctx.has('Customers', ['Showroom']) ? ctx.looseKeys('Customers', 'Showroom') : [];
  const ids = ctx.has('Customers', ['CustomerId']) ? ctx.codes('Customers', 'CustomerId') : [];
  const phones = ctx.has('Customers', ['Phone']) ? ctx.phones() : null;
  const duty = dutyIndex(ctx);
  const r = ctx.reporter(CALL_OR_VISIT_RECORDED);
  let calls: Set<string> | null = null;
  let visits: Set<string> | null = null;
  for (let i = 0; i < source.length; i++) {
    const s = source[i];
    if (s !== 'call' && s !== 'walkin') continue;
    const d = first[i];
    if (Number.isNaN(d) || dutyKey(duty, d, rooms[i] ?? '') === null) continue;
    const keys = s === 'call' ? (calls ??= recordKeys(ctx, 'Calls')) : (visits ??= recordKeys(ctx, 'Visits'));
    if (ids[i] && keys.has(`${d}|c${ids[i]}`)) continue;
    if (phones && phones.kind[i] !== PHONE_BLANK && phones.key[i] && keys.has(`${d}|p${phones.key[i]}`)) continue;
    r.add(
      i,
      'Source',
      {
        value: ctx.enumText('Customers', 'Source', s),
        date: formatDay(d),
        register: ctx.sheetLabel(s === 'call' ? 'Calls' : 'Visits'),
      },
      s,
    );
  }
  return r.done();
}
