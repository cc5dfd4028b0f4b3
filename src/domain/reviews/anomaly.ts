/**
 * Abnormal-swing detector for dealers' monthly volume.
 *
 * 对业务量发生反常波动的客户，可随时组织特殊要求评审。
 *
 * Method (robust, explainable in one sentence in the pane):
 * 1. Seasonal index per calendar month from the company-wide monthly total (ratio to a centred 2×12 moving
 *    average, median per calendar month, normalised to mean 1). Spring Festival and Sep/Oct peaks are company-wide,
 *    so dividing by the index removes them.
 * 2. For the dealer, deseasonalised values x = volume / index. The baseline is the `baselineMonths` months
 *    before the first tested month; it must hold at least `minHistoryMonths` months of the dealer's history,
 *    so a new dealer never alarms.
 * 3. Level test: z = 0.6745·(x − median)/MAD, with MAD floored at max(madFloorUnits, madFloorRatio·median) so a flat
 *    history does not alarm on a tiny blip.
 * 4. Year-over-year test (when the baseline holds ≥ 12 year-over-year differences): the same robust z on
 *    x(t) − x(t−12) against the baseline's own year-over-year differences. This absorbs a dealer's own seasonality
 *    and steady growth. A month is flagged only when both tests agree (same sign, both ≥ threshold).
 */
import type { AnomalyConfig } from './config';
import { calendarMonth, monthLabel } from './months';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median absolute deviation (unscaled). */
export function mad(xs: readonly number[], med = median(xs)): number {
  return median(xs.map((x) => Math.abs(x - med)));
}

/**
 * Seasonal index per calendar month (index 0 = January) from a dense company-wide monthly series starting at
 * `startMonth`. Needs ≥ 24 months for the moving-average method, ≥ 12 for a plain month-mean ratio; otherwise all 1.
 */
export function seasonalIndex(totals: readonly number[], startMonth: number): number[] {
  const n = totals.length;
  const byMonth: number[][] = Array.from({ length: 12 }, () => []);
  if (n >= 24) {
    for (let t = 6; t + 6 < n; t++) {
      let s = 0.5 * totals[t - 6] + 0.5 * totals[t + 6];
      for (let k = t - 5; k <= t + 5; k++) s += totals[k];
      const ma = s / 12;
      if (ma > 0) byMonth[calendarMonth(startMonth + t)].push(totals[t] / ma);
    }
  } else if (n >= 12) {
    const mean = totals.reduce((a, b) => a + b, 0) / n;
    if (mean > 0) for (let t = 0; t < n; t++) byMonth[calendarMonth(startMonth + t)].push(totals[t] / mean);
  }
  const raw = byMonth.map((r) => (r.length ? median(r) : 1));
  const mean = raw.reduce((a, b) => a + b, 0) / 12;
  // A month with no sales company-wide would give 0 and divide by zero later: keep a small positive floor.
  return raw.map((r) => (mean > 0 ? Math.max(r / mean, 0.05) : 1));
}

export interface SwingMonth {
  month: string; // 'YYYY-MM'
  monthIndex: number;
  value: number;
  /** Seasonally expected volume: baseline median × the month's seasonal index. */
  expected: number;
  seasonal: number;
  z: number;
  zYoY: number | null;
  direction: 'drop' | 'spike';
}

export interface SwingPoint {
  month: string;
  value: number;
  /** Expected volume and the alarm band (expected ± threshold·MAD/0.6745, seasonal), null before the baseline exists. */
  expected: number | null;
  low: number | null;
  high: number | null;
  flagged: boolean;
}

export type SwingSkipReason = 'shortHistory' | 'noRecentMonths';

export interface SwingResult {
  flagged: boolean;
  months: SwingMonth[];
  /** Every tested month with its scores (flagged or not), for the pane's "why (not)". */
  tested: SwingMonth[];
  baselineMedian: number | null;
  baselineMad: number | null;
  madUsed: number | null;
  historyMonths: number;
  skipped?: SwingSkipReason;
  /** The dealer's recent series (up to 36 months) with the expected band, for a chart. */
  series: SwingPoint[];
}

