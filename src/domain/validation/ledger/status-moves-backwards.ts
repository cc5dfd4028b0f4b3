/**
 * A transaction's status must only move forward: 已签约 → 已交车 → 已开票 → 已结清
 * (TXN_STATUSES order), and 已取消 (cancelled) is terminal. The rows of one TxnId,
 * ordered by Date (then by row), are checked pairwise; the later row of a backward step
 * is reported. 每笔交易都必须按实际进度及时全面地记录.
 */
import type { Issue } from '../../issues';
import { TXN_STATUSES } from '../../schema';
import { formatDay } from '../../normalise';
import type { ValidationContext } from '../context';
import type { RuleSpec } from '../types';

export const STATUS_BACKWARDS: RuleSpec = {
  id: 'ledger.status.backwards',
  sheet: 'Ledger',
  severity: 'error',
  needs: { Ledger: ['TxnId', 'Status', 'Date'] },
};

const ORDER = new Map(TXN_STATUSES.map((s, i) => [s.key, i]));
const CANCELLED = 'cancelled';

/** Later rows of a transaction whose status is earlier than the one before, or follows a cancellation. */
export function checkStatusMovesBackwards(ctx: ValidationContext): Issue[] {
  const txn = ctx.codes('Ledger', 'TxnId');
  const status = ctx.enumKeys('Ledger', 'Status');
  const dates = ctx.days('Ledger', 'Date');
  const r = ctx.reporter(STATUS_BACKWARDS);
  // Only transactions with two or more rows need a list.
  const first = new Map<string, number>();
  const groups = new Map<string, number[]>();
  for (let i = 0; i < txn.length; i++) {
    const k = txn[i];
    if (!k || status[i] === null) continue;
    const f = first.get(k);
    if (f === undefined) first.set(k, i);
    else {
      const g = groups.get(k);
      if (g) g.push(i);
      else groups.set(k, [f, i]);
    }
  }
  const found: Array<{ i: number; prev: number }> = [];
  for (const rows of groups.values()) {
    // Undated rows sort last, in row order.
    rows.sort((a, b) => {
      const da = Number.isNaN(dates[a]) ? Infinity : dates[a];
      const db = Number.isNaN(dates[b]) ? Infinity : dates[b];
      return da - db || a - b;
    });
    let prev = rows[0];
    for (let k = 1; k < rows.length; k++) {
      const i = rows[k];
      const ps = status[prev]!;
      const s = status[i]!;
      const backwards = ps === CANCELLED ? s !== CANCELLED : ORDER.get(s)! < ORDER.get(ps)!;
      if (backwards) found.push({ i, prev });
      else prev = i;
    }
  }
  found.sort((a, b) => a.i - b.i);
  for (const { i, prev } of found) {
    const variant = status[prev] === CANCELLED ? 'after-cancel' : undefined;
    r.add(
      i,
      'Status',
      {
        txn: txn[i],
        value: ctx.enumText('Ledger', 'Status', status[i]!),
        prevStatus: ctx.enumText('Ledger', 'Status', status[prev]!),
        prevRow: ctx.rowNumber('Ledger', prev),
        prevDate: Number.isNaN(dates[prev]) ? '?' : formatDay(dates[prev]),
      },
      variant,
    );
  }
  return r.done();
}
