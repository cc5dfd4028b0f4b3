/**
 * The people on the roster (人员), as the pane offers them when it asks who is working (the name the
 * Audit sheet records): active staff only, supervisors and managers first, who are the ones acting.
 */
import { readStaff } from '../domain/reviews/input';
import type { WorkbookPort } from '../workbook/port';

export interface RosterPerson {
  id: string;
  name: string;
  /** The role's key (supervisor, manager, gm, finance, sales), null when the cell names none. */
  role: string | null;
}

const ROLE_ORDER = ['supervisor', 'manager', 'gm', 'finance', 'sales'];

const roleRank = (role: string | null) => {
  const i = role ? ROLE_ORDER.indexOf(role) : -1;
  return i < 0 ? ROLE_ORDER.length : i;
};

/** The active people of the Staff table, by role then staff ID; [] when the workbook has none. */
export async function readRoster(port: WorkbookPort): Promise<RosterPerson[]> {
  const data = await port.read({ sheets: ['Staff'] });
  return readStaff(data.Staff)
    .filter((s) => s.active)
    .map((s) => ({ id: s.staffId, name: s.name, role: s.role }))
    .sort((a, b) => roleRank(a.role) - roleRank(b.role) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
