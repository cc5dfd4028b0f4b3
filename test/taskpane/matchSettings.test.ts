import { DEFAULT_MATCH_CONFIG } from '../../src/domain/conflicts/config';
import { matchCustomers } from '../../src/domain/conflicts';
import type { Table } from '../../src/domain/table';
import {
  TUNABLES,
  TUNABLE_BY_KEY,
  checkTunable,
  matchConfigView,
  matchOverrideFrom,
  savedTunables,
  tunableErrorText,
  tunedConfig,
} from '../../src/taskpane/matchSettings';
import { combineRuns, createDefaultServices, matchOverride } from '../../src/taskpane/defaultServices';
import { runCheck } from '../../src/domain/engine';
import { buildSampleWorkbook } from '../../src/sample';

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

describe('savedTunables / matchOverride', () => {
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
    expect(matchOverride({ staleDays: 30 })).toBeUndefined();
    const o = matchOverride({ staleDays: 30, matchThresholds: { decision: 7, 'maxBlock.phone': 80, nameSimilar: 2 } })!;
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
    const tuned = matchCustomers(
      customers,
      matchOverride({ staleDays: 30, matchThresholds: { 'maxBlock.phone': 10 } }),
      { lang: 'en' },
    );
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
  it('error text names the problem and what to do, in both languages', () => {
    expect(tunableErrorText('en', 'tooHigh', '31', range)).toBe(
      '31 is above the maximum, 30. Enter a number from 1 to 30.',
    );
    expect(tunableErrorText('en', 'notInteger', '12.5', whole)).toBe(
      '12.5 is not a whole number. Enter a whole number from 10 to 1000.',
    );
    expect(tunableErrorText('zh', 'notNumber', 'abc', range)).toBe('“abc”不是数字。 请输入 1 到 30 之间的数。');
  });
});

