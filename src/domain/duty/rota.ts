/**
 * The Duty sheet read as rota entries: one per row with a date and a showroom, the lead(s) and the
 * people on duty as staff-id keys. The lead counts as one of the day's people whether or not the
 * OnDuty list repeats them (both ways are common in hand-made rotas).
 */
import type { CellValue } from '../table';
import { codeKey, isBlank } from '../validation/context';
import type { ValidationContext } from '../validation/context';

export interface RotaEntry {
  /** Data-row index in the Duty table. */
  i: number;
  day: number;
  /** Loose key of the showroom ('' when blank). */
  showroom: string;
  /** The showroom as written. */
  showroomText: string;
  /** Staff-id keys in the DutyLead cell (normally one). */
  leads: string[];
  /** Staff-id keys of the OnDuty cell, in order, repeats kept. */
  onDuty: string[];
}

/** Staff ids of a list cell ('S001、s002, S003' -> ['S001', 'S002', 'S003']). */
export function splitIds(v: CellValue | undefined): string[] {
  if (v === null || v === undefined || v === '' || isBlank(v)) return [];
  const out: string[] = [];
  for (const part of String(v).split(/[,，、;；\s/]+/)) {
    const id = codeKey(part);
    if (id) out.push(id);
  }
  return out;
}

/** The distinct people of an entry: its lead(s) and the OnDuty list. */
export function entryPeople(e: RotaEntry): string[] {
  return [...new Set([...e.leads, ...e.onDuty])];
}

const cache = new WeakMap<ValidationContext, RotaEntry[]>();

/** The rota rows with a readable date (rows without one are the date rules' business). */
export function rotaEntries(ctx: ValidationContext): RotaEntry[] {
  let out = cache.get(ctx);
  if (out) return out;
  const days = ctx.days('Duty', 'Date');
  const rooms = ctx.has('Duty', ['Showroom']) ? ctx.looseKeys('Duty', 'Showroom') : [];
  const roomCol = ctx.column('Duty', 'Showroom');
  const leadCol = ctx.column('Duty', 'DutyLead');
  const dutyCol = ctx.column('Duty', 'OnDuty');
  out = [];
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (Number.isNaN(day)) continue;
    out.push({
      i,
      day,
      showroom: rooms[i] ?? '',
      showroomText: isBlank(roomCol[i]) ? '' : String(roomCol[i]).trim(),
      leads: splitIds(leadCol[i]),
      onDuty: splitIds(dutyCol[i]),
    });
  }
  cache.set(ctx, out);
  return out;
}

/** Entries grouped by day and showroom ('day|showroom'), in row order. */
export function rotaDays(entries: readonly RotaEntry[]): Map<string, RotaEntry[]> {
  const out = new Map<string, RotaEntry[]>();
  for (const e of entries) {
    const k = `${e.day}|${e.showroom}`;
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  return out;
}
