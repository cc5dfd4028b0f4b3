/** The tunables of the matcher: their bounds, and how saved values become the matcher's config. */
import { DEFAULT_MATCH_CONFIG } from '../../../src/domain/conflicts/config';
import { matchCustomers } from '../../../src/domain/conflicts';
import type { Table } from '../../../src/domain/table';
import {
  STALE_DAYS,
  TUNABLES,
  TUNABLE_BY_KEY,
  checkTunable,
  matchOverrideFrom,
  savedTunables,
  tunedConfig,
} from '../../../src/domain/conflicts/tunables';
import { DEFAULT_STALE_DAYS } from '../../../src/domain/validation';

describe('TUNABLES', () => {
  it('read the defaults from the matcher config and stay in their own ranges', () => {
    const defaults = tunedConfig({});
    expect(TUNABLE_BY_KEY.get('decision')!.get(defaults)).toBe(DEFAULT_MATCH_CONFIG.decision.threshold);
    expect(TUNABLE_BY_KEY.get('nameSimilar')!.get(defaults)).toBe(0.92);
    expect(TUNABLE_BY_KEY.get('companySimilar')!.get(defaults)).toBe(0.9);
    expect(TUNABLE_BY_KEY.get('phoneTypo')!.get(defaults)).toBe(3);
    for (const b of DEFAULT_MATCH_CONFIG.blocking)
      expect(TUNABLE_BY_KEY.get(`maxBlock.${b.id}`)!.get(defaults)).toBe(b.maxBlock);
    for (const x of TUNABLES) {
      const v = x.get(defaults);
      expect(v).toBeGreaterThanOrEqual(x.min);
      expect(v).toBeLessThanOrEqual(x.max);
    }
  });

  it('tunedConfig changes only the tuned numbers and leaves the defaults untouched', () => {
    const c = tunedConfig({ decision: 8, nameSimilar: 0.95, 'maxBlock.phone': 200, phoneTypo: 0 });
    expect(c.decision.threshold).toBe(8);
    expect(c.comparisons.find((x) => x.id === 'name')!.levels.find((l) => l.when === 'similar')!.threshold).toBe(0.95);
    expect(
      c.comparisons.find((x) => x.id === 'name')!.companyLevels!.find((l) => l.when === 'similar')!.threshold,
    ).toBe(0.9);
    expect(c.blocking.find((b) => b.id === 'phone')!.maxBlock).toBe(200);
    expect(c.blocking.find((b) => b.id === 'id')!.maxBlock).toBe(50);
    expect(c.comparisons.find((x) => x.id === 'phone')!.levels.find((l) => l.when === 'oneEdit')!.weight).toBe(0);
    expect(DEFAULT_MATCH_CONFIG.decision.threshold).toBe(6);
    expect(DEFAULT_MATCH_CONFIG.blocking.find((b) => b.id === 'phone')!.maxBlock).toBe(50);
  });
});

describe('savedTunables / matchOverrideFrom', () => {
  it('keeps known, valid numbers and drops the rest', () => {
    expect(
      savedTunables({
        decision: 7,
        nameSimilar: 5,
        bogus: 3,
        'maxBlock.id': 12.5,
        'maxBlock.phone': 80,
        phoneTypo: '2',
      }),
    ).toEqual({
      decision: 7,
      'maxBlock.phone': 80,
    });
    expect(savedTunables(undefined)).toEqual({});
    expect(savedTunables('x')).toEqual({});
  });

  it('reads the older single matchThreshold setting', () => {
    expect(savedTunables(undefined, 9)).toEqual({ decision: 9 });
    expect(savedTunables({ decision: 7 }, 9)).toEqual({ decision: 7 });
  });

  it('gives runCheck no override when nothing is tuned, and the whole tuned sections otherwise', () => {
    expect(matchOverrideFrom({})).toBeUndefined();
    const o = matchOverrideFrom(savedTunables({ decision: 7, 'maxBlock.phone': 80, nameSimilar: 2 }))!;
    expect(o.decision!.threshold).toBe(7);
    expect(o.blocking!.find((b) => b.id === 'phone')!.maxBlock).toBe(80);
    // out of range: ignored, the default stays
    expect(o.comparisons!.find((c) => c.id === 'name')!.levels.find((l) => l.when === 'similar')!.threshold).toBe(0.92);
  });

  it('a tuned block size changes what the matcher does: a phone on 3 rows becomes a placeholder at maxBlock 2', () => {
    const n = 3;
    const customers: Table = {
      sheet: 'Customers',
      sourceName: 'Customers',
      headerRow: 1,
      firstColumn: 0,
      headers: ['CustomerId', 'Name', 'Phone', 'Owner', 'Kind'],
      mapping: { columns: {}, extra: [], missing: [], matchedLabels: {} },
      length: n,
      rowNumbers: [2, 3, 4],
      columns: {
        CustomerId: ['C1', 'C2', 'C3'],
        Name: ['王伟', '王伟', '王伟'],
        Phone: ['13800000000', '13800000000', '13800000000'],
        Owner: ['S1', 'S2', 'S3'],
        Kind: ['End', 'End', 'End'],
      },
    };
    const plain = matchCustomers(customers, undefined, { lang: 'en' });
    expect(plain.placeholders).toEqual([]);
    expect(plain.clusters.length).toBe(1);
    const tuned = matchCustomers(customers, matchOverrideFrom(savedTunables({ 'maxBlock.phone': 10 })), { lang: 'en' });
    expect(tuned.placeholders).toEqual([]);
    // 10 is the lowest allowed block size; below the range the saved value is ignored, so build it directly
    const tiny = matchCustomers(
      customers,
      {
        ...matchOverrideFrom({ decision: 6 })!,
        blocking: tunedConfig({}).blocking.map((b) => (b.id === 'phone' ? { ...b, maxBlock: 2 } : b)),
      },
      { lang: 'en' },
    );
    expect(tiny.placeholders.map((p) => [p.value, p.count])).toEqual([['13800000000', 3]]);
  });
});

describe('checkTunable', () => {
  const range = { min: 1, max: 30, integer: false };
  const whole = { min: 10, max: 1000, integer: true };
  it('accepts numbers in range, with a comma as decimal point', () => {
    expect(checkTunable(range, '6.5')).toEqual({ value: 6.5 });
    expect(checkTunable(range, ' 7,5 ')).toEqual({ value: 7.5 });
    expect(checkTunable(whole, '10')).toEqual({ value: 10 });
  });
  it('says what is wrong', () => {
    expect(checkTunable(range, '')).toEqual({ error: 'empty' });
    expect(checkTunable(range, 'abc')).toEqual({ error: 'notNumber' });
    expect(checkTunable(range, '1e3')).toEqual({ error: 'notNumber' });
    expect(checkTunable(range, '0.5')).toEqual({ error: 'tooLow' });
    expect(checkTunable(range, '31')).toEqual({ error: 'tooHigh' });
    expect(checkTunable(whole, '12.5')).toEqual({ error: 'notInteger' });
  });
});

describe('STALE_DAYS', () => {
  it("defaults to the validation rule's own default", () => {
    expect(STALE_DAYS.default).toBe(DEFAULT_STALE_DAYS);
    expect(checkTunable(STALE_DAYS, '0')).toEqual({ error: 'tooLow' });
  });
});
