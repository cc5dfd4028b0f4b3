/**
 * Role must be one of 销售员, 展厅主管, 部门经理, 总经理, 财务 (ROLES; synonyms accepted).
 * Roles decide who may see what (查看权限) and who approves outings and reviews.
 */
import type { Issue } from '../../issues';
import { isBlank, shown, type ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const VALID_ROLES: RuleSpec = {
  id: 'staff.role.invalid',
  sheet: 'Staff',
  severity: 'error',
  needs: { Staff: ['Role'] },
};

/** A Role cell that is filled in but names no known role. */
export function checkValidRoles(ctx: ValidationContext): Issue[] {
  const col = ctx.column('Staff', 'Role');
  const roles = ctx.enumKeys('Staff', 'Role');
  const r = ctx.reporter(VALID_ROLES);
  let allowed: string | undefined;
  for (let i = 0; i < col.length; i++) {
    if (roles[i] !== null || isBlank(col[i])) continue;
    allowed ??= ctx.allowedLabels('Staff', 'Role');
    r.add(i, 'Role', { value: shown(col[i]), allowed });
  }
  return r.done();
}
