/**
 * The sample's showroom-operations registers (regulations §4): the calls the duty lead took and the
 * walk-ins the staff on duty received (来电登记, 来访登记), a weekly work log per salesperson checked by
 * the supervisor (工作周志), and the car-key log (车钥匙), built around the rota and the customers the
 * generator made, with one documented plant per operations rule (see `plants`). Its own random
 * stream, so the rest of the sample is the same with or without it.
 */
import { formatDay, normalisePhone } from '../domain/normalise';
import { mondayOf } from '../domain/operations/week';
import type { Lang } from '../domain/schema';
import type { CellValue } from '../domain/table';
import { MODELS } from './pools';
import { Rng } from './prng';

type Row = Record<string, CellValue>;

export interface OperationsPlant {
  kind: string;
  sheet: 'Customers' | 'Staff' | 'Outings' | 'Calls' | 'Visits' | 'WorkLogs' | 'Keys';
  rows: number[];
  what: string;
  /** For a plant on the Staff sheet: whose row. */
  staffId?: string;
}

export interface OperationsInput {
  seed: number;
  lang: Lang;
  today: number;
  duty: readonly Row[];
  customers: readonly Row[];
  /** Customers.Source labels of a call and a walk-in in the sample's language. */
  sourceCall: string;
  sourceWalkin: string;
  /** Active salespeople with their showroom index, the supervisors by showroom, the showroom labels. */
  sales: readonly { id: string; showroom: number; active: boolean }[];
  supervisors: readonly string[];
  showrooms: readonly string[];
  /** A manager, who approves supervisors' outings. */
  manager: string;
}

export interface OperationsSample {
  calls: Row[];
  visits: Row[];
  workLogs: Row[];
  keys: Row[];
  /** Outings of supervisors (the keeper of the keys out), appended to the sample's outings. */
  supervisorOutings: Row[];
  plants: OperationsPlant[];
}

const DAY_MS = 86400000;
const toDate = (day: number): Date => new Date(day * DAY_MS);
const at = (day: number, h: number, m: number): Date => new Date(day * DAY_MS + (h * 60 + m) * 60000);
const dayOf = (v: CellValue): number => (v instanceof Date ? Math.floor(v.getTime() / DAY_MS) : NaN);
const list = (v: CellValue): string[] =>
  String(v ?? '')
    .split(/[,，、]/)
    .filter(Boolean);

const NEEDS_ZH = ['询问价格', '预约试驾', '了解分期方案', '咨询置换', '询问到货时间', '了解保养政策'];
const NEEDS_EN = ['Price', 'Test drive', 'Financing', 'Trade-in', 'Delivery time', 'Service plan'];
const LOG_ZH = ['拜访客户 3 家，跟进报价', '完成交车 1 台，回访老客户', '参加车展，收集线索 12 条', '跟进贷款审批'];
const LOG_EN = [
  'Visited 3 customers, followed up quotes',
  'Delivered 1 car, called old customers',
  'Motor show: 12 leads',
  'Followed up loan approval',
];
const PLAN_ZH = ['继续跟进意向客户', '安排试驾', '催收尾款', '拜访经销商'];
const PLAN_EN = ['Follow up prospects', 'Arrange test drives', 'Collect balances', 'Visit dealers'];

