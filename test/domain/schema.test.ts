import { headerKey } from '../../src/domain/headers';
import { SHEETS } from '../../src/domain/schema';

describe('schema', () => {
  test('every sheet key, table name and field key is unique', () => {
    expect(new Set(SHEETS.map((s) => s.key)).size).toBe(SHEETS.length);
    expect(new Set(SHEETS.map((s) => s.table.toLowerCase())).size).toBe(SHEETS.length);
    for (const def of SHEETS) {
      const keys = def.fields.map((f) => f.key);
      expect([def.key, keys.length]).toEqual([def.key, new Set(keys).size]);
    }
  });

  test('every table name is a valid Excel table name', () => {
    for (const def of SHEETS) {
      // Starts with a letter, underscore or backslash; letters, digits, '_' and '.' after; at most 255 chars;
      // not a cell reference (A1, R1C1) and not 'C'/'R'.
      expect(def.table).toMatch(/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/);
      expect(def.table).not.toMatch(/^[A-Za-z]{1,3}[0-9]+$/);
      expect(def.table).not.toMatch(/^[Rr]([0-9]+)?[Cc]([0-9]+)?$/);
    }
  });

  test('every field has zh and en labels; every enum value has a key and zh and en labels', () => {
    for (const def of SHEETS) {
      expect(def.zh && def.en).toBeTruthy();
      for (const f of def.fields) {
        expect([def.key, f.key, Boolean(f.zh.trim()), Boolean(f.en.trim())]).toEqual([def.key, f.key, true, true]);
        if (f.type === 'enum') expect([f.key, (f.values ?? []).length > 0]).toEqual([f.key, true]);
        for (const v of f.values ?? []) {
          expect([f.key, v.key, Boolean(v.key && v.zh.trim() && v.en.trim())]).toEqual([f.key, v.key, true]);
        }
      }
    }
  });

  test('no two fields of one sheet share a label, key or synonym after loose normalising', () => {
    const clashes: string[] = [];
    for (const def of SHEETS) {
      const owner = new Map<string, string>();
      for (const f of def.fields) {
        const labels = new Set([f.zh, f.en, f.key, ...(f.synonyms ?? [])].map(headerKey));
        for (const k of labels) {
          const prev = owner.get(k);
          if (prev && prev !== f.key) clashes.push(`${def.key}: '${k}' in ${prev} and ${f.key}`);
          owner.set(k, f.key);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test('no two values of one enum share a label, key or synonym after loose normalising', () => {
    const clashes: string[] = [];
    for (const def of SHEETS)
      for (const f of def.fields) {
        const owner = new Map<string, string>();
        for (const v of f.values ?? []) {
          for (const k of new Set([v.key, v.zh, v.en, ...(v.synonyms ?? [])].map(headerKey))) {
            const prev = owner.get(k);
            if (prev && prev !== v.key) clashes.push(`${def.key}.${f.key}: '${k}' in ${prev} and ${v.key}`);
            owner.set(k, v.key);
          }
        }
      }
    expect(clashes).toEqual([]);
  });

  test('no sheet name, table name or sheet synonym points at two sheets', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const def of SHEETS)
      for (const k of new Set([def.zh, def.en, def.table, ...(def.synonyms ?? [])].map(headerKey))) {
        const prev = owner.get(k);
        if (prev && prev !== def.key) clashes.push(`'${k}' in ${prev} and ${def.key}`);
        owner.set(k, def.key);
      }
    expect(clashes).toEqual([]);
  });
});
