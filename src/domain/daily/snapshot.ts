/**
 * The snapshot a check stores: per customer key its fingerprint and the days on which checks
 * found it new, changed or gone, so that "what changed since a day" can be answered for any day
 * after the first check, not only "since the last check".
 *
 * Days are day numbers (see normalise/dates) of the checks that found a change, not of the
 * edits: a row typed on Monday and first checked on Tuesday is new on Tuesday.
 */
import type { CellValue } from '../table';
import type { Fingerprints } from './fingerprint';

export const SNAPSHOT_VERSION = 1;
/** How long a removed row's tombstone is kept (days): `since` further back misses older removals. */
export const TOMBSTONE_DAYS = 400;
/** The marker in the first cell of the snapshot's first row (its meta row). */
const META = '#snapshot';

export interface SnapshotEntry {
  key: string;
  owner: string;
  /** Worksheet row at the last check that saw it. */
  row: number;
  hash: string;
  sigs: string;
  /** The day a check first saw it; 0: it was there at the first check. */
  firstSeen: number;
  /** The day a check last found it changed; 0: never. */
  changed: number;
  /** The fields of the change(s) found on that day, comma-separated keys ('' when unknown). */
  changedFields: string;
  /** The day a check found it gone (a tombstone); 0: it is there. */
  removed: number;
}

export interface Snapshot {
  /** Field keys, in the order of each entry's sigs. */
  fields: readonly string[];
  /** The day of the first check: nothing is known before it. */
  firstCheck: number;
  /** The day of the check that stored it. */
  lastCheck: number;
  /** The rows present at that check, in the table's order, then the tombstones. */
  entries: SnapshotEntry[];
}

/** What one check finds against the snapshot before it. Indexes are data rows of the table now. */
export interface SnapshotDiff {
  added: number[];
  changed: { index: number; fields: string[] }[];
  removed: SnapshotEntry[];
}

export interface Advanced {
  /** The snapshot to store: entries[i] is data row i of the table now, then the tombstones. */
  after: Snapshot;
  diff: SnapshotDiff;
}

/** Where each current field's character sits in the stored sigs (-1: the older snapshot lacks it). */
function fieldPositions(before: readonly string[], now: readonly string[]): number[] {
  return now.map((f) => before.indexOf(f));
}

function changedFields(oldSigs: string, newSigs: string, positions: number[], fields: readonly string[]): string[] {
  const out: string[] = [];
  positions.forEach((p, f) => {
    if (p >= 0 && oldSigs[p] !== newSigs[f]) out.push(fields[f]);
  });
  return out;
}

/** Live entries by key, as a chain through a typed array (most keys have one entry). */
function indexByKey(entries: readonly SnapshotEntry[]): { head: Map<string, number>; next: Int32Array } {
  const head = new Map<string, number>();
  const next = new Int32Array(entries.length).fill(-1);
  for (let j = entries.length - 1; j >= 0; j--) {
    if (entries[j].removed) continue;
    const h = head.get(entries[j].key);
    if (h !== undefined) next[j] = h;
    head.set(entries[j].key, j);
  }
  return { head, next };
}

/**
 * Pairs each row now with the stored entry of the same key: one with the same hash first (a key
 * typed on several rows keeps its unchanged rows), then the others in order (changed). -1: new.
 */
function pairRows(before: readonly SnapshotEntry[], now: Fingerprints): Int32Array {
  const { head, next } = indexByKey(before);
  const taken = new Uint8Array(before.length);
  const match = new Int32Array(now.keys.length).fill(-1);
  for (const sameHash of [true, false]) {
    for (let i = 0; i < match.length; i++) {
      if (match[i] >= 0) continue;
      for (let j = head.get(now.keys[i]) ?? -1; j >= 0; j = next[j]) {
        if (taken[j] || (sameHash && before[j].hash !== now.hashes[i])) continue;
        taken[j] = 1;
        match[i] = j;
        break;
      }
    }
  }
  return match;
}

