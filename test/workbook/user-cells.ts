/** Every user cell of every schema table as text, to prove what an action did and did not change. */
import { SHEETS, userFields } from '../../src/domain/schema';
import type { WorkbookData } from '../../src/domain/table';
import { text } from '../../src/domain/table';

/** Keyed "Sheet!row!Field". */
export function userCells(data: WorkbookData): Map<string, string> {
  const out = new Map<string, string>();
  for (const def of SHEETS) {
    const t = data[def.key];
    if (!t) continue;
    for (const f of userFields(def)) {
      if (!t.columns[f.key]) continue;
      for (let i = 0; i < t.length; i++) out.set(`${def.key}!${t.rowNumbers[i]}!${f.key}`, text(t, f.key, i));
    }
  }
  return out;
}

/** Keys whose text differs (or exists on one side only), sorted. */
export function changedCells(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}
