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

  it('picks the language from Office display languages, zh by default', () => {
    expect(parseLang('en-US')).toBe('en');
    expect(parseLang('zh-CN')).toBe('zh');
    expect(parseLang(undefined)).toBe('zh');
    expect(parseLang('fr-FR')).toBe('zh');
  });
});
