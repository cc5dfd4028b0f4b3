/**
 * The match state of a table after some of its rows were removed (a merge archives the others of
 * a group), derived from the full match's state instead of preparing and matching every row again.
 *
 * What the removed rows took with them from the whole table, and how it is followed:
 *  - Term frequencies of names (nameCount, soundCount, romanCount): counted down on the rows that
 *    share a removed row's name, sound or pinyin key (counted by the same hashes as prepare.ts).
 *    Those rows' pairs weigh the name anew (and a rare-name block can form among them): the
 *    caller matches them again with every row they were compared with (`recounted`).
 *  - Chance agreements (u) of birth date, city and contact: estimated again over the rows left;
 *    they enter only the look-alike guards, and a verdict can turn only for a name count whose
 *    product lies between the old and the new crossing of a threshold
 *    (PairComparator.lookalikeVerdictsDiffer): the rows with such a count join `recounted`.
 *  - Area codes learnt per city from its landlines: the removed row's city's code is learnt
 *    again from the typed landlines (null when it changes).
 *  - Placeholders (a value on too many rows is set aside), windows in an oversized weak block, whether any row has an address, whether any
 *    name is in Latin letters: a removed row that took part in one of these gives null (the
 *    caller runs the engine again), as their effect reaches rows anywhere.
 */
import { pickValues, type Table } from '../table';
import type { MatchState } from './find-clusters';
import { pickPreparedRows } from './find-clusters';
import { PairComparator } from './compare';
import {
  AREA_CODE_MIN_ROWS,
  AREA_CODE_SHARE,
  areaOfLandline,
  cellString,
  nameCountHashes,
  type PreparedRows,
} from './prepare';
import { graftReplacedRow, keysAmongLenders, type ReplacedRow } from './replaced-row';

export interface StateAfterRemoval {
  /** The state over the rows left (indexes renumbered; the possible list still the old one's). */
  state: MatchState;
  /** New data-row index of each old one, -1 for a removed row. */
  newIndexOf: Int32Array;
  /** Old indexes of the rows left whose name counts changed, or whose look-alike verdicts may turn. */
  recounted: number[];
}

/**
 * The state after removing data rows `removed` (old indexes) from the table the state matched;
 * `rowNumbers` are the worksheet rows of the rows left. Null when a removed row took part in
 * something only a full match can redo (see the header).
 */
export function matchStateAfterRemoval(
  state: MatchState,
  removed: readonly number[],
  rowNumbers: number[],
  before: Table,
  replaced?: ReplacedRow,
): StateAfterRemoval | null {
  const p = state.p;
  const gone = new Uint8Array(p.n);
  if (replaced && state.setAside[replaced.index] === 1) return null;
  for (const r of removed) {
    if (state.setAside[r] === 1 || state.inOversizedWeak[r] === 1 || !sameAreaWithout(p, before, r)) return null;
    gone[r] = 1;
  }
  const newIndexOf = new Int32Array(p.n).fill(-1);
  const kept: number[] = [];
  for (let i = 0; i < p.n; i++)
    if (!gone[i]) {
      newIndexOf[i] = kept.length;
      kept.push(i);
    }
  const next = pickPreparedRows(p, kept);
  next.rowNumbers = rowNumbers;
  const j = replaced ? newIndexOf[replaced.index] : -1;
  if (replaced && !graftReplacedRow(p, next, j, replaced, removed)) return null;
  next.hasAddress = next.addressText.some((a) => a !== '');
  if (next.hasAddress !== p.hasAddress || lostLatinNames(p, next, removed)) return null;
  const recounted = recount(p, next, replaced ? [...removed, replaced.index] : removed, j, kept);
  if (replaced && !keysAmongLenders(p, next, j, [replaced.index, ...removed], state.config)) return null;

  const cmp = new PairComparator(next, state.config);
  if (state.config.tfAdjust) cmp.estimateChanceAgreement();
  // the rows whose name is as common as a count under which a guard may now judge otherwise
  const turning = state.cmp.lookalikeVerdictsDiffer(cmp, rowsPerName(next));
  if (turning.size) addRowsWithCounts(next, turning, kept, recounted);

  const remap = (pairs: readonly number[]): number[] => {
    const out: number[] = [];
    for (let k = 0; k < pairs.length; k += 2) {
      const a = newIndexOf[pairs[k]];
      const b = newIndexOf[pairs[k + 1]];
      if (a >= 0 && b >= 0) out.push(a, b);
    }
    return out;
  };
  const pick = (flags: Uint8Array) => pickValues(flags, kept);
  return {
    state: {
      ...state,
      p: next,
      cmp,
      refused: remap(state.refused),
      compared: remap(state.compared),
      inOversizedWeak: pick(state.inOversizedWeak),
      setAside: pick(state.setAside),
    },
    newIndexOf,
    recounted,
  };
}

/** Old indexes of the rows each row in `rows` was scored with by the match (its block mates but its group's). */
export function comparedWith(state: MatchState, rows: ReadonlySet<number>): number[] {
  const out: number[] = [];
  const pairs = state.compared;
  for (let k = 0; k < pairs.length; k += 2) {
    if (rows.has(pairs[k])) out.push(pairs[k + 1]);
    if (rows.has(pairs[k + 1])) out.push(pairs[k]);
  }
  return out;
}

