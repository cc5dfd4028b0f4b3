/**
 * A car key is handed out with the supervisor's approval (车钥匙领用须经展厅主管批准). Regulations §4:
 * 展厅的汽车钥匙由展厅主管统一保管.
 *
 * - key.not-approved: ApprovedBy is blank; variant other: the approver is not an active supervisor
 *   of the showroom of the person who took the key (any active supervisor when that person's
 *   showroom is unknown).
 */
import type { Issue } from '../../issues';
import { isBlankRow, type ValidationContext } from '../context';
import { roleOf, showroomOf } from '../operations';
import type { RuleSpec } from '../types';

export const KEY_APPROVED: RuleSpec = {
  id: 'key.not-approved',
  sheet: 'Keys',
  severity: 'warning',
  needs: { Keys: ['TakenBy', 'ApprovedBy'], Staff: ['StaffId', 'Role'] },
};

export function checkKeyApproved(ctx: ValidationContext): Issue[] {
  const tb = ctx.table('Keys')!;
  const taker = ctx.codes('Keys', 'TakenBy');
  const approver = ctx.codes('Keys', 'ApprovedBy');
  const { byId, active } = ctx.staff();
  const r = ctx.reporter(KEY_APPROVED);
  for (let i = 0; i < approver.length; i++) {
    if (isBlankRow(tb, i)) continue;
    const a = approver[i];
    if (!a) {
      r.add(i, 'ApprovedBy', { staff: taker[i] || '—' });
      continue;
    }
    const s = byId.get(a);
    const own = taker[i] ? showroomOf(ctx, taker[i]) : '';
    const ok =
      s !== undefined && active[s] === 1 && roleOf(ctx, a) === 'supervisor' && (!own || showroomOf(ctx, a) === own);
    if (!ok) r.add(i, 'ApprovedBy', { value: a, staff: taker[i] || '—' }, 'other');
  }
  return r.done();
}
