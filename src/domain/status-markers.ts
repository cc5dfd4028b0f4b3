/** Status markers the add-in's conditional formats look for (see app/apply-check-result.ts): every status text starts with one. */
export const STATUS_MARKERS = { conflict: '⚑', duplicate: '◆', error: '✖', warning: '⚠' } as const;

const MARKERS = new Set<string>(Object.values(STATUS_MARKERS));

/** Could the add-in have written this cell of a status column? (Blank, or text starting with a marker.) */
export function isStatusText(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  const s = String(v).trim();
  return s === '' || MARKERS.has(s.charAt(0));
}
