/**
 * The showroom's day (the pane's 展厅 tab): for one date, who is on duty and who leads in each
 * showroom, who is registered out, the calls and walk-ins recorded that day, the car keys out that
 * day, the work logs of that day's week (who has one, checked or not), and the findings of each of
 * those sheets (to jump to). Reads the Staff, Duty, Outings, Calls, Visits, Keys, WorkLogs and
 * Customers tables and the settings through the port; writes nothing. A sheet the workbook lacks
 * gives an empty list.
 */
import { entryPeople, rotaEntries } from '../domain/duty/rota';
import type { Issue } from '../domain/issues';
import type { Lang } from '../domain/schema';
import { createValidationContext, validateWorkbook } from '../domain/validation';
import { isBlank, parseDayTime } from '../domain/validation/context';
import { mondayOf, parseWeek } from '../domain/operations/week';
import type { SheetKey } from '../domain/schema';
import type { CellValue } from '../domain/table';
import type { ValidationContext } from '../domain/validation/context';
import type { WorkbookPort } from '../workbook/port';
import { ROTA_SHEETS } from './generate-rota';
import { readSettings } from './settings';

export interface DayPerson {
  id: string;
  name: string;
}

export interface ShowroomDuty {
  showroom: string;
  lead: DayPerson | null;
  people: DayPerson[];
  /** Worksheet rows of the Duty sheet for this showroom and day. */
  rows: number[];
}

export interface DayOuting {
  row: number;
  person: DayPerson;
  purpose: string;
  customerId: string;
}

/** A call (来电登记) or a walk-in (来访登记) recorded on the day. */
export interface DayContact {
  row: number;
  /** Minutes after midnight, or null when the cell holds a date only. */
  minutes: number | null;
  /** The caller or visitor as written (may be blank). */
  name: string;
  phone: string;
  recordedBy: DayPerson;
  /** The customer it became, if any. */
  customerId: string;
}

/** A car key out at some time of the day: taken that day, or earlier and not back before it. */
export interface DayKey {
  row: number;
  vehicle: string;
  takenBy: DayPerson;
  /** Day serial with the time as a fraction (like the sheet's datetime). */
  takenAt: number;
  /** NaN while the key is still out. */
  returnedAt: number;
  approvedBy: DayPerson | null;
}

/** One active salesperson's work log for the day's week (row null: none written). */
export interface DayWorkLog {
  person: DayPerson;
  row: number | null;
  checkedBy: DayPerson | null;
}

/** The findings of each section's sheets (all days), most severe first. */
export interface DaySectionFindings {
  calls: Issue[];
  visits: Issue[];
  keys: Issue[];
  worklogs: Issue[];
}

export interface ShowroomDayView {
  day: number;
  duty: ShowroomDuty[];
  outings: DayOuting[];
  calls: DayContact[];
  visits: DayContact[];
  keys: DayKey[];
  /** Monday of the day's week (the week the work logs are listed for). */
  week: number;
  worklogs: DayWorkLog[];
  /** Findings on the Duty and Outings sheets (all days), most severe first. */
  findings: Issue[];
  sectionFindings: DaySectionFindings;
}

/** The sheets the day reads: the rota's, the registers', and Customers (whose phones the calls meet). */
export const DAY_SHEETS: SheetKey[] = [...ROTA_SHEETS, 'Calls', 'Visits', 'Keys', 'WorkLogs', 'Customers'];

/** Which section a finding belongs to: by its sheet, or by rule for those reported elsewhere. */
function sectionOf(f: Issue): keyof DaySectionFindings | 'day' | null {
  if (f.sheet === 'Duty' || f.sheet === 'Outings') return 'day';
  if (f.sheet === 'Calls' || f.rule === 'customer.source.no-record') return 'calls';
  if (f.sheet === 'Visits') return 'visits';
  if (f.sheet === 'Keys') return 'keys';
  if (f.sheet === 'WorkLogs' || f.rule.startsWith('worklog.')) return 'worklogs';
  return null;
}

const text = (v: CellValue | undefined): string => (isBlank(v) ? '' : String(v).trim());

function contactsOn(
  ctx: ValidationContext,
  sheet: 'Calls' | 'Visits',
  day: number,
  person: (id: string) => DayPerson,
): DayContact[] {
  if (!ctx.has(sheet, ['Time'])) return [];
  const times = ctx.column(sheet, 'Time');
  const names = ctx.has(sheet, ['Name']) ? ctx.column(sheet, 'Name') : [];
  const phones = ctx.has(sheet, ['Phone']) ? ctx.column(sheet, 'Phone') : [];
  const by = ctx.has(sheet, ['RecordedBy']) ? ctx.codes(sheet, 'RecordedBy') : [];
  const customer = ctx.has(sheet, ['CustomerId']) ? ctx.codes(sheet, 'CustomerId') : [];
  const out: DayContact[] = [];
  for (let i = 0; i < times.length; i++) {
    const t = parseDayTime(times[i]);
    if (Math.floor(t) !== day) continue;
    const minutes = Math.round((t - day) * 1440);
    out.push({
      row: ctx.rowNumber(sheet, i),
      minutes: minutes > 0 ? minutes : null,
      name: text(names[i]),
      phone: text(phones[i]),
      recordedBy: person(by[i] ?? ''),
      customerId: customer[i] ?? '',
    });
  }
  return out.sort((a, b) => (a.minutes ?? 0) - (b.minutes ?? 0));
}

