/**
 * Who may see which customer files (制度 §5 查看权限), as Dynamics 365's access levels:
 * - sales (销售员) → own: the customers they handle (Owner, or named in 协助销售 CoOwner);
 * - supervisor (展厅主管) → showroom: the customer files of the showrooms the roster gives them;
 * - manager (部门经理) → department: the showrooms of everyone on the roster in their department, or every
 *   showroom when the roster names no department at all (a one-department company);
 * - gm (总经理) → all;
 * - finance (财务) → dealers: every dealer customer (经销商客户), with its ledger and reviews, and no end customer.
 *   Why: §5 has the finance supervisor supply customer information and opinions for the dealer reviews
 *   (财务主管应配合提供必要的客户信息及评审意见): the review rows' CreditScore / PaymentScore / FinanceOpinion
 *   and the ledger facts behind them (payments, overdue amounts). End-customer reviews are the salesperson's
 *   summary and the supervisor's evaluation: finance has no part in them, so it sees no end customer.
 * A person who is not on the roster, has left (在职 = 否), has no role, or whose showroom/department the
 * roster does not give sees nothing: `reason` says why.
 */
import { staffKey, unitKey, type RoleKey, type StaffMember } from './roster';

export type AccessLevel = 'own' | 'showroom' | 'department' | 'all' | 'dealers' | 'none';

export type NoAccessReason = 'unknown' | 'inactive' | 'noRole' | 'noShowroom' | 'noDepartment';

export interface AccessScope {
  staffId: string;
  name: string;
  role: RoleKey | null;
  level: AccessLevel;
  /** showroom and department levels: the showrooms (unit keys) in scope. own: the person's own (for the Duty rota). */
  showrooms: ReadonlySet<string>;
  /** The staff (staffKey) whose outings and rota rows are in scope (own: the person; showroom/department: its staff). */
  staff: ReadonlySet<string>;
  reason?: NoAccessReason;
}

/** The level each role gets. */
export const ROLE_LEVEL: Record<RoleKey, AccessLevel> = {
  sales: 'own',
  supervisor: 'showroom',
  manager: 'department',
  gm: 'all',
  finance: 'dealers',
};

const none = (m: Pick<AccessScope, 'staffId' | 'name' | 'role'>, reason: NoAccessReason): AccessScope => ({
  ...m,
  level: 'none',
  showrooms: new Set(),
  staff: new Set(),
  reason,
});

/** The scope of one person (by staff ID) on this roster. */
export function scopeFor(staffId: string, roster: readonly StaffMember[]): AccessScope {
  const key = staffKey(staffId);
  const me = roster.find((s) => staffKey(s.staffId) === key);
  if (!me) return none({ staffId, name: '', role: null }, 'unknown');
  const base = { staffId: me.staffId, name: me.name, role: me.role };
  if (!me.active) return none(base, 'inactive');
  if (!me.role) return none(base, 'noRole');
  const level = ROLE_LEVEL[me.role];
  const staffIn = (showrooms: ReadonlySet<string>) =>
    new Set(roster.filter((s) => s.showrooms.some((r) => showrooms.has(r))).map((s) => staffKey(s.staffId)));
  switch (level) {
    case 'own':
      return { ...base, level, showrooms: new Set(me.showrooms), staff: new Set([key]) };
    case 'showroom': {
      if (!me.showrooms.length) return none(base, 'noShowroom');
      const showrooms = new Set(me.showrooms);
      return { ...base, level, showrooms, staff: staffIn(showrooms) };
    }
    case 'department': {
      if (!roster.some((s) => s.department)) return { ...base, level: 'all', showrooms: new Set(), staff: new Set() };
      if (!me.department) return none(base, 'noDepartment');
      const mates = roster.filter((s) => s.department === me.department);
      const showrooms = new Set(mates.flatMap((s) => s.showrooms));
      const staff = new Set(mates.map((s) => staffKey(s.staffId)));
      for (const s of staffIn(showrooms)) staff.add(s);
      return { ...base, level, showrooms, staff };
    }
    default:
      return { ...base, level, showrooms: new Set(), staff: new Set() };
  }
}

/** What a customer row says about whose it is. */
export interface CustomerFacts {
  kind: string | null; // 'End' | 'Dealer'
  showroom: unknown;
  owner: unknown;
  /** 协助销售: one staff ID or a list. */
  coOwner?: unknown;
}

/** May the person of this scope see this customer's file? `showroomsOf` gives a staff member's showrooms. */
export function canSeeCustomer(
  scope: AccessScope,
  c: CustomerFacts,
  showroomsOf: (staffId: string) => readonly string[],
): boolean {
  switch (scope.level) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'dealers':
      return c.kind === 'Dealer';
    case 'own': {
      const me = staffKey(scope.staffId);
      if (staffKey(c.owner) === me) return true;
      return String(c.coOwner ?? '')
        .split(/[,;、，；\s]+/)
        .some((id) => id !== '' && staffKey(id) === me);
    }
    default: {
      // showroom / department: the row's showroom, or its owner's when the row names none
      const own = unitKey(c.showroom);
      const showrooms = own ? [own] : showroomsOf(staffKey(c.owner));
      return showrooms.some((s) => scope.showrooms.has(s));
    }
  }
}

/**
 * The scope of a showroom as its supervisor has it, for the per-showroom export (`--by showroom`): the
 * customer files of that showroom, its staff's outings, its rota.
 */
export function showroomScope(showroom: string, roster: readonly StaffMember[]): AccessScope {
  const key = unitKey(showroom);
  return {
    staffId: '',
    name: showroom,
    role: 'supervisor',
    level: 'showroom',
    showrooms: new Set([key]),
    staff: new Set(roster.filter((s) => s.showrooms.includes(key)).map((s) => staffKey(s.staffId))),
  };
}
