/**
 * Every active salesperson keeps a weekly work log (每周完成工作周志). Regulations §4: 销售人员外出开展
 * 业务的情况,应通过工作周志的方式加以记录,并接受主管检查.
 *
 * - worklog.missing: an active salesperson (Staff, role sales) has no WorkLogs row for a full week
 *   (Monday to Sunday, ended before today) within the log's period: from the sheet's first week, or
 *   the person's first trace if later (their first log, duty day or customer's first contact), to
 *   the last full week. Reported once per person on their Staff row, naming the weeks.
 * - worklog.week.format: a Week cell that is neither a date nor an ISO week (2026-W48).
 */
import type { Issue } from '../../issues';
import { isoWeekText, mondayOf, parseWeek } from '../../operations/week';
import { isBlank, shown, type ValidationContext } from '../context';
import { dutyIndex } from '../operations';
import type { RuleSpec } from '../types';

export const WORKLOG_MISSING: RuleSpec = {
  id: 'worklog.missing',
  sheet: 'Staff',
  severity: 'warning',
  needs: { WorkLogs: ['StaffId', 'Week'], Staff: ['StaffId', 'Role'] },
};
export const WORKLOG_WEEK_FORMAT: RuleSpec = {
  id: 'worklog.week.format',
  sheet: 'WorkLogs',
  severity: 'error',
  needs: { WorkLogs: ['Week'] },
};

/** At most this many missing weeks are named in one message. */
const SHOWN_WEEKS = 6;

/** Per staff id, the earliest day a sheet shows them at work (a duty day, a customer's first contact). */
function firstTraces(ctx: ValidationContext): Map<string, number> {
  const out = new Map<string, number>();
  const seen = (id: string, day: number) => {
    if (!id || Number.isNaN(day)) return;
    const was = out.get(id);
    if (was === undefined || day < was) out.set(id, day);
  };
  const duty = dutyIndex(ctx);
  for (const [key, ids] of duty.onDuty) {
    const [day, room] = key.split('|');
    if (room) continue;
    for (const id of ids) seen(id, Number(day));
  }
  if (ctx.has('Customers', ['Owner', 'FirstContact'])) {
    const owners = ctx.codes('Customers', 'Owner');
    const first = ctx.days('Customers', 'FirstContact');
    for (let i = 0; i < owners.length; i++) seen(owners[i], first[i]);
  }
  return out;
}

export function checkWorkLogEveryWeek(ctx: ValidationContext): Issue[] {
  const ids = ctx.codes('WorkLogs', 'StaffId');
  const weeks = ctx.column('WorkLogs', 'Week').map(parseWeek);
  const r = ctx.reporter(WORKLOG_MISSING);
  let firstWeek = Infinity;
  const logged = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    if (Number.isNaN(weeks[i])) continue;
    firstWeek = Math.min(firstWeek, weeks[i]);
    if (ids[i]) logged.add(`${ids[i]}|${weeks[i]}`);
  }
  // the last full week: the one before today's week
  const lastWeek = mondayOf(ctx.options.today) - 7;
  if (!Number.isFinite(firstWeek) || firstWeek > lastWeek) return r.done();
  const traces = firstTraces(ctx);
  const staffIds = ctx.codes('Staff', 'StaffId');
  const { active, role, byId } = ctx.staff();
  const sep = ctx.lang === 'zh' ? '、' : ', ';
  for (let s = 0; s < staffIds.length; s++) {
    const id = staffIds[s];
    if (!id || byId.get(id) !== s || !active[s] || role[s] !== 'sales') continue;
    let start = firstWeek;
    let firstLog = Infinity;
    for (let w = firstWeek; w <= lastWeek; w += 7) if (logged.has(`${id}|${w}`)) firstLog = Math.min(firstLog, w);
    const trace = Math.min(firstLog, traces.get(id) ?? Infinity);
    if (Number.isFinite(trace)) start = Math.max(start, mondayOf(trace));
    const missing: string[] = [];
    for (let w = start; w <= lastWeek; w += 7) if (!logged.has(`${id}|${w}`)) missing.push(isoWeekText(w));
    if (!missing.length) continue;
    const listed = missing.slice(0, SHOWN_WEEKS).join(sep) + (missing.length > SHOWN_WEEKS ? ' …' : '');
    r.add(s, 'StaffId', { value: id, n: missing.length, weeks: listed, sheet: ctx.sheetLabel('WorkLogs') });
  }
  return r.done();
}

export function checkWorkLogWeekFormat(ctx: ValidationContext): Issue[] {
  const col = ctx.column('WorkLogs', 'Week');
  const r = ctx.reporter(WORKLOG_WEEK_FORMAT);
  for (let i = 0; i < col.length; i++) {
    if (isBlank(col[i])) continue;
    if (Number.isNaN(parseWeek(col[i]))) r.add(i, 'Week', { value: shown(col[i]) });
  }
  return r.done();
}