export function operationsSample(input: OperationsInput): OperationsSample {
  const { lang, today, duty, customers } = input;
  const rng = new Rng((input.seed ^ 0x0b5e55ed) >>> 0);
  const zh = lang === 'zh';
  const need = () => rng.pick(zh ? NEEDS_ZH : NEEDS_EN) + ' ' + rng.pick(MODELS)[zh ? 'zh' : 'en'];
  const plants: OperationsPlant[] = [];

  // the rota by day and showroom label
  const rota = new Map<string, { lead: string; staff: string[] }>();
  for (const r of duty)
    rota.set(`${dayOf(r.Date)}|${String(r.Showroom)}`, { lead: String(r.DutyLead), staff: list(r.OnDuty) });
  const onDutyDay = new Set<string>();
  for (const [k, v] of rota) for (const id of v.staff.concat(v.lead)) onDutyDay.add(`${k.split('|')[0]}|${id}`);

  // ------------------------------------------------------------ calls and walk-ins
  const calls: Row[] = [];
  const visits: Row[] = [];
  const phones = new Set(customers.map((c) => normalisePhone(c.Phone)?.key).filter(Boolean));
  let skippedForPlant: number | null = null;
  customers.forEach((c, i) => {
    const day = dayOf(c.FirstContact);
    const room = String(c.Showroom ?? '');
    const r = rota.get(`${day}|${room}`);
    if (!r || (c.Source !== input.sourceCall && c.Source !== input.sourceWalkin)) return;
    // plant: the first call or walk-in customer of a duty day gets no record that day
    if (skippedForPlant === null) {
      skippedForPlant = i;
      plants.push({
        kind: 'ops.customer.source.no-record',
        sheet: 'Customers',
        rows: [i + 2],
        what: `source ${String(c.Source)}, first contact ${formatDay(day)} (a duty day), nothing recorded that day`,
      });
      return;
    }
    const record = {
      Time: at(day, rng.int(9, 17), rng.int(0, 59)),
      Name: c.Contact ?? c.Name,
      Phone: c.Phone,
      Need: need(),
      Showroom: room,
      CustomerId: c.CustomerId,
    };
    if (c.Source === input.sourceCall) calls.push({ ...record, RecordedBy: r.lead });
    else visits.push({ ...record, RecordedBy: r.staff.find((s) => s !== r.lead) ?? r.lead });
  });
  // enquiries that did not become customers, on some rota days
  const newPhone = () => {
    for (;;) {
      const p = `1${rng.pick(['39', '58', '86', '77'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
      if (!phones.has(p)) {
        phones.add(p);
        return p;
      }
    }
  };
  const rotaDays = [...rota.entries()].filter(([k]) => Number(k.split('|')[0]) < today);
  for (let k = 0; k < rotaDays.length; k += 4) {
    const [key, r] = rotaDays[k];
    const [d, room] = key.split('|');
    const day = Number(d);
    const base = { Name: null, Need: need(), Showroom: room, CustomerId: null };
    if (k % 8 === 0)
      calls.push({ ...base, Time: at(day, rng.int(9, 17), rng.int(0, 59)), Phone: newPhone(), RecordedBy: r.lead });
    else
      visits.push({
        ...base,
        Time: at(day, rng.int(9, 17), rng.int(0, 59)),
        Phone: newPhone(),
        RecordedBy: r.staff.find((s) => s !== r.lead) ?? r.lead,
      });
  }
  calls.sort((a, b) => (a.Time as Date).getTime() - (b.Time as Date).getTime());
  visits.sort((a, b) => (a.Time as Date).getTime() - (b.Time as Date).getTime());

  // plants on a rota day of the first showroom
  const plantDay = today - 5;
  const room0 = input.showrooms[0];
  const r0 = rota.get(`${plantDay}|${room0}`);
  if (r0) {
    const notLead = r0.staff.find((s) => s !== r0.lead);
    if (notLead) {
      calls.push({
        Time: at(plantDay, 10, 12),
        Name: null,
        Phone: newPhone(),
        Need: need(),
        RecordedBy: notLead,
        Showroom: room0,
        CustomerId: null,
      });
      plants.push({
        kind: 'ops.call.recorder.not-lead',
        sheet: 'Calls',
        rows: [calls.length + 1],
        what: `a call recorded by ${notLead}, on duty but not the lead`,
      });
    }
    const offDuty = input.sales.find((s) => s.active && s.showroom === 0 && !onDutyDay.has(`${plantDay}|${s.id}`));
    if (offDuty) {
      visits.push({
        Time: at(plantDay, 14, 30),
        Name: null,
        Phone: newPhone(),
        Need: need(),
        RecordedBy: offDuty.id,
        Showroom: room0,
        CustomerId: null,
      });
      plants.push({
        kind: 'ops.visit.recorder.not-on-duty',
        sheet: 'Visits',
        rows: [visits.length + 1],
        what: `a walk-in recorded by ${offDuty.id}, not on duty that day`,
      });
    }
    // a caller and a visitor who are already another salesperson's customers (first contacted earlier)
    const others = customers.filter(
      (c) => c.Owner && c.Owner !== r0.lead && dayOf(c.FirstContact) < plantDay && normalisePhone(c.Phone)?.key,
    );
    const receiver = r0.staff.find((s) => s !== r0.lead) ?? r0.lead;
    const otherOfReceiver = others.filter((c) => c.Owner !== receiver);
    if (others.length && otherOfReceiver.length) {
      const a = others[Math.floor(others.length / 2)];
      calls.push({
        Time: at(plantDay, 11, 5),
        Name: a.Contact ?? a.Name,
        Phone: a.Phone,
        Need: need(),
        RecordedBy: r0.lead,
        Showroom: room0,
        CustomerId: null,
      });
      plants.push({
        kind: 'ops.call.phone.other-owner',
        sheet: 'Calls',
        rows: [calls.length + 1],
        what: `a call from the phone of ${String(a.CustomerId)}, customer of ${String(a.Owner)}`,
      });
      const b = otherOfReceiver[Math.floor(otherOfReceiver.length / 3)];
      visits.push({
        Time: at(plantDay, 15, 45),
        Name: b.Contact ?? b.Name,
        Phone: b.Phone,
        Need: need(),
        RecordedBy: receiver,
        Showroom: room0,
        CustomerId: null,
      });
      plants.push({
        kind: 'ops.visit.phone.other-owner',
        sheet: 'Visits',
        rows: [visits.length + 1],
        what: `a walk-in with the phone of ${String(b.CustomerId)}, customer of ${String(b.Owner)}`,
      });
    }
  }

  // ------------------------------------------------------------ weekly work logs
  const workLogs: Row[] = [];
  const lastWeek = mondayOf(today) - 7;
  const firstWeek = lastWeek - 7 * 7;
  const active = input.sales.filter((s) => s.active);
  const missing = active[active.length - 1];
  const unchecked = active[0];
  for (let w = firstWeek; w <= lastWeek; w += 7) {
    for (const s of active) {
      if (s === missing && w === lastWeek - 14) continue;
      const due = w + 6 + 7;
      const late = s === unchecked && w === lastWeek - 21;
      // checked 1-5 days after the week's end; the week just ended may wait (its deadline is not past)
      const checked = !late && due < today ? w + 6 + rng.int(1, 5) : null;
      workLogs.push({
        StaffId: s.id,
        Week: toDate(w),
        Done: rng.pick(zh ? LOG_ZH : LOG_EN),
        Plan: rng.pick(zh ? PLAN_ZH : PLAN_EN),
        CheckedBy: checked === null ? null : input.supervisors[s.showroom],
        CheckedAt: checked === null ? null : toDate(checked),
      });
      if (late)
        plants.push({
          kind: 'ops.worklog.unchecked',
          sheet: 'WorkLogs',
          rows: [workLogs.length + 1],
          what: `${s.id}'s log of the week of ${formatDay(w)}, still unchecked`,
        });
    }
  }
  plants.push({
    kind: 'ops.worklog.missing',
    sheet: 'Staff',
    // the generator puts the Staff row of this person here
    rows: [],
    staffId: missing.id,
    what: `${missing.id} wrote no log for the week of ${formatDay(lastWeek - 14)} (the Staff row of ${missing.id})`,
  });

  // ------------------------------------------------------------ car keys
  const keys: Row[] = [];
  const supervisorOutings: Row[] = [];
  const vehicle = (n: number) => `LSVAB2BR${String(5 + (n % 4))}KN${String(100000 + n * 37).padStart(6, '0')}`;
  let v = 0;
  for (let day = today - 27; day < today; day++) {
    if (((day % 7) + 7) % 7 === 3) continue; // fewer test drives midweek
    for (const s of active.filter((x, k) => (k + day) % 5 === 0 && !(day === today - 2 && x.showroom === 1))) {
      const h = rng.int(9, 15);
      keys.push({
        Vehicle: vehicle(v++ % 40),
        TakenBy: s.id,
        TakenAt: at(day, h, rng.int(0, 59)),
        ReturnedAt: at(day, h + rng.int(1, 2), rng.int(0, 59)),
        ApprovedBy: input.supervisors[s.showroom],
      });
    }
  }
  const s0 = active.find((s) => s.showroom === 0)!;
  const keyDay = today - 3;
  keys.push({
    Vehicle: vehicle(41),
    TakenBy: s0.id,
    TakenAt: at(keyDay - 1, 16, 20),
    ReturnedAt: at(keyDay, 9, 5),
    ApprovedBy: input.supervisors[0],
  });
  plants.push({
    kind: 'ops.key.overnight',
    sheet: 'Keys',
    rows: [keys.length + 1],
    what: 'a key taken at 16:20 and returned the next morning',
  });
  keys.push({
    Vehicle: vehicle(42),
    TakenBy: s0.id,
    TakenAt: at(keyDay, 11, 0),
    ReturnedAt: at(keyDay, 12, 10),
    ApprovedBy: null,
  });
  plants.push({
    kind: 'ops.key.not-approved',
    sheet: 'Keys',
    rows: [keys.length + 1],
    what: 'a key taken with no approver',
  });
  // the supervisor of the second showroom is out all afternoon; a key is handed out meanwhile
  const s1 = active.find((s) => s.showroom === 1)!;
  const outDay = today - 2;
  supervisorOutings.push({
    Date: toDate(outDay),
    StaffId: input.supervisors[1],
    Purpose: zh ? '拜访经销商' : 'Dealer visit',
    CustomerId: null,
    RegisteredAt: at(outDay, 8, 30),
    ApprovedBy: input.manager,
    ReturnedAt: at(outDay, 17, 30),
  });
  keys.push({
    Vehicle: vehicle(43),
    TakenBy: s1.id,
    TakenAt: at(outDay, 14, 0),
    ReturnedAt: at(outDay, 15, 0),
    ApprovedBy: input.supervisors[1],
  });
  plants.push({
    kind: 'ops.key.supervisor-out',
    sheet: 'Keys',
    rows: [keys.length + 1],
    what: `a key approved by ${input.supervisors[1]} while registered out`,
  });

  return { calls, visits, workLogs, keys, supervisorOutings, plants };
}
