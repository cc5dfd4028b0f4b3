/**
 * Validation speed: validateWorkbook over a synthetic Customers table (plus a small
 * Staff roster and a Ledger of two rows per dealer that reached a deal), built inline as columnar
 * arrays the way the file adapter hands them over. About 2% of rows carry a planted
 * problem (bad phone, wrong check digit, unknown enum, stale follow-up, unknown owner).
 *
 * `benchValidation(rows)` returns the timings for the lead's bench table;
 * `node dist/bench/validation.js [rows]` prints them.
 */
import { CUSTOMERS, LEDGER, STAFF, type SheetDef } from '../src/domain/schema';
import type { CellValue, Table, WorkbookData } from '../src/domain/table';
import { dayToExcelSerial, parseDate, residentIdCheckDigit, usccCheckChar } from '../src/domain/normalise';
import { RULES, createValidationContext, validateWorkbook, type ValidationOptions } from '../src/domain/validation';

export interface ValidationBench {
  rows: number;
  /** validateWorkbook wall time, ms (all applicable rules, messages included). */
  ms: number;
  /** CPU time of the same call (user + system, includes GC threads), ms: steadier than wall time on a busy machine. */
  cpuMs: number;
  rowsPerSecond: number;
  issues: number;
  rulesRun: number;
  /** The five slowest rules in a second, instrumented run (ms each, first-use parsing included). */
  slowest: Array<{ rule: string; ms: number }>;
  heapUsedMB: number;
}