function keysOut(ctx: ValidationContext, day: number, person: (id: string) => DayPerson): DayKey[] {
  if (!ctx.has('Keys', ['TakenAt'])) return [];
  const taken = ctx.column('Keys', 'TakenAt');
  const back = ctx.has('Keys', ['ReturnedAt']) ? ctx.column('Keys', 'ReturnedAt') : [];
  const vehicle = ctx.has('Keys', ['Vehicle']) ? ctx.codes('Keys', 'Vehicle') : [];
  const by = ctx.has('Keys', ['TakenBy']) ? ctx.codes('Keys', 'TakenBy') : [];
  const approver = ctx.has('Keys', ['ApprovedBy']) ? ctx.codes('Keys', 'ApprovedBy') : [];
  const out: DayKey[] = [];
  for (let i = 0; i < taken.length; i++) {
    const t = parseDayTime(taken[i]);
    if (Number.isNaN(t) || Math.floor(t) > day) continue;
    const b = parseDayTime(back[i]);
    if (!Number.isNaN(b) && Math.floor(b) < day) continue;
    if (Number.isNaN(b) && !isBlank(back[i])) continue; // an unreadable return time is a finding, not a key out
    out.push({
      row: ctx.rowNumber('Keys', i),
      vehicle: vehicle[i] ?? '',
      takenBy: person(by[i] ?? ''),
      takenAt: t,
      returnedAt: b,
      approvedBy: approver[i] ? person(approver[i]) : null,
    });
  }
  return out.sort((a, b) => a.takenAt - b.takenAt);
}

/** Every active salesperson (and anyone else with a log that week), with their log of the week. */
function weekLogs(ctx: ValidationContext, week: number, person: (id: string) => DayPerson): DayWorkLog[] {
  const out = new Map<string, DayWorkLog>();
  if (ctx.has('Staff', ['StaffId', 'Role'])) {
    const ids = ctx.codes('Staff', 'StaffId');
    const { active, role, byId } = ctx.staff();
    ids.forEach((id, s) => {
      if (id && byId.get(id) === s && active[s] && role[s] === 'sales')
        out.set(id, { person: person(id), row: null, checkedBy: null });
    });
  }
  if (ctx.has('WorkLogs', ['StaffId', 'Week'])) {
    const ids = ctx.codes('WorkLogs', 'StaffId');
    const weeks = ctx.column('WorkLogs', 'Week').map(parseWeek);
    const checked = ctx.has('WorkLogs', ['CheckedBy']) ? ctx.codes('WorkLogs', 'CheckedBy') : [];
    for (let i = 0; i < ids.length; i++) {
      if (!ids[i] || weeks[i] !== week) continue;
      const was = out.get(ids[i]);
      if (was?.row) continue;
      out.set(ids[i], {
        person: person(ids[i]),
        row: ctx.rowNumber('WorkLogs', i),
        checkedBy: checked[i] ? person(checked[i]) : null,
      });
    }
  }
  return [...out.values()];
}

export async function showroomDay(
  port: WorkbookPort,
  day: number,
  lang: Lang,
  today: number,
): Promise<ShowroomDayView> {
  const settings = await readSettings(port);
  const data = await port.read({ sheets: DAY_SHEETS });
  const options = {
    today,
    lang,
    staleDays: settings.staleDays,
    dutyPolicy: settings.dutyPolicy,
    workdayEndMinutes: settings.operations.workdayEndMinutes,
  };
  const ctx = createValidationContext(data, options);
  const names = new Map<string, string>();
  if (ctx.has('Staff', ['StaffId', 'Name'])) {
    const ids = ctx.codes('Staff', 'StaffId');
    const col = ctx.column('Staff', 'Name');
    ids.forEach((id, i) => id && !names.has(id) && !isBlank(col[i]) && names.set(id, String(col[i]).trim()));
  }
  const person = (id: string): DayPerson => ({ id, name: names.get(id) ?? '' });

  const duty: ShowroomDuty[] = [];
  if (ctx.has('Duty', ['Date'])) {
    const byRoom = new Map<string, ShowroomDuty>();
    for (const e of rotaEntries(ctx)) {
      if (e.day !== day) continue;
      let d = byRoom.get(e.showroom);
      if (!d) byRoom.set(e.showroom, (d = { showroom: e.showroomText, lead: null, people: [], rows: [] }));
      d.rows.push(ctx.rowNumber('Duty', e.i));
      if (!d.lead && e.leads[0]) d.lead = person(e.leads[0]);
      for (const id of entryPeople(e)) if (!d.people.some((p) => p.id === id)) d.people.push(person(id));
    }
    duty.push(...byRoom.values());
  }

  const outings: DayOuting[] = [];
  if (ctx.has('Outings', ['Date', 'StaffId'])) {
    const dates = ctx.column('Outings', 'Date');
    const ids = ctx.codes('Outings', 'StaffId');
    const purpose = ctx.column('Outings', 'Purpose');
    const customer = ctx.codes('Outings', 'CustomerId');
    for (let i = 0; i < dates.length; i++) {
      if (Math.floor(parseDayTime(dates[i])) !== day || !ids[i]) continue;
      outings.push({
        row: ctx.rowNumber('Outings', i),
        person: person(ids[i]),
        purpose: isBlank(purpose[i]) ? '' : String(purpose[i]).trim(),
        customerId: customer[i] ?? '',
      });
    }
  }

  const findings: Issue[] = [];
  const sectionFindings: DaySectionFindings = { calls: [], visits: [], keys: [], worklogs: [] };
  const all = validateWorkbook(data, options).sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  for (const f of all) {
    const section = sectionOf(f);
    if (section === 'day') findings.push(f);
    else if (section) sectionFindings[section].push(f);
  }
  const week = mondayOf(day);
  return {
    day,
    duty,
    outings,
    calls: contactsOn(ctx, 'Calls', day, person),
    visits: contactsOn(ctx, 'Visits', day, person),
    keys: keysOut(ctx, day, person),
    week,
    worklogs: weekLogs(ctx, week, person),
    findings,
    sectionFindings,
  };
}
