/**
 * Times n calls of each normaliser on a varied, realistic mix of inputs (a pool of
 * distinct values cycled, so caches see real variety). `npm run bench` includes it;
 * run alone with `node dist/bench/normalise.js [n]` after `npm run build:cli`.
 */
import {
  nameSound,
  normaliseName,
  normalisePhone,
  parseDate,
  parseIdNumber,
  residentIdCheckDigit,
  toSimplified,
  usccCheckChar,
} from '../src/domain/normalise';

export interface BenchRow {
  name: string;
  calls: number;
  /** Wall-clock milliseconds. */
  ms: number;
  nsPerCall: number;
  /** CPU milliseconds of this process (user + system): steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Keeps the optimiser honest: a count derived from the results. */
  check: number;
}

const POOL = 50000;

function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

function digits(rnd: (n: number) => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rnd(10));
  return s;
}

const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function phonePool(rnd: (n: number) => number): string[] {
  const prefixes = ['138', '139', '135', '186', '158', '177', '199', '150', '133'];
  const areas = ['010', '020', '021', '0755', '0571', '028', '0991'];
  const out: string[] = [];
  for (let i = 0; i < POOL; i++) {
    const m = prefixes[rnd(prefixes.length)] + digits(rnd, 8);
    const a = areas[rnd(areas.length)];
    const l = String(2 + rnd(7)) + digits(rnd, 7);
    const r = rnd(100);
    if (r < 60) out.push(m);
    else if (r < 68) out.push(`${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`);
    else if (r < 74) out.push(`${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`);
    else if (r < 78) out.push(`+86 ${m}`);
    else if (r < 80) out.push(FULL_WIDTH(m));
    else if (r < 90) out.push(`${a}-${l}`);
    else if (r < 94) out.push(`(${a}) ${l.slice(0, 4)}-${l.slice(4)}`);
    else if (r < 96) out.push(`${a}-${l} 转${digits(rnd, 3)}`);
    else if (r < 98) out.push(`0${m}`);
    else if (r < 99)
      out.push(`+852 ${digits(rnd, 8)}`); // foreign: library path
    else out.push('无');
  }
  return out;
}

function idPool(rnd: (n: number) => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < POOL; i++) {
    const body =
      '3604' +
      digits(rnd, 2) +
      String(1950 + rnd(60)) +
      String(101 + rnd(12)).slice(1) +
      String(110 + rnd(18)).slice(1) +
      digits(rnd, 3);
    const r = rnd(100);
    if (r < 80) out.push(body + residentIdCheckDigit(body));
    else if (r < 85) out.push((body + residentIdCheckDigit(body)).toLowerCase());
    else if (r < 90) out.push(body.slice(0, 6) + body.slice(8));
    else {
      const code = '9144' + digits(rnd, 4) + 'MA' + digits(rnd, 7);
      out.push(code + (usccCheckChar(code) ?? '0'));
    }
  }
  return out;
}

function namePools(rnd: (n: number) => number): { persons: string[]; companies: string[] } {
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗鄭陳黃歐陽'.split('');
  const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英玮偉華國'.split('');
  const cities = ['广州市', '深圳', '佛山市', '廣州', '', '东莞'];
  const words = ['安达', '宏远', '顺驰', '恒通', '华骏', '骏达', '鑫源', '長城'];
  const trades = ['汽车贸易', '汽贸', '汽车销售服务', '汽车销售', '商贸'];
  const suffixes = ['有限公司', '有限责任公司', '股份有限公司', '集团有限公司', ''];
  const persons: string[] = [];
  const companies: string[] = [];
  for (let i = 0; i < POOL; i++) {
    let p = surnames[rnd(surnames.length)] + given[rnd(given.length)];
    if (rnd(2)) p += given[rnd(given.length)];
    if (rnd(20) === 0) p = p[0] + ' ' + p.slice(1);
    persons.push(p);
    companies.push(
      cities[rnd(cities.length)] +
        words[rnd(words.length)] +
        trades[rnd(trades.length)] +
        suffixes[rnd(suffixes.length)],
    );
  }
  return { persons, companies };
}

function datePool(rnd: (n: number) => number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < POOL; i++) {
    const y = 2020 + rnd(7);
    const m = 1 + rnd(12);
    const d = 1 + rnd(28);
    const mm = String(m).padStart(2, '0');
    const dd = String(d).padStart(2, '0');
    const r = rnd(6);
    if (r === 0) out.push(43831 + rnd(2500));
    else if (r === 1) out.push(new Date(Date.UTC(y, m - 1, d)));
    else if (r === 2) out.push(`${y}-${mm}-${dd}`);
    else if (r === 3) out.push(`${y}/${m}/${d}`);
    else if (r === 4) out.push(`${y}年${m}月${d}日`);
    else out.push(`${y}${mm}${dd}`);
  }
  return out;
}

function time<T>(name: string, n: number, pool: readonly T[], fn: (x: T) => unknown): BenchRow {
  let check = 0;
  // Warm up (JIT and per-character caches), then measure.
  for (let i = 0; i < Math.min(n, pool.length); i++) if (fn(pool[i])) check++;
  check = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const len = pool.length;
  for (let i = 0, j = 0; i < n; i++, j = j + 1 === len ? 0 : j + 1) if (fn(pool[j])) check++;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  return { name, calls: n, ms: Math.round(ms), nsPerCall: Math.round((ms * 1e6) / n), cpuMs, check };
}

/** Times n calls of each normaliser; returns one row per normaliser. */
export function benchNormalisers(n = 1_000_000): BenchRow[] {
  const rnd = rng(20261127);
  const phones = phonePool(rnd);
  const ids = idPool(rnd);
  const { persons, companies } = namePools(rnd);
  const dates = datePool(rnd);
  const normalisedPersons = persons.map((p) => normaliseName(p));
  return [
    time('normalisePhone', n, phones, (x) => normalisePhone(x)?.valid),
    time('parseIdNumber', n, ids, (x) => parseIdNumber(x)?.checkOk),
    time('toSimplified', n, persons, (x) => toSimplified(x).length > 2),
    time('normaliseName(person)', n, persons, (x) => normaliseName(x).length > 2),
    time('normaliseName(company)', n, companies, (x) => normaliseName(x, 'company').length > 4),
    time('nameSound', n, normalisedPersons, (x) => nameSound(x).length > 8),
    time('parseDate', n, dates, (x) => parseDate(x) !== null),
  ];
}

export function formatBenchTable(rows: readonly BenchRow[]): string {
  const head = ['normaliser', 'calls', 'ms', 'cpu ms', 'ns/call', 'M calls/s'];
  const body = rows.map((r) => [
    r.name,
    String(r.calls),
    String(r.ms),
    String(r.cpuMs),
    String(r.nsPerCall),
    (r.calls / r.ms / 1000).toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

if (require.main === module) {
  const n = Number(process.argv[2]) || 1_000_000;
  console.log(formatBenchTable(benchNormalisers(n)));
}
