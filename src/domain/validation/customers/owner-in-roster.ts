/**
 * The customer's Owner must be on the Staff roster, still active, and — for end
 * customers — work in the customer's showroom.
 *
 * Regulations §5: 展厅主管主要负责最终客户的拓展; 汽车部经理主要负责经销商客户的拓展.
 * End customers are developed within a showroom, so their owner belongs to that showroom.
 * A dealer's owner may come from any showroom, or be the department manager: not checked.
 * Staff with no showroom (department or company level) are not checked either.
 * 销售员只可查看所经办业务范围内的客户档案: a customer whose owner left is visible to nobody.
 */
import type { Issue } from '../../issues';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const OWNER_UNKNOWN: RuleSpec = {
  id: 'customer.owner.unknown',
  sheet: 'Customers',
  severity: 'error',
  needs: { Customers: ['Owner'], Staff: ['StaffId'] },
};
export const OWNER_INACTIVE: RuleSpec = {
  id: 'customer.owner.inactive',
  sheet: 'Customers',
  severity: 'warning',
  needs: { Customers: ['Owner'], Staff: ['StaffId', 'Active'] },
};
export const OWNER_SHOWROOM: RuleSpec = {
  id: 'customer.owner.showroom',
  sheet: 'Customers',
  severity: 'warning',
  needs: { Customers: ['Owner', 'Showroom', 'Kind'], Staff: ['StaffId', 'Showroom'] },
};

/** Owner is filled in but no Staff row has that StaffId. */
export function checkOwnerOnRoster(ctx: ValidationContext): Issue[] {
  const owners = ctx.codes('Customers', 'Owner');
  const staffRow = ctx.ownerStaffRows();
  const r = ctx.reporter(OWNER_UNKNOWN);
  for (let i = 0; i < owners.length; i++) {
    if (staffRow[i] === -1) r.add(i, 'Owner', { value: owners[i] });
  }
  return r.done();
}

/** Owner is on the roster but marked as no longer active (离职). */
export function checkOwnerActive(ctx: ValidationContext): Issue[] {
  const owners = ctx.codes('Customers', 'Owner');
  const staffRow = ctx.ownerStaffRows();
  const { active } = ctx.staff();
  const r = ctx.reporter(OWNER_INACTIVE);
  for (let i = 0; i < owners.length; i++) {
    const s = staffRow[i];
    if (s >= 0 && !active[s]) r.add(i, 'Owner', { value: owners[i] });
  }
  return r.done();
}

/** End customer whose owner works in another showroom. */
export function checkOwnerShowroom(ctx: ValidationContext): Issue[] {
  const owners = ctx.codes('Customers', 'Owner');
  const kinds = ctx.enumKeys('Customers', 'Kind');
  const rooms = ctx.looseKeys('Customers', 'Showroom');
  const roomText = ctx.column('Customers', 'Showroom');
  const staffRoomText = ctx.column('Staff', 'Showroom');
  const staffRow = ctx.ownerStaffRows();
  const { showroom } = ctx.staff();
  const r = ctx.reporter(OWNER_SHOWROOM);
  for (let i = 0; i < owners.length; i++) {
    const s = staffRow[i];
    if (s < 0 || kinds[i] !== 'End' || !rooms[i]) continue;
    if (!showroom[s] || showroom[s] === rooms[i]) continue;
    r.add(i, 'Owner', {
      value: owners[i],
      ownerShowroom: String(staffRoomText[s]).trim(),
      showroom: String(roomText[i]).trim(),
    });
  }
  return r.done();
}
