/**
 * Generate a month's duty rota (值班表) — the pane's 展厅 action and `showroom-desk rota`: the same
 * function with a port. Reads the Staff, Duty and Outings tables and the settings (people per day),
 * plans each showroom's missing days with the domain's generator (domain/duty/generate), and, when
 * asked to write, appends the new rows to the Duty table and records each one in the Audit sheet.
 * Rows already on the Duty sheet (a supervisor's hand-made ones) are never touched.
 */
import { generateRota, type GeneratedRota, type RotaPerson } from '../domain/duty/generate';
import { entryPeople, rotaEntries } from '../domain/duty/rota';
import { headerKey } from '../domain/headers';
import type { Lang, SheetKey } from '../domain/schema';
import type { CellValue, WorkbookData } from '../domain/table';
import { createValidationContext } from '../domain/validation';
import { outingsDuringDuty } from '../domain/validation/duty/duty-person-out';
import { isBlank } from '../domain/validation/context';
import type { DutyPolicy } from '../domain/duty/policy';
import type { WorkbookPort } from '../workbook/port';
import { createRows } from './review-rows';
import { actingPerson, readSettings } from './settings';

export const ROTA_SHEETS: SheetKey[] = ['Staff', 'Duty', 'Outings'];

export interface RotaOptions {
  year: number;
  month: number;
  /** One showroom (as written, compared loosely); default: every showroom with active salespeople. */
  showroom?: string;
  /** Today: days before it are not generated (a rota is for the days ahead). */
  today: number;
  lang: Lang;
}

export interface RotaPlan {
  year: number;
  month: number;
  showrooms: GeneratedRota[];
  /** Ids -> names from the Staff sheet, for printing. */
  names: Record<string, string>;
  /** The showroom asked for is not on the Staff sheet. */
  unknownShowroom?: string;
  /** The showrooms with active salespeople, as written. */
  knownShowrooms: string[];
}

/** The plan from tables already read (pure). */
export function planRota(data: WorkbookData, options: RotaOptions & { policy: DutyPolicy }): RotaPlan {
  const ctx = createValidationContext(data, { today: options.today, lang: options.lang, staleDays: 30 });
  const staff: RotaPerson[] = [];
  const names: Record<string, string> = {};
  const rooms = new Map<string, string>(); // loose key -> text as written (first seen)
  if (ctx.has('Staff', ['StaffId'])) {
    const ids = ctx.codes('Staff', 'StaffId');
    const { active, role, showroom } = ctx.staff();
    const roomText = ctx.column('Staff', 'Showroom');
    const nameCol = ctx.column('Staff', 'Name');
    for (let i = 0; i < ids.length; i++) {
      if (!ids[i]) continue;
      staff.push({ id: ids[i], showroom: showroom[i], active: active[i] === 1, role: role[i] });
      if (!isBlank(nameCol[i])) names[ids[i]] ??= String(nameCol[i]).trim();
      if (showroom[i] && role[i] === 'sales' && active[i] && !rooms.has(showroom[i]))
        rooms.set(showroom[i], String(roomText[i]).trim());
    }
  }
  const existing = ctx.has('Duty', ['Date'])
    ? rotaEntries(ctx).map((e) => ({ day: e.day, showroom: e.showroom, leads: e.leads, people: entryPeople(e) }))
    : [];
  const away = new Set(ctx.has('Outings', ['Date', 'StaffId']) ? outingsDuringDuty(ctx).keys() : []);
  let wanted = [...rooms.entries()];
  let unknownShowroom: string | undefined;
  if (options.showroom !== undefined) {
    const key = headerKey(options.showroom);
    wanted = wanted.filter(([k]) => k === key);
    if (wanted.length === 0) unknownShowroom = options.showroom;
  }
  const showrooms = wanted.map(([key, text]) =>
    generateRota({
      year: options.year,
      month: options.month,
      showroom: text,
      showroomKey: key,
      staff,
      away,
      existing,
      policy: options.policy,
      fromDay: options.today,
    }),
  );
  const knownShowrooms = [...rooms.values()];
  return { year: options.year, month: options.month, showrooms, names, unknownShowroom, knownShowrooms };
}

/** The Duty rows of a plan, as cells (the lead first in OnDuty), in date then showroom order. */
export function rotaRows(plan: RotaPlan): Record<string, CellValue>[] {
  const rows = plan.showrooms.flatMap((s) => s.rows);
  rows.sort((a, b) => a.day - b.day);
  return rows.map((r) => ({
    Date: new Date(r.day * 86_400_000),
    Showroom: r.showroom,
    DutyLead: r.lead,
    OnDuty: r.onDuty.join(','),
  }));
}

export interface RotaResult extends RotaPlan {
  /** Worksheet rows written to the Duty table ([] when only planned). */
  written: number[];
}

/**
 * Plans the month's rota; with write, appends the new rows to the Duty table (audited as
 * created rows, by the acting person).
 */
export async function generateMonthRota(
  port: WorkbookPort,
  options: RotaOptions & { write: boolean; who?: string; now?: Date },
): Promise<RotaResult> {
  const settings = await readSettings(port);
  const data = await port.read({ sheets: ROTA_SHEETS });
  const plan = planRota(data, { ...options, policy: settings.dutyPolicy });
  if (!options.write) return { ...plan, written: [] };
  const who = options.who ?? actingPerson(settings, options.lang);
  const written = await createRows(port, 'Duty', rotaRows(plan), { who, lang: options.lang, now: options.now });
  return { ...plan, written };
}
