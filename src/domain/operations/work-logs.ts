/**
 * The weekly work logs still waiting for the supervisor's check (工作周志, §4: 接受主管检查), for the
 * supervisor's daily summary: every log of a week that has ended (its Sunday is before today) with
 * no check date, oldest first. The rule worklog.unchecked says which of them are past the deadline.
 */
import { parseDate } from '../normalise';
import type { Table } from '../table';
import { isoWeekText, parseWeek } from './week';

export interface UncheckedLog {
  /** Worksheet row on the WorkLogs sheet. */
  row: number;
  staffId: string;
  /** '2026-W48'. */
  week: string;
  /** Days since the week's Sunday. */
  days: number;
}

export function uncheckedWorkLogs(table: Table | undefined, today: number): UncheckedLog[] {
  if (!table || !table.columns.Week) return [];
  const weeks = table.columns.Week;
  const staff = table.columns.StaffId ?? [];
  const checked = table.columns.CheckedAt ?? [];
  const out: (UncheckedLog & { monday: number })[] = [];
  for (let i = 0; i < table.length; i++) {
    const monday = parseWeek(weeks[i]);
    if (Number.isNaN(monday) || monday + 6 >= today) continue;
    const c = checked[i];
    if (c !== null && c !== undefined && String(c).trim() !== '' && parseDate(c) !== null) continue;
    out.push({
      row: table.rowNumbers[i] ?? table.headerRow + 1 + i,
      staffId: String(staff[i] ?? '').trim(),
      week: isoWeekText(monday),
      days: today - (monday + 6),
      monday,
    });
  }
  out.sort((a, b) => a.monday - b.monday || a.row - b.row);
  return out.map(({ monday: _monday, ...log }) => log);
}
