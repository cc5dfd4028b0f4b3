import { DEFAULT_MATCH_CONFIG } from '../../src/domain/conflicts/config';
import { TUNABLES, tunedConfig } from '../../src/domain/conflicts/tunables';
import { matchConfigView, thresholdViews, tunableErrorText } from '../../src/taskpane/matchSettings';

describe('tunableErrorText', () => {
  const range = { min: 1, max: 30, integer: false };
  const whole = { min: 10, max: 1000, integer: true };
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

describe('thresholdViews', () => {
  it('gives every tunable with its saved value, default and section', () => {
    const th = thresholdViews({ decision: 8 });
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
});
