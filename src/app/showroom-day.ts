/**
 * The showroom's day (the pane's 展厅 tab): for one date, who is on duty and who leads in each
 * showroom, who is registered out, and the findings of the Duty and Outings sheets (to jump to).
 * Reads the Staff, Duty and Outings tables and the settings through the port; writes nothing.
 * Calls, visits, keys and work logs join here as further lists when their sheets exist.
 */
import { entryPeople, rotaEntries } from '../domain/duty/rota';
import type { Issue } from '../domain/issues';
import type { Lang } from '../domain/schema';
import { createValidationContext, validateWorkbook } from '../domain/validation';
import { isBlank, parseDayTime } from '../domain/validation/context';
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

export interface ShowroomDayView {
  day: number;
  duty: ShowroomDuty[];
  outings: DayOuting[];
  /** Findings on the Duty and Outings sheets (all days), most severe first. */
  findings: Issue[];
}

export async function showroomDay(
  port: WorkbookPort,
  day: number,
  lang: Lang,
  today: number,
): Promise<ShowroomDayView> {
  const settings = await readSettings(port);
  const data = await port.read({ sheets: ROTA_SHEETS });
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

  const findings = validateWorkbook(data, options)
    .filter((i) => i.sheet === 'Duty' || i.sheet === 'Outings')
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return { day, duty, outings, findings };
}
