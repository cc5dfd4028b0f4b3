/**
 * One pass over the text cells a sheet's rules read (its mapped columns), for the rules that look
 * at what a cell's text is made of (control-characters, cell-too-long): row by row, then column
 * by column, as a person reads the sheet.
 */
import type { SheetKey } from '../../schema';
import type { ValidationContext } from '../context';

/** Calls found(i, field, text) for each text cell where test(text) holds, in sheet order. */
export function forEachTextCell(
  ctx: ValidationContext,
  sheet: SheetKey,
  test: (s: string) => boolean,
  found: (i: number, field: string, s: string) => void,
): void {
  const tb = ctx.table(sheet);
  if (!tb) return;
  const hits: [number, number, string, string][] = [];
  for (const [field, col] of Object.entries(tb.columns)) {
    const column = tb.mapping.columns[field] ?? 0;
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (typeof v === 'string' && test(v)) hits.push([i, column, field, v]);
    }
  }
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [i, , field, s] of hits) found(i, field, s);
}
