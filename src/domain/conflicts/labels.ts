/**
 * Stable labels for groups of rows that are the same customer. A group is named after its
 * customers, not after its place in a list: "G-" + the smallest CustomerId among its rows.
 * It keeps that label across re-runs while its rows stay together, whatever the row order
 * and whatever happened to other groups, so "冲突组 G-C000123" in the Audit sheet names the
 * same customers next week.
 *
 *  - A group without any CustomerId is named after its rows' identifying cells instead:
 *    "G-#" + a short hash (the smallest among its rows), stable while those cells are.
 *  - Two groups can share a label when a CustomerId was typed on rows of both. The first keeps
 *    it and the others get "-2", "-3"..., ordered by the rest of their members, so the labels
 *    are unique within a run and (but for exact ties) still independent of row order.
 */
import { hashString } from './similarity';

/** What a group's label is made of: its rows' CustomerIds ('' when none) and a fallback key per row. */
export interface LabelSource {
  customerIds: readonly string[];
  /** Identifying cells of row k (name, phone, ID), for a group without CustomerIds. */
  fallbackKey(k: number): string;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The end of the run of digits starting at i. */
function digitsEnd(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

/**
 * Compares as people read IDs: runs of digits by their value ("C9" before "C10"), the rest by
 * code unit, then the text itself (so "C09" and "C9" are still told apart). A scan without
 * allocations: it runs for every pair of CustomerIds of every group of a big sheet.
 */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      while (a.charCodeAt(i) === 48 && isDigit(a.charCodeAt(i + 1))) i++; // leading zeros
      while (b.charCodeAt(j) === 48 && isDigit(b.charCodeAt(j + 1))) j++;
      const ea = digitsEnd(a, i);
      const eb = digitsEnd(b, j);
      if (ea - i !== eb - j) return ea - i - (eb - j);
      for (; i < ea; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return a.charCodeAt(i) - b.charCodeAt(j);
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  return a.length - i - (b.length - j) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The members a label is chosen from: the CustomerIds, or the fallback hashes when there are none. */
function members(group: LabelSource): string[] {
  const ids = group.customerIds.map((id) => id.trim()).filter((id) => id !== '');
  if (ids.length) return ids.sort(naturalCompare);
  return group.customerIds
    .map((_, k) => '#' + hashString(group.fallbackKey(k), 7).toString(36).slice(-6).toUpperCase())
    .sort(naturalCompare);
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const c = naturalCompare(a[k], b[k]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** One label per group, in the groups' order. */
export function clusterLabels(groups: readonly LabelSource[]): string[] {
  const sorted = groups.map(members);
  const labels = sorted.map((m) => `G-${m[0]}`);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, k) => {
    const list = byLabel.get(label);
    if (list) list.push(k);
    else byLabel.set(label, [k]);
  });
  const taken = new Set(labels);
  for (const [label, list] of byLabel) {
    if (list.length < 2) continue;
    // stable order among the groups sharing a label: by their members, then by where they are
    list.sort((a, b) => compareLists(sorted[a], sorted[b]) || a - b);
    let n = 2;
    for (const k of list.slice(1)) {
      while (taken.has(`${label}-${n}`)) n++;
      labels[k] = `${label}-${n}`;
      taken.add(labels[k]);
    }
  }
  return labels;
}
