/**
 * A key is not handed out while the supervisor, its keeper, is registered out (主管外出时不得领用车钥匙).
 * Regulations §4: 展厅的汽车钥匙由展厅主管统一保管。若主管外出工作,应打开所有车锁,以便客户试车 — when the
 * supervisor goes out the cars are left open for test drives; nobody takes keys in their absence.
 *
 * - key.supervisor-out: the key was taken on a day the approver (or, when the approver is blank,
 *   a supervisor of the taker's showroom) has an Outings row for, and that outing had not ended
 *   before the key was taken (no return time, or returned after it).
 */
import type { Issue } from '../../issues';
import { formatDay } from '../../normalise';
import { parseDayTime, type ValidationContext } from '../context';
import { outingsByStaff, roleOf, showroomOf, supervisorsByShowroom } from '../operations';
import type { RuleSpec } from '../types';

export const KEY_SUPERVISOR_OUT: RuleSpec = {
  id: 'key.supervisor-out',
  sheet: 'Keys',
  severity: 'warning',
  needs: { Keys: ['TakenAt'], Outings: ['Date', 'StaffId'], Staff: ['StaffId', 'Role'] },
};

export function checkKeyTakenWhileSupervisorOut(ctx: ValidationContext): Issue[] {
  const taken = ctx.column('Keys', 'TakenAt');
  const taker = ctx.has('Keys', ['TakenBy']) ? ctx.codes('Keys', 'TakenBy') : [];
  const approver = ctx.has('Keys', ['ApprovedBy']) ? ctx.codes('Keys', 'ApprovedBy') : [];
  const outings = outingsByStaff(ctx);
  const supervisors = supervisorsByShowroom(ctx);
  const r = ctx.reporter(KEY_SUPERVISOR_OUT);
  for (let i = 0; i < taken.length; i++) {
    const t = parseDayTime(taken[i]);
    if (Number.isNaN(t)) continue;
    const day = Math.floor(t);
    const a = approver[i];
    const keepers =
      a && roleOf(ctx, a) === 'supervisor'
        ? [a]
        : a
          ? []
          : (supervisors.get(taker[i] ? showroomOf(ctx, taker[i]) : '') ?? []);
    for (const k of keepers) {
      const out = (outings.get(k) ?? []).find((o) => o.day === day && !(o.returnedAt <= t));
      if (!out) continue;
      r.add(i, 'TakenAt', {
        supervisor: k,
        date: formatDay(day),
        row: ctx.rowNumber('Outings', out.row),
        sheet: ctx.sheetLabel('Outings'),
      });
      break;
    }
  }
  return r.done();
}
