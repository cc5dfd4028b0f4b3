/** The workbook's settings in one typed shape: what is saved, validated, with defaults. */
import { actingPerson, settingsFrom } from '../../src/app/settings';
import { localToday } from '../../src/app/today';

describe('settingsFrom', () => {
  it('keeps valid values and builds the matcher override from the tunables', () => {
    const s = settingsFrom({ lang: 'en', staleDays: 45, matchThresholds: { decision: 8 }, who: '  S009 王主管 ' });
    expect(s).toMatchObject({ lang: 'en', staleDays: 45, tunables: { decision: 8 }, who: 'S009 王主管' });
    expect(s.match!.decision!.threshold).toBe(8);
  });

  it('falls back to the defaults for anything missing, damaged or out of bounds', () => {
    expect(settingsFrom({})).toEqual({
      lang: undefined,
      staleDays: 30,
      tunables: {},
      match: undefined,
      who: undefined,
      operations: { workdayEndMinutes: 1080, logCheckDays: 7 },
    });
    const odd = settingsFrom({ lang: 'fr' as never, staleDays: 2.5, matchThresholds: 'x', who: ' ' } as never);
    expect(odd).toMatchObject({ lang: undefined, staleDays: 30, tunables: {}, who: undefined });
  });

  it('reads the operations policy (working day end as minutes or HH:MM, log check days) within its bounds', () => {
    expect(settingsFrom({ staleDays: 30, workdayEnd: '17:30', logCheckDays: 10 }).operations).toEqual({
      workdayEndMinutes: 17 * 60 + 30,
      logCheckDays: 10,
    });
    expect(settingsFrom({ staleDays: 30, workdayEnd: 19 * 60 }).operations.workdayEndMinutes).toBe(19 * 60);
    // out of bounds (before noon, 0 days, a fraction, text): the defaults
    expect(settingsFrom({ staleDays: 30, workdayEnd: '08:00', logCheckDays: 0 }).operations).toEqual({
      workdayEndMinutes: 1080,
      logCheckDays: 7,
    });
    expect(settingsFrom({ staleDays: 30, workdayEnd: 'late', logCheckDays: 2.5 }).operations).toEqual({
      workdayEndMinutes: 1080,
      logCheckDays: 7,
    });
  });

  it('reads the older single matchThreshold', () => {
    expect(settingsFrom({ staleDays: 30, matchThreshold: 9 }).tunables).toEqual({ decision: 9 });
  });

  it('names the acting person, or the supervisor in the language', () => {
    expect(actingPerson(settingsFrom({ who: 'S001' }), 'en')).toBe('S001');
    expect(actingPerson(settingsFrom({}), 'zh')).toBe('展厅主管');
    expect(actingPerson(settingsFrom({}), 'en')).toBe('Showroom supervisor');
  });
});

describe('localToday', () => {
  it('is the local calendar day, whatever the hour', () => {
    expect(localToday(new Date(2026, 5, 30, 0, 1))).toBe(Date.UTC(2026, 5, 30) / 86400000);
    expect(localToday(new Date(2026, 5, 30, 23, 59))).toBe(Date.UTC(2026, 5, 30) / 86400000);
  });
});
