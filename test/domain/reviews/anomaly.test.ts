import {
  DEFAULT_ANOMALY_CONFIG,
  detectSwing,
  mad,
  median,
  monthIndex,
  runReviews,
  seasonalIndex,
} from '../../../src/domain/reviews';
import type { CellValue } from '../../../src/domain/table';
import { day, makeTable, rng } from './helpers';

const cfg = DEFAULT_ANOMALY_CONFIG;
const flat12 = new Array(12).fill(1);

// Company-wide seasonality: Spring Festival peak (Jan/Feb), Sep/Oct peak (金九银十), a quiet March.
const SEASON = [1.7, 1.3, 0.6, 0.8, 0.9, 0.9, 0.8, 0.85, 1.3, 1.6, 1.0, 1.1];

interface DealerSpec {
  id: string;
  base: number;
  from: number; // month index of first month
  tweak?: (m: number, q: number) => number;
}

/** A ledger with one transaction per dealer-month up to (not including) `toMonth`. */
function workbook(dealers: DealerSpec[], toMonth: number, seed = 7) {
  const r = rng(seed);
  const ledger: Record<string, CellValue>[] = [];
  const customers: Record<string, CellValue>[] = [];
  for (const d of dealers) {
    customers.push({
      CustomerId: d.id,
      Kind: '经销商客户',
      Name: `经销商${d.id}`,
      Stage: '已签约',
      Owner: 'S001',
      Showroom: '一店',
    });
    for (let m = d.from; m < toMonth; m++) {
      const noise = 0.92 + 0.16 * r();
      let q = Math.round(d.base * SEASON[m % 12] * noise);
      if (d.tweak) q = d.tweak(m, q);
      const y = Math.floor(m / 12);
      const mo = (m % 12) + 1;
      ledger.push({
        TxnId: `T${d.id}-${m}`,
        CustomerId: d.id,
        Date: `${y}-${String(mo).padStart(2, '0')}-15`,
        Model: 'X1',
        Quantity: q,
        UnitPrice: 100000,
        Amount: q * 100000,
        Status: '已结清',
      });
    }
  }
  return { Customers: makeTable('Customers', customers), Ledger: makeTable('Ledger', ledger) };
}

describe('median / MAD / seasonal index', () => {
  test('median and MAD', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(mad([1, 2, 3, 4, 100])).toBe(1);
  });

  test('seasonal index recovers a company-wide pattern and has mean 1', () => {
    const start = monthIndex(2022, 1);
    const totals: number[] = [];
    for (let m = start; m < start + 48; m++) totals.push(100 * SEASON[m % 12] * (1 + 0.01 * (m - start)));
    const s = seasonalIndex(totals, start);
    const mean = SEASON.reduce((a, b) => a + b, 0) / 12;
    expect(s.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(1, 6);
    for (let i = 0; i < 12; i++) expect(s[i]).toBeCloseTo(SEASON[i] / mean, 1);
  });

  test('short company history gives a flat index', () => {
    expect(seasonalIndex([5, 6, 7], monthIndex(2026, 1))).toEqual(flat12);
  });
});

describe('detectSwing on a single series', () => {
  const start = monthIndex(2024, 1);

  test('a flat dealer with a tiny blip is not flagged; a real drop is', () => {
    const values = new Array(34).fill(10);
    values.push(11); // +1 unit
    const blip = detectSwing(values, start, flat12, start + 34, start + 34, cfg);
    expect(blip.flagged).toBe(false);
    expect(blip.madUsed).toBe(1); // raw MAD 0, floored
    const drop = detectSwing([...values.slice(0, 34), 2], start, flat12, start + 34, start + 34, cfg);
    expect(drop.flagged).toBe(true);
    expect(drop.months[0].direction).toBe('drop');
    expect(drop.months[0].month).toBe('2026-11');
  });

  test('five months of history never alarm, however wild', () => {
    const r = detectSwing([10, 50, 1, 80, 0, 200], start, flat12, start + 5, start + 5, cfg);
    expect(r.flagged).toBe(false);
    expect(r.skipped).toBe('shortHistory');
    expect(r.historyMonths).toBe(5);
  });

  test("a dealer's own regular February peak is vetoed by the year-over-year test", () => {
    const values: number[] = [];
    for (let m = start; m < start + 38; m++) values.push(m % 12 === 1 ? 30 : 10); // Feb ×3 every year
    const feb = start + 37; // 2027-02
    expect(feb % 12).toBe(1);
    const r = detectSwing(values, start, flat12, feb - 2, feb, cfg);
    const febScore = r.tested.find((x) => x.month === '2027-02')!;
    expect(Math.abs(febScore.z)).toBeGreaterThan(cfg.threshold); // level test alone would alarm
    expect(febScore.zYoY).toBe(0);
    expect(r.flagged).toBe(false);
  });

  test('series for the chart carries the expected band and marks flagged months', () => {
    const values = new Array(30).fill(20);
    values.push(60);
    const r = detectSwing(values, start, flat12, start + 30, start + 30, cfg);
    expect(r.flagged).toBe(true);
    const last = r.series[r.series.length - 1];
    expect(last).toMatchObject({ month: '2026-07', value: 60, flagged: true, expected: 20 });
    expect(last.high!).toBeLessThan(60);
    expect(r.series.filter((p) => p.flagged)).toHaveLength(1);
  });
});

