/**
 * Each StaffId appears once on the roster: customers, ledger rows, duty and outings point
 * at staff by id, and 销售员只可查看所经办业务范围内的客户档案 needs one person per id.
 */
import type { Issue } from '../../issues';
import type { ValidationContext } from '../context';
import { reportRepeatedCodes } from '../customers/duplicate-customer-id';
import type { RuleSpec } from '../types';

export const STAFF_UNIQUE_IDS: RuleSpec = {
  id: 'staff.id.duplicate',
  sheet: 'Staff',
  severity: 'error',
  needs: { Staff: ['StaffId'] },
};

/** Roster rows sharing a StaffId. */
export function checkStaffUniqueIds(ctx: ValidationContext): Issue[] {
  return reportRepeatedCodes(ctx, STAFF_UNIQUE_IDS, 'StaffId');
}
