/**
 * The roster as access needs it: each person's role, showrooms and department (人员 sheet).
 * Showroom and department names are compared loosely (width, case and spaces do not matter), so
 * 「一店」 on the roster and 「一店 」 on a customer row are the same showroom.
 */
import { field } from '../schema';
import { parseEnum } from '../headers';
import { cell, text, type Table } from '../table';

export type RoleKey = 'sales' | 'supervisor' | 'manager' | 'gm' | 'finance';

export interface StaffMember {
  staffId: string;
  name: string;
  role: RoleKey | null;
  /** Unit keys (see unitKey) of the showrooms the roster gives; a cell may name several (一店、二店). */
  showrooms: string[];
  /** Unit key of the department, '' when the cell is empty. */
  department: string;
  active: boolean;
}

/** A showroom's or department's name as compared: NFKC, no spaces, lower case. */
export function unitKey(name: unknown): string {
  if (name === null || name === undefined) return '';
  return String(name).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** The names a cell lists (一店、二店 / S012, S020): split on commas, 、 and semicolons. */
export function listCell(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return String(value)
    .normalize('NFKC')
    .split(/[,;、|/]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A staff ID as compared (S012 and ｓ012 are one person). */
export function staffKey(id: unknown): string {
  return unitKey(id).toUpperCase();
}

export function readRosterTable(t: Table | undefined): StaffMember[] {
  if (!t) return [];
  const role = field('Staff', 'Role');
  const active = field('Staff', 'Active');
  const out: StaffMember[] = [];
  for (let i = 0; i < t.length; i++) {
    const staffId = text(t, 'StaffId', i);
    if (!staffId) continue;
    out.push({
      staffId,
      name: text(t, 'Name', i),
      role: parseEnum(role, cell(t, 'Role', i)) as RoleKey | null,
      showrooms: listCell(cell(t, 'Showroom', i)).map(unitKey),
      department: unitKey(cell(t, 'Department', i)),
      active: parseEnum(active, cell(t, 'Active', i)) !== 'false',
    });
  }
  return out;
}
