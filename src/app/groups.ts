/**
 * What the actions on a group of rows share: the part of a conflict cluster they need,
 * finding its rows in the data the list showed, and how the Audit sheet names the group
 * (its stable label plus its CustomerIds, so the entry says which customers it was about
 * even after the group is gone).
 */
import type { Lang } from '../domain/schema';
import type { Table, WorkbookData } from '../domain/table';
import { t } from '../i18n';

/** The part of a conflict cluster an action needs. */
export interface ClusterRef {
  id: string;
  rows: number[];
  customerIds: string[];
  owners: string[];
  kind: 'conflict' | 'duplicate';
  reasons: string[];
  suggestedOwner: string;
}

/** Options every action takes: who acts (for the Audit sheet), the language, and when. */
export interface ActionOptions {
  who: string;
  lang: Lang;
  now?: Date;
}

export function indexOfRow(table: Table, row: number): number {
  const i = table.rowNumbers.indexOf(row);
  if (i < 0) throw new Error(`row ${row} is not in ${table.sourceName}`);
  return i;
}

export function customersOf(data: WorkbookData): Table {
  const table = data.Customers;
  if (!table) throw new Error('no Customers table');
  return table;
}

/** The {group} and {ids} of an audit note: "G-C000123" and "C000123, C000456". */
export function groupParams(cluster: ClusterRef, lang: Lang): { group: string; ids: string } {
  const ids = cluster.customerIds.filter((id) => id.trim() !== '');
  return {
    group: cluster.id,
    ids: ids.length ? ids.join(t(lang, 'audit.idSeparator')) : t(lang, 'audit.noIds'),
  };
}