/**
 * Does the area code learnt for row r's city stay the same without r (prepare.ts
 * completeLocalNumbers)? A city's landlines vote, as typed: a prepared landline whose digits after
 * the trunk 0 are not in its cell was a local number the city's code completed, and did not vote.
 */
function sameAreaWithout(p: PreparedRows, table: Table, r: number): boolean {
  const c = p.city[r];
  if (c < 0) return true;
  const phones = table.columns.Phone ?? [];
  const digits = (i: number) => cellString(phones[i]).replace(/\D/g, '');
  const typedAreas = (i: number): number[] => {
    const out: number[] = [];
    for (const [key, num] of [
      [p.phoneA[i], p.phoneNumA[i]],
      [p.phoneB[i], p.phoneNumB[i]],
    ] as const) {
      const area = areaOfLandline(num);
      if (area >= 0 && digits(i).includes(key.slice(1))) out.push(area);
    }
    return out;
  };
  const removedVotes = typedAreas(r);
  if (!removedVotes.length) return true;
  const votes = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < p.n; i++)
    if (p.city[i] === c && (areaOfLandline(p.phoneNumA[i]) >= 0 || areaOfLandline(p.phoneNumB[i]) >= 0))
      for (const area of typedAreas(i)) {
        votes.set(area, (votes.get(area) ?? 0) + 1);
        total++;
      }
  const learnt = () =>
    [...votes].find(([, count]) => count >= AREA_CODE_MIN_ROWS && count >= AREA_CODE_SHARE * total)?.[0];
  const was = learnt();
  for (const area of removedVotes) votes.set(area, votes.get(area)! - 1);
  total -= removedVotes.length;
  return learnt() === was;
}

/** Did the removed rows take the last name in Latin letters (then no pinyin key is computed at all)? */
function lostLatinNames(p: PreparedRows, next: PreparedRows, removed: readonly number[]): boolean {
  if (!removed.some((r) => p.names.latin[p.nameCode[r]] === 1)) return false;
  for (let i = 0; i < next.n; i++) if (next.names.latin[next.nameCode[i]] === 1) return false;
  return true;
}

/**
 * The rows left with a removed row's name, sound or pinyin key count one row less per removed
 * row (`gone`, old indexes: the kept row as it was counts as removed), and one more for the kept
 * row as it is now (`added`, its new index, -1 for none). Their arrays in `next` are its own
 * picks. Returns the old indexes of the rows whose counts changed.
 */
function recount(
  p: PreparedRows,
  next: PreparedRows,
  gone: readonly number[],
  added: number,
  kept: number[],
): number[] {
  const less = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  const count = (hashes: number[], by: number) =>
    hashes.forEach((h, k) => {
      if (h >= 0) less[k].set(h, (less[k].get(h) ?? 0) + by);
    });
  for (const r of gone) count(nameCountHashes(p, r), 1);
  if (added >= 0) count(nameCountHashes(next, added), -1);
  // rows of one name code (and kind of name) share their hashes: each code is looked at once
  const state = new Int8Array(p.names.name.length * 2); // 0: not yet, 1: unchanged, 2: counted down
  const lessByCode = new Map<number, [number, number, number]>();
  const counts = [next.nameCount, next.soundCount, next.romanCount];
  const recounted: number[] = [];
  for (let j = 0; j < kept.length; j++) {
    const i = kept[j];
    const key = next.nameCode[j] * 2 + next.isCompany[j];
    if (key < 2 || state[key] === 1) continue;
    if (state[key] === 0) {
      const hashes = nameCountHashes(next, j);
      const lessBy = hashes.map((h, k) => (h >= 0 ? (less[k].get(h) ?? 0) : 0)) as [number, number, number];
      state[key] = lessBy[0] || lessBy[1] || lessBy[2] ? 2 : 1;
      if (state[key] === 1) continue;
      lessByCode.set(key, lessBy);
    }
    const lessBy = lessByCode.get(key)!;
    recounted.push(i);
    for (let k = 0; k < 3; k++) if (lessBy[k] && counts[k]) counts[k]![j] -= lessBy[k];
  }
  return recounted;
}

/** Adds to `rows` the old indexes of the rows (of `next`, `kept` giving their old indexes) with one of these counts. */
function addRowsWithCounts(next: PreparedRows, counts: ReadonlySet<number>, kept: number[], rows: number[]): void {
  const listed = new Set(rows);
  for (let j = 0; j < next.n; j++) {
    const hit = [next.nameCount, next.soundCount, next.romanCount].some((c) => c !== null && counts.has(c[j]));
    if (hit && !listed.has(kept[j])) rows.push(kept[j]);
  }
}

/** The name counts rows have (a pair's look-alike count is one of its rows'). */
function rowsPerName(p: PreparedRows): Set<number> {
  const seen = new Set<number>();
  for (const counts of [p.nameCount, p.soundCount, p.romanCount])
    if (counts) for (let i = 0; i < p.n; i++) seen.add(counts[i]);
  return seen;
}
