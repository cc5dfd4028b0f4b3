/**
 * A merge fills the kept row's empty cells from the rows it removes. The kept row's prepared
 * values are then those of its new cells, prepared alone (`fresh`), with what prepare.ts takes
 * from the whole table borrowed from a row that has the same cell: the codes of its name and
 * contact (rows with the same text share one), its city's code, its ID's cannot-link label, its
 * name's counts. The kept row's new blocking keys must all be keys the kept row or a removed row
 * had: then every row that can now share a block with it was scored with one of them before (see
 * after-removal.ts). Anything else (a local number an area code would complete, a landline that
 * votes for one, a name in Latin letters in a table without any, a key new to these rows) gives
 * false: the caller runs the engine.
 */
import type { CellValue, Table } from '../table';
import type { MatchConfig } from './config';
import { blockingKeys, passCount } from './blocking';
import { pickPreparedRows } from './find-clusters';
import { areaOfLandline, cellString, isDocumentKind, isLocalNumber, type PreparedRows } from './prepare';

export interface ReplacedRow {
  /** Old data-row index of the kept row. */
  index: number;
  /** Its cells after the merge, prepared alone (a table of that one row). */
  fresh: PreparedRows;
  /** The table before the merge, and the kept row's cells after it (the raw texts codes are shared by). */
  before: Table;
  cells: Record<string, CellValue | undefined>;
}

/** Per-row values taken from the row prepared alone (they depend on that row's cells only). */
const OWN_FIELDS = [
  'customerId',
  'owner',
  'firstContact',
  'kind',
  'phoneA',
  'phoneB',
  'phoneNumA',
  'phoneNumB',
  'idKey',
  'idText',
  'idHash',
  'idValid',
  'idKind',
  'isCompany',
  'addressText',
  'birth',
] as const;

/**
 * Writes the kept row (new index j of `next`, the rows left) from its fresh preparation; false
 * when something of it needs the whole table (see the header). Name counts are set to those of
 * the row whose name it borrows, as they were: the caller counts them down and up.
 */
export function graftReplacedRow(
  p: PreparedRows,
  next: PreparedRows,
  j: number,
  row: ReplacedRow,
  removed: readonly number[],
): boolean {
  const f = row.fresh;
  for (const num of [f.phoneNumA[0], f.phoneNumB[0]]) if (isLocalNumber(num)) return false;
  if (f.city[0] >= 0 && (areaOfLandline(f.phoneNumA[0]) >= 0 || areaOfLandline(f.phoneNumB[0]) >= 0)) return false;
  if (p.romanCount === null && f.names.latin[f.nameCode[0]] === 1) return false;
  const lenders = [row.index, ...removed];
  const sameCell = (field: string) => {
    const text = cellString(row.cells[field]);
    const column = row.before.columns[field] ?? [];
    return lenders.find((i) => cellString(column[i]) === text && p.isCompany[i] === f.isCompany[0]);
  };
  const named = sameCell('Name');
  const contact = lenders.find((i) => cellString(row.before.columns.Contact?.[i]) === cellString(row.cells.Contact));
  if (named === undefined || contact === undefined) return false;
  const writable = next as unknown as Record<string, { [k: number]: unknown }>;
  const fresh = f as unknown as Record<string, ArrayLike<unknown>>;
  for (const key of OWN_FIELDS) writable[key][j] = fresh[key][0];
  next.addressNorm[j] = '';
  next.addressDone[j] = 0;
  for (const key of ['nameCode', 'soundKey', 'nameCount', 'soundCount'] as const) next[key][j] = p[key][named];
  if (next.romanCount && p.romanCount) next.romanCount[j] = p.romanCount[named];
  for (const key of ['contactNameCode', 'contactSoundKey', 'contactCode'] as const) next[key][j] = p[key][contact];
  const city = f.city[0] < 0 ? -1 : p.cities.indexOf(f.cities[f.city[0]]);
  if (f.city[0] >= 0 && city < 0) return false;
  next.city[j] = city;
  if (f.idLabel[0] >= 0) {
    const label = lenders.find((i) => p.idLabel[i] >= 0 && p.idKey[i] === f.idKey[0]);
    if (label === undefined) return false;
    next.idLabel[j] = p.idLabel[label];
  } else next.idLabel[j] = -1;
  const documents = Array.from(next.documentRows).filter((i) => i !== j);
  if (isDocumentKind(f.idKind[0])) documents.push(j);
  next.documentRows = Int32Array.from(documents.sort((a, b) => a - b));
  return true;
}

/** Are all the kept row's blocking keys (in `next`, at j) keys of the kept or removed rows before (in `p`)? */
export function keysAmongLenders(
  p: PreparedRows,
  next: PreparedRows,
  j: number,
  lenders: readonly number[],
  config: MatchConfig,
): boolean {
  const before = pickPreparedRows(
    p,
    [...lenders].sort((a, b) => a - b),
  );
  const after = pickPreparedRows(next, [j]);
  const rareCount = config.tfAdjust?.rareCount;
  for (const rule of config.blocking)
    for (let pass = 0; pass < passCount(rule.key); pass++) {
      const had = new Set(blockingKeys(rule.key, pass, before, rareCount));
      for (const key of blockingKeys(rule.key, pass, after, rareCount)) if (!had.has(key)) return false;
    }
  return true;
}
