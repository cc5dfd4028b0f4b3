import { allTables, parseLang, t } from '../../src/i18n';

describe('message tables', () => {
  it('every key exists in both zh and en, and neither is empty', () => {
    for (const table of allTables()) {
      const zh = Object.keys(table.zh).sort();
      const en = Object.keys(table.en).sort();
      expect(en).toEqual(zh);
      for (const k of zh) {
        expect(table.zh[k].trim()).not.toBe('');
        expect(table.en[k].trim()).not.toBe('');
      }
    }
  });

  it('placeholders match between languages', () => {
    const names = (s: string) => (s.match(/\{(\w+)\}/g) ?? []).sort();
    for (const table of allTables()) {
      for (const k of Object.keys(table.zh)) expect([k, names(table.en[k])]).toEqual([k, names(table.zh[k])]);
    }
  });

  it('fills placeholders and falls back to the key', () => {
    expect(t('en', 'audit.note.mergeFill', { row: 12 })).toBe('Merge: empty field filled from row 12');
    expect(t('zh', 'audit.note.mergeFill', { row: 12 })).toContain('12');
    expect(t('zh', 'no.such.key')).toBe('no.such.key');
  });

  it('fills every placeholder of a template the same way each time, and leaves a missing one as written', () => {
    // conflicts.reason.pair: 'Rows {a} and {b}: {evidence}'
    const full = t('en', 'conflicts.reason.pair', { a: 2, b: 9, evidence: 'same phone' });
    expect(full).toBe('Rows 2 and 9: same phone');
    expect(t('en', 'conflicts.reason.pair', { a: 2, b: 9, evidence: 'same phone' })).toBe(full);
    expect(t('en', 'conflicts.reason.pair', { a: 3 })).toBe('Rows 3 and {b}: {evidence}');
    expect(t('en', 'conflicts.reason.pair')).toBe('Rows {a} and {b}: {evidence}');
    expect(t('zh', 'conflicts.reason.pair', { a: 2, b: 9, evidence: '电话相同' })).toBe('第2行与第9行：电话相同');
    // a value that looks like a placeholder is not filled again
    expect(t('en', 'conflicts.reason.pair', { a: '{b}', b: 1, evidence: '' })).toBe('Rows {b} and 1: ');
  });

  it('picks the language from Office display languages, zh by default', () => {
    expect(parseLang('en-US')).toBe('en');
    expect(parseLang('zh-CN')).toBe('zh');
    expect(parseLang(undefined)).toBe('zh');
    expect(parseLang('fr-FR')).toBe('zh');
  });
});