describe('abnormal swings across the dealer population', () => {
  const from = monthIndex(2022, 11);
  const dealers: DealerSpec[] = [
    { id: 'D01', base: 20, from },
    { id: 'D02', base: 35, from },
    { id: 'D03', base: 12, from },
    { id: 'D04', base: 28, from },
    { id: 'D05', base: 16, from },
    { id: 'D06', base: 40, from },
    // a real collapse from August 2026
    { id: 'DROP', base: 25, from, tweak: (m, q) => (m >= monthIndex(2026, 8) ? Math.round(q * 0.2) : q) },
    // a one-off spike in September 2026 (on top of the seasonal peak)
    { id: 'SPIKE', base: 15, from, tweak: (m, q) => (m === monthIndex(2026, 9) ? q * 3 : q) },
    // five months of history only
    { id: 'NEW', base: 10, from: monthIndex(2026, 6), tweak: (m, q) => (m === monthIndex(2026, 10) ? q * 6 : q) },
  ];

  test('true drop and spike are found with their months; seasonal peaks and new dealers are not', () => {
    const data = workbook(dealers, monthIndex(2026, 11));
    const res = runReviews(data, { today: day('2026-11-20'), lang: 'zh' });
    const flagged = res.anomalies.map((a) => a.customerId).sort();
    expect(flagged).toEqual(['DROP', 'SPIKE']);
    const drop = res.anomalies.find((a) => a.customerId === 'DROP')!;
    expect(drop.months.map((m) => m.month)).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(drop.months.every((m) => m.direction === 'drop')).toBe(true);
    expect(drop.explanation).toContain('2026-10');
    expect(drop.explanation).toContain('骤降');
    const spike = res.anomalies.find((a) => a.customerId === 'SPIKE')!;
    expect(spike.months.map((m) => m.month)).toEqual(['2026-09']);
    expect(spike.months[0].direction).toBe('spike');
    const newDealer = res.swings.find((s) => s.customerId === 'NEW')!;
    expect(newDealer.flagged).toBe(false);
    expect(newDealer.skipped).toBe('shortHistory');
    // a special review is proposed for each flagged dealer, period = latest abnormal month
    const specials = res.proposals.filter((p) => p.kind === 'special').map((p) => `${p.customerId}:${p.period}`);
    expect(specials.sort()).toEqual(['DROP:2026-10', 'SPIKE:2026-09']);
    // English explanation too
    const en = runReviews(data, { today: day('2026-11-20'), lang: 'en' });
    expect(en.anomalies.find((a) => a.customerId === 'DROP')!.explanation).toMatch(/drop.*expected about/);

    // In plain words: what happened against the usual for that time of year; the statistics stay in the explanation.
    const dropPct = /^近 3 个月（2026-08 至 2026-10），销量只有往常同期的 (\d+)%（\d+ 台，往常约 \d+ 台）。$/.exec(
      drop.summary,
    );
    expect(dropPct).not.toBeNull();
    expect(Number(dropPct![1])).toBeGreaterThanOrEqual(10);
    expect(Number(dropPct![1])).toBeLessThanOrEqual(30);
    const spikeTimes = /^2026-09，销量是往常同期的 (\d+\.\d) 倍（\d+ 台，往常约 \d+ 台）。$/.exec(spike.summary);
    expect(Number(spikeTimes![1])).toBeGreaterThan(2);
    for (const a of res.anomalies) expect(a.summary).not.toMatch(/z|MAD|中位数|季节指数/);
    expect(en.anomalies.find((a) => a.customerId === 'DROP')!.summary).toMatch(
      /^In the last 3 months \(2026-08 to 2026-10\), sales came to only \d+% of the usual for that time of year: \d+ units, against about \d+ units\.$/,
    );
    expect(newDealer.summary).toBe('');
  });

  test('the Spring Festival peak (Dec-Feb tested) raises no alarm', () => {
    const steady = dealers.filter((d) => !['DROP', 'SPIKE', 'NEW'].includes(d.id));
    const data = workbook(steady, monthIndex(2026, 3), 11);
    const res = runReviews(data, { today: day('2026-03-05'), lang: 'zh' });
    expect(res.swings.map((s) => s.tested.map((x) => x.month).join(','))[0]).toBe('2025-12,2026-01,2026-02');
    expect(res.anomalies).toEqual([]);
    // without seasonal adjustment January would look like a spike: the raw value is far above the raw median
    const d6 = res.swings.find((s) => s.customerId === 'D06')!;
    const jan = d6.tested.find((x) => x.month === '2026-01')!;
    expect(jan.value).toBeGreaterThan(1.4 * 40 * 0.9);
    expect(Math.abs(jan.z)).toBeLessThan(cfg.threshold);
  });

  test('a dealer that misses the Spring Festival peak (raw volume looks ordinary) is flagged', () => {
    const steady = dealers.filter((d) => !['DROP', 'SPIKE', 'NEW'].includes(d.id));
    const missed: DealerSpec = {
      id: 'MISS',
      base: 30,
      from,
      tweak: (m, q) => (m === monthIndex(2026, 1) ? Math.round(q / 1.7) : q),
    };
    const res = runReviews(workbook([...steady, missed], monthIndex(2026, 3), 11), {
      today: day('2026-03-05'),
      lang: 'zh',
    });
    expect(res.anomalies.map((a) => a.customerId)).toEqual(['MISS']);
    const jan = res.anomalies[0].months.find((m) => m.month === '2026-01')!;
    expect(jan.direction).toBe('drop');
    // the January value itself is about the dealer's ordinary (non-seasonal) level
    expect(Math.abs(jan.value - 30)).toBeLessThan(5);
  });

  test('the Sep/Oct peak (Aug-Oct tested) raises no alarm', () => {
    const steady = dealers.filter((d) => !['DROP', 'SPIKE', 'NEW'].includes(d.id));
    const res = runReviews(workbook(steady, monthIndex(2026, 11), 3), { today: day('2026-11-02'), lang: 'en' });
    expect(res.anomalies).toEqual([]);
    expect(res.swings).toHaveLength(6);
  });
});