function union(a: string, b: string[]): string {
  const all = new Set(a ? a.split(',') : []);
  for (const f of b) all.add(f);
  return [...all].join(',');
}

/**
 * The snapshot after a check on `today` that saw the rows `now`, and what it found. Without a
 * snapshot before, every row is the baseline (present at the first check, not new).
 */
export function advanceSnapshot(before: Snapshot | null, now: Fingerprints, today: number): Advanced {
  const old = before?.entries ?? [];
  const match = pairRows(old, now);
  const positions = fieldPositions(before?.fields ?? now.fields, now.fields);
  const diff: SnapshotDiff = { added: [], changed: [], removed: [] };
  const entries: SnapshotEntry[] = new Array(match.length);
  // Entries are written out whole, not spread: at 100k rows the spreads were most of the time.
  for (let i = 0; i < match.length; i++) {
    const j = match[i];
    const was = j < 0 ? null : old[j];
    const entry: SnapshotEntry = {
      key: now.keys[i],
      owner: now.owners[i],
      row: now.rows[i],
      hash: now.hashes[i],
      sigs: now.sigs[i],
      firstSeen: was ? was.firstSeen : before ? today : 0,
      changed: was ? was.changed : 0,
      changedFields: was ? was.changedFields : '',
      removed: 0,
    };
    entries[i] = entry;
    if (!was) {
      if (before) diff.added.push(i);
    } else if (was.hash !== entry.hash) {
      const fields = changedFields(was.sigs, entry.sigs, positions, now.fields);
      diff.changed.push({ index: i, fields });
      entry.changedFields = was.changed === today ? union(was.changedFields, fields) : fields.join(',');
      entry.changed = today;
    }
  }
  const taken = new Uint8Array(old.length);
  for (const j of match) if (j >= 0) taken[j] = 1;
  let live: Set<string> | null = null;
  old.forEach((e, j) => {
    if (e.removed) {
      // an old tombstone stays until it is too old or its key is back
      live ??= new Set(now.keys);
      if (e.removed >= today - TOMBSTONE_DAYS && !live.has(e.key)) entries.push(e);
    } else if (!taken[j]) {
      diff.removed.push(e);
      entries.push({ ...e, removed: today });
    }
  });
  return {
    after: { fields: now.fields, firstCheck: before?.firstCheck ?? today, lastCheck: today, entries },
    diff,
  };
}

// ---------------------------------------------------------------- stored form

/** The snapshot as sheet rows (after the header row): a meta row, then one row per entry. */
export function snapshotRows(s: Snapshot): CellValue[][] {
  const rows: CellValue[][] = [[META, SNAPSHOT_VERSION, s.firstCheck, s.lastCheck, s.fields.join(',')]];
  for (const e of s.entries) {
    rows.push([
      e.key,
      e.owner || null,
      e.row,
      e.hash,
      e.sigs,
      e.firstSeen || null,
      e.changed || null,
      e.changedFields || null,
      e.removed || null,
    ]);
  }
  return rows;
}

const str = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v));
const day = (v: CellValue | undefined) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0);

/**
 * The stored snapshot, or null when there is none or it is not one this version wrote (then the
 * next check starts a new baseline).
 */
export function parseSnapshot(rows: readonly CellValue[][]): Snapshot | null {
  const meta = rows[0];
  if (!meta || meta[0] !== META || meta[1] !== SNAPSHOT_VERSION) return null;
  const firstCheck = day(meta[2]);
  const lastCheck = day(meta[3]);
  if (!firstCheck || !lastCheck) return null;
  const entries: SnapshotEntry[] = [];
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k];
    const key = str(r[0]);
    if (!key) continue;
    entries.push({
      key,
      owner: str(r[1]),
      row: typeof r[2] === 'number' ? r[2] : 0,
      hash: str(r[3]),
      sigs: str(r[4]),
      firstSeen: day(r[5]),
      changed: day(r[6]),
      changedFields: str(r[7]),
      removed: day(r[8]),
    });
  }
  return { fields: str(meta[4]).split(','), firstCheck, lastCheck, entries };
}