/** Small deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function table(def: SheetDef, columns: Record<string, CellValue[]>, length: number): Table {
  const keys = Object.keys(columns);
  const labels = keys.map((k) => def.fields.find((f) => f.key === k)!.zh);
  return {
    sheet: def.key,
    sourceName: def.zh,
    headerRow: 1,
    firstColumn: 0,
    headers: labels,
    mapping: {
      columns: Object.fromEntries(keys.map((k, i) => [k, i])),
      extra: [],
      missing: [],
      matchedLabels: Object.fromEntries(keys.map((k, i) => [k, labels[i]])),
    },
    length,
    rowNumbers: Array.from({ length }, (_, i) => i + 2),
    columns,
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚';
const STAGES = ['线索', '洽谈', '已签约', '已交车', '已结束', '已流失'];
const SOURCES = ['来电', '到店', '外出拓展', '转介绍'];
const ROOMS = ['一号展厅', '二号展厅', '三号展厅', '四号展厅', '五号展厅'];
const USCC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function syntheticWorkbook(rows: number, today: number, seed = 7): WorkbookData {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  // Staff: 10 salespeople and 1 supervisor per showroom, and a manager.
  const staffIds: string[] = [];
  const staffRoom: string[] = [];
  const staffRole: string[] = [];
  ROOMS.forEach((room, r) => {
    const add = (id: string, role: string, showroom = room) => {
      staffIds.push(id);
      staffRoom.push(showroom);
      staffRole.push(role);
    };
    add(`P${r + 1}`, '展厅主管');
    for (let k = 0; k < 10; k++) add(`S${r}${k}`, '销售员');
    if (r === ROOMS.length - 1) add('M1', '部门经理', '');
  });
  const ns = staffIds.length;
  const staff = table(
    STAFF,
    {
      StaffId: staffIds,
      Name: staffIds.map((_, i) => SURNAMES[i % 20] + GIVEN[(i * 7) % 20]),
      Role: staffRole,
      Showroom: staffRoom,
      Active: staffIds.map((_, i) => (i % 17 === 16 ? '否' : '是')),
    },
    ns,
  );

  const c: Record<string, CellValue[]> = {};
  for (const k of [
    'CustomerId',
    'Kind',
    'Name',
    'Contact',
    'Phone',
    'IdNumber',
    'BirthDate',
    'City',
    'Showroom',
    'Owner',
    'Source',
    'FirstContact',
    'LastContact',
    'Stage',
    'CreditStatus',
    'Notes',
  ])
    c[k] = new Array<CellValue>(rows);
  const serialToday = dayToExcelSerial(today);
  for (let i = 0; i < rows; i++) {
    const dealerRow = rand() < 0.1;
    const room = Math.floor(rand() * ROOMS.length);
    const bad = rand() < 0.02 ? Math.floor(rand() * 5) : -1;
    c.CustomerId[i] = 'C' + String(i + 1).padStart(7, '0');
    c.Kind[i] = dealerRow ? '经销商客户' : '最终客户';
    c.Name[i] = dealerRow
      ? `${pick(ROOMS).slice(0, 2)}${i}汽车贸易有限公司`
      : pick([...SURNAMES]) + pick([...GIVEN]) + (rand() < 0.5 ? pick([...GIVEN]) : '');
    c.Contact[i] = dealerRow ? pick([...SURNAMES]) + pick([...GIVEN]) : null;
    const phone = '1' + (3 + Math.floor(rand() * 7)) + String(Math.floor(rand() * 1e9)).padStart(9, '0');
    c.Phone[i] =
      bad === 0 ? phone.slice(0, 10) : rand() < 0.3 ? phone.replace(/(\d{3})(\d{4})(\d{4})/, '$1-$2-$3') : phone;
    if (dealerRow) {
      let body = '9111';
      for (let k = 0; k < 13; k++) body += USCC_ALPHA[Math.floor(rand() * 31)];
      c.IdNumber[i] = body + (usccCheckChar(body) ?? '0');
      c.BirthDate[i] = null;
    } else {
      const birth = today - 365 * 20 - Math.floor(rand() * 365 * 40);
      const ymd = new Date(birth * 86400000).toISOString().slice(0, 10).replace(/-/g, '');
      const body = '110105' + ymd + String(Math.floor(rand() * 1000)).padStart(3, '0');
      const check = residentIdCheckDigit(body);
      c.IdNumber[i] = body + (bad === 1 ? (check === '0' ? '1' : '0') : check);
      c.BirthDate[i] = dayToExcelSerial(birth);
    }
    c.City[i] = '北京';
    c.Showroom[i] = ROOMS[room];
    c.Owner[i] = bad === 2 ? 'S999' : dealerRow && rand() < 0.5 ? 'M1' : `S${room}${Math.floor(rand() * 10)}`;
    c.Source[i] = pick(SOURCES);
    const first = serialToday - 10 - Math.floor(rand() * 700);
    // Most follow-ups are recent; about 5% are older than 30 days.
    const last = rand() < 0.05 ? serialToday - 31 - Math.floor(rand() * 200) : serialToday - Math.floor(rand() * 30);
    c.FirstContact[i] = first;
    c.LastContact[i] = bad === 3 ? first - 5 : Math.max(first, last);
    c.Stage[i] = bad === 4 ? '快成交' : pick(STAGES);
    c.CreditStatus[i] = pick(['良好', '一般', '较差', '未知']);
    c.Notes[i] = null;
  }
  const customers = table(CUSTOMERS, c, rows);

  // Ledger: two rows (contracted, then delivered or paid) per dealer that reached a deal.
  const dealers: number[] = [];
  for (let i = 0; i < rows; i++) {
    if (c.Kind[i] === '经销商客户' && (c.Stage[i] === '已签约' || c.Stage[i] === '已交车' || c.Stage[i] === '已结束'))
      dealers.push(i);
  }
  const nl = dealers.length * 2;
  const l: Record<string, CellValue[]> = {};
  for (const k of [
    'TxnId',
    'CustomerId',
    'Date',
    'Model',
    'Quantity',
    'UnitPrice',
    'Amount',
    'Status',
    'PaidDate',
    'PaidAmount',
  ])
    l[k] = new Array<CellValue>(nl);
  for (let j = 0; j < nl; j++) {
    const qty = 1 + Math.floor(rand() * 5);
    const price = 100000 + Math.floor(rand() * 200000);
    const paid = rand() < 0.5;
    l.TxnId[j] = 'T' + Math.floor(j / 2);
    l.CustomerId[j] = c.CustomerId[dealers[j >> 1]];
    l.Date[j] = serialToday - 100 + (j % 2) * 10;
    l.Model[j] = 'A6';
    l.Quantity[j] = qty;
    l.UnitPrice[j] = price;
    l.Amount[j] = rand() < 0.01 ? qty * price + 1 : qty * price;
    l.Status[j] = j % 2 === 0 ? '已签约' : paid ? '已结清' : '已交车';
    l.PaidDate[j] = j % 2 === 1 && paid ? serialToday - 5 : null;
    l.PaidAmount[j] = j % 2 === 1 && paid ? qty * price : null;
  }
  const ledger = table(LEDGER, l, nl);
  return { Customers: customers, Staff: staff, Ledger: ledger };
}

export function benchValidation(rows: number): ValidationBench {
  const today = parseDate('2026-11-27')!;
  const options: ValidationOptions = { today, lang: 'zh', staleDays: 30 };
  const data = syntheticWorkbook(rows, today);
  if (global.gc) global.gc();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const issues = validateWorkbook(data, options);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const heapUsedMB = process.memoryUsage().heapUsed / 1048576;

  // Per-rule breakdown on a fresh context (shared parses are charged to the first rule using them).
  const ctx = createValidationContext(data, options);
  const times: Array<{ rule: string; ms: number }> = [];
  let rulesRun = 0;
  for (const r of RULES) {
    if (!ctx.canRun(r)) continue;
    rulesRun++;
    const s = performance.now();
    r.check(ctx);
    times.push({ rule: r.id, ms: Math.round(performance.now() - s) });
  }
  times.sort((a, b) => b.ms - a.ms);
  return {
    rows,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rowsPerSecond: Math.round(rows / (ms / 1000)),
    issues: issues.length,
    rulesRun,
    slowest: times.slice(0, 5),
    heapUsedMB: Math.round(heapUsedMB),
  };
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 100000);
  console.log(JSON.stringify(benchValidation(rows), null, 2));
}