describe('matchConfigView', () => {
  it('lists blocking keys, comparisons with normaliser, levels and roles, and the decision, in the language asked', () => {
    const en = matchConfigView(tunedConfig({ 'maxBlock.phone': 120 }), 'en');
    expect(en.decision.threshold).toBe(6);
    expect(en.decision.rules).toHaveLength(2);
    expect(en.blocking.map((b) => b.id)).toEqual(DEFAULT_MATCH_CONFIG.blocking.map((b) => b.id));
    const phone = en.blocking.find((b) => b.id === 'phone')!;
    expect(phone).toMatchObject({ key: 'Phone', maxBlock: 120 });
    expect(phone.policy).toMatch(/placeholder/);
    expect(en.blocking.find((b) => b.id === 'company')!.policy).toMatch(/10 neighbours/);
    const phoneCmp = en.comparisons.find((c) => c.id === 'phone')!;
    expect(phoneCmp.field).toBe('Phone');
    expect(phoneCmp.normaliser).toMatch(/\+86/);
    expect(phoneCmp.levels[0]).toEqual({ label: 'same', weight: '+6', role: 'for' });
    expect(phoneCmp.levels.at(-1)).toEqual({ label: 'different', weight: '0', role: 'neutral' });
    const id = en.comparisons.find((c) => c.id === 'id')!;
    expect(id.levels.find((l) => l.weight === '-12')!.role).toBe('against');
    const name = en.comparisons.find((c) => c.id === 'name')!;
    expect(name.levels.find((l) => l.label.startsWith('similar'))!.label).toContain('0.92');
    expect(name.companyLevels.length).toBeGreaterThan(0);

    const zh = matchConfigView(tunedConfig({}), 'zh');
    expect(zh.comparisons.find((c) => c.id === 'phone')!.field).toBe('电话');
    expect(zh.blocking.find((b) => b.id === 'phone')!.policy).toContain('占位');
    // no raw code identifiers leak into the user's language
    for (const c of [...zh.comparisons, ...en.comparisons]) expect(c.normaliser).not.toMatch(/^pane\.|normalise|parse/);
  });

  it('shows the comparisons of issue 17 with their levels, weights and parameters, in both languages', () => {
    const en = matchConfigView(tunedConfig({}), 'en');
    const name = en.comparisons.find((c) => c.id === 'name')!;
    expect(name.levels.map((l) => l.label.split(' ')[0])).toEqual(
      expect.arrayContaining(['pinyin', 'spelt', 'initials']),
    );
    expect(name.levels.find((l) => l.label.startsWith('spelt'))).toMatchObject({ weight: '+2.5', role: 'for' });
    expect(name.levels.find((l) => l.label.startsWith('spelt'))!.label).toContain('0.88');
    const address = en.comparisons.find((c) => c.id === 'address')!;
    expect(address.field).toBe('Address');
    expect(address.levels.map((l) => l.weight)).toEqual(['+2.5', '+2', '0']);
    expect(address.levels[1].label).toMatch(/0.75 of the shorter address's words/);
    expect(en.blocking.find((b) => b.id === 'romanisedBirth')!.key).toMatch(/^Pinyin/);
    const zh = matchConfigView(tunedConfig({}), 'zh');
    expect(zh.comparisons.find((c) => c.id === 'address')!.field).toBe('地址');
    for (const c of [...zh.comparisons, ...en.comparisons])
      for (const l of [...c.levels, ...c.companyLevels]) expect(l.label).not.toMatch(/conflicts\.|\{/);
  });
});

describe('default services', () => {
  it('thresholds() gives every tunable with its saved value, default and section', () => {
    const s = createDefaultServices({ today: 20000 });
    const th = s.thresholds({ staleDays: 30, matchThresholds: { decision: 8 } });
    expect(th.map((x) => x.key)).toEqual(TUNABLES.map((x) => x.key));
    expect(th.find((x) => x.key === 'decision')).toMatchObject({
      value: 8,
      defaultValue: 6,
      min: 1,
      max: 30,
      section: 'decision',
    });
    expect(th.find((x) => x.key === 'maxBlock.phone')).toMatchObject({
      value: 50,
      integer: true,
      section: 'blocking:phone',
    });
  });

  it('a validation-only and a matching-only run combine into what one full run gives', async () => {
    const wb = buildSampleWorkbook({ seed: 42, today: '2026-06-30', lang: 'en' });
    const data = await wb.read();
    const opts = { today: Math.round(Date.UTC(2026, 5, 30) / 86400000), lang: 'en' as const };
    const full = runCheck(data, opts);
    const combined = combineRuns(
      runCheck(data, { ...opts, skipMatching: true }),
      runCheck(data, { ...opts, skipValidation: true }),
    );
    expect(combined.issues).toEqual(full.issues);
    expect(combined.clusters).toEqual(full.clusters);
    expect(combined.suspicious).toEqual(full.suspicious);
    expect(combined.suspicious.length).toBeGreaterThan(0);
    expect(combined.status).toEqual(full.status);
  });

  it('runCheck reports the four phases in order and stops on cancel between phases', async () => {
    const services = createDefaultServices({ today: Math.round(Date.UTC(2026, 5, 30) / 86400000) });
    const wb = buildSampleWorkbook({ seed: 42, today: '2026-06-30', lang: 'en' });
    const phases: string[] = [];
    const run = await services.runCheck(
      wb,
      { staleDays: 30 },
      'en',
      (p) => phases[phases.length - 1] !== p.phase && phases.push(p.phase),
      new AbortController().signal,
    );
    expect(phases).toEqual(['read', 'validate', 'match', 'write']);
    expect(run.suspicious.length).toBeGreaterThan(0);

    const controller = new AbortController();
    const seen: string[] = [];
    const cancelled = services.runCheck(
      buildSampleWorkbook({ seed: 42, today: '2026-06-30', lang: 'en' }),
      { staleDays: 30 },
      'en',
      (p) => {
        seen.push(p.phase);
        if (p.phase === 'validate') controller.abort();
      },
      controller.signal,
    );
    await expect(cancelled).rejects.toThrow();
    expect(seen).not.toContain('match');
    expect(seen).not.toContain('write');

    // Cancel while reading: the port stops, nothing is validated or written.
    const duringRead = new AbortController();
    const seenRead: string[] = [];
    const wb2 = buildSampleWorkbook({ seed: 42, today: '2026-06-30', lang: 'en' });
    const readCancelled = services.runCheck(
      wb2,
      { staleDays: 30 },
      'en',
      (p) => {
        seenRead.push(p.phase);
        if (p.phase === 'read') duringRead.abort();
      },
      duringRead.signal,
    );
    await expect(readCancelled).rejects.toThrow();
    expect(seenRead.filter((p) => p === 'read')).toHaveLength(1);
    expect(seenRead).not.toContain('validate');
    expect(wb2.model.sheets.some((sh) => sh.name === 'Issues' || sh.name === '校验问题')).toBe(false);
  });
});