/**
 * Tests months [testFrom, testTo] (month indexes) of a dealer's dense series `values` starting at `startMonth`
 * (the dealer's first month), against the seasonal index `seasonal`.
 */
export function detectSwing(
  values: readonly number[],
  startMonth: number,
  seasonal: readonly number[],
  testFrom: number,
  testTo: number,
  cfg: AnomalyConfig,
): SwingResult {
  const at = (m: number) => values[m - startMonth] ?? 0;
  const adj = (m: number) => at(m) / seasonal[calendarMonth(m)];
  const baseFrom = Math.max(startMonth, testFrom - cfg.baselineMonths);
  const historyMonths = Math.max(0, testFrom - startMonth);
  const seriesFrom = Math.max(startMonth, testTo - 35);
  const result: SwingResult = {
    flagged: false,
    months: [],
    tested: [],
    baselineMedian: null,
    baselineMad: null,
    madUsed: null,
    historyMonths,
    series: [],
  };
  const pushSeries = (band: ((m: number) => { e: number; lo: number; hi: number }) | null, flagged: Set<number>) => {
    for (let m = seriesFrom; m <= testTo; m++) {
      const b = band && m >= baseFrom ? band(m) : null;
      result.series.push({
        month: monthLabel(m),
        value: at(m),
        expected: b ? round2(b.e) : null,
        low: b ? round2(b.lo) : null,
        high: b ? round2(b.hi) : null,
        flagged: flagged.has(m),
      });
    }
  };
  if (testTo < testFrom) {
    result.skipped = 'noRecentMonths';
    pushSeries(null, new Set());
    return result;
  }
  if (historyMonths < cfg.minHistoryMonths) {
    result.skipped = 'shortHistory';
    pushSeries(null, new Set());
    return result;
  }
  const base: number[] = [];
  const yoy: number[] = [];
  for (let m = baseFrom; m < testFrom; m++) {
    base.push(adj(m));
    if (m - 12 >= startMonth) yoy.push(adj(m) - adj(m - 12));
  }
  const med = median(base);
  const rawMad = mad(base, med);
  const floor = Math.max(cfg.madFloorUnits, cfg.madFloorRatio * Math.abs(med));
  const madUsed = Math.max(rawMad, floor);
  const yoyMed = yoy.length >= 12 ? median(yoy) : null;
  const yoyMad = yoyMed !== null ? Math.max(mad(yoy, yoyMed), floor) : null;
  result.baselineMedian = round2(med);
  result.baselineMad = round2(rawMad);
  result.madUsed = round2(madUsed);

  const flaggedSet = new Set<number>();
  for (let m = testFrom; m <= testTo; m++) {
    const x = adj(m);
    const z = (0.6745 * (x - med)) / madUsed;
    let zYoY: number | null = null;
    if (yoyMed !== null && yoyMad !== null && m - 12 >= startMonth) {
      zYoY = (0.6745 * (x - adj(m - 12) - yoyMed)) / yoyMad;
    }
    const s = seasonal[calendarMonth(m)];
    const sm: SwingMonth = {
      month: monthLabel(m),
      monthIndex: m,
      value: at(m),
      expected: round2(med * s),
      seasonal: round2(s),
      z: round2(z),
      zYoY: zYoY === null ? null : round2(zYoY),
      direction: z < 0 ? 'drop' : 'spike',
    };
    result.tested.push(sm);
    const levelHit = Math.abs(z) >= cfg.threshold;
    const yoyAgrees = zYoY === null || (Math.abs(zYoY) >= cfg.threshold && Math.sign(zYoY) === Math.sign(z));
    if (levelHit && yoyAgrees) {
      result.months.push(sm);
      flaggedSet.add(m);
    }
  }
  result.flagged = result.months.length > 0;
  const halfBand = (cfg.threshold * madUsed) / 0.6745;
  pushSeries((m) => {
    const s = seasonal[calendarMonth(m)];
    return { e: med * s, lo: Math.max(0, (med - halfBand) * s), hi: (med + halfBand) * s };
  }, flaggedSet);
  return result;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
