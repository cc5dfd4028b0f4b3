/**
 * The one-step resolve dialog's state, apart from React: the proposal's pre-selections (kept row,
 * the row each field's value comes from, owner, second salesperson, merge or only reassign), what
 * changing the kept row does to them, and the choice the resolve use case takes.
 */
import type { CellValue } from '../domain/table';
import type { ResolutionProposal } from '../domain/merge-proposal';
import type { ResolveChoice } from '../app/resolve-conflict';

export interface ResolveForm {
  keepRow: number;
  /** field key -> the row whose value the kept row ends with */
  chosen: Record<string, number>;
  owner: string;
  /** '' for none */
  coOwner: string;
  merge: boolean;
}

export function formFromProposal(p: ResolutionProposal): ResolveForm {
  const chosen: Record<string, number> = {};
  for (const f of p.fields) chosen[f.key] = f.chosenRow;
  return { keepRow: p.keepRow, chosen, owner: p.owner, coOwner: p.coOwner, merge: true };
}

/** Another row kept: the fields that took the old kept row's value take the new one's (the others stay picked). */
export function withKeepRow(form: ResolveForm, row: number): ResolveForm {
  const chosen: Record<string, number> = {};
  for (const [key, r] of Object.entries(form.chosen)) chosen[key] = r === form.keepRow ? row : r;
  return { ...form, keepRow: row, chosen };
}

/** What the resolve use case takes: per field only the values that are not the kept row's own. */
export function choiceOf(form: ResolveForm): ResolveChoice {
  const pick: Record<string, number> = {};
  for (const [key, r] of Object.entries(form.chosen)) if (r !== form.keepRow) pick[key] = r;
  return {
    keepRow: form.keepRow,
    owner: form.owner,
    coOwner: form.coOwner === form.owner ? '' : form.coOwner,
    merge: form.merge,
    ...(form.merge ? { pick } : {}),
  };
}

/** A cell as the dialog shows it: a date as its day, '' when empty. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}
