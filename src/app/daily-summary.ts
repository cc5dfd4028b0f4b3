/**
 * The supervisor's daily check (regulations §4): per salesperson, the customer rows that are new,
 * changed or gone, the records created or followed up on a day, and the conflicts that involve a
 * new or changed row (新出现的冲突) apart from the old ones. The pane shows it after a check as
 * its "今天 / Today" section; the CLI prints it (`daily`).
 *
 * `since` (see domain/daily/report): 'last' compares the workbook now with the snapshot the last
 * check stored; a day D lists every change a check found on D or later, plus what has changed
 * since the last check.
 *
 * Dealers' basic information changes (regulations §5) are listed twice over: those the checks found
 * (report.dealerInfo, also typed with the pane closed) and the change log's entries on `date`
 * (report.dealerInfoLogged: who, when, old and new, typed while the pane was open).
 */
import type { Lang } from '../domain/schema';
import { dailyReport, type DailyReport, type Since } from '../domain/daily';
import type { WorkbookPort } from '../workbook/port';
import { checkWorkbook, type CheckedWorkbook } from './check-workbook';
import { dailyState, readSnapshot } from './snapshot';
import { loggedDealerInfo } from './change-log';
import { readPending, type PendingEntry } from './pending';

export interface DailySummaryOptions {
  since: Since;
  /** The day whose created / followed-up records are listed (default: today). */
  date?: number;
  today: number;
  lang: Lang;
  /**
   * A check just run (the pane's): its data, conflicts and, when it wrote, the snapshot it stored
   * and what it found. Without one, the workbook is checked here without writing anything.
   */
  checked?: CheckedLike;
  signal?: AbortSignal;
}

/** What the summary needs of a check (a CheckedWorkbook, or the state after an action that keeps its `daily`). */
export type CheckedLike = Pick<CheckedWorkbook, 'data' | 'result' | 'daily'>;

export type DailySummary =
  | { outcome: 'report'; report: DailyReport; checked: CheckedLike; pending: PendingEntry[] }
  /** No customer table recognised: nothing to compare. */
  | { outcome: 'notRecognised' }
  /** No check has stored a snapshot in this workbook yet: nothing to compare with. */
  | { outcome: 'noSnapshot'; checked: CheckedLike; pending: PendingEntry[] };

export async function dailySummary(port: WorkbookPort, options: DailySummaryOptions): Promise<DailySummary> {
  const { today, lang } = options;
  let checked: CheckedLike | undefined = options.checked;
  if (!checked) {
    const outcome = await checkWorkbook(port, { today, lang, write: false, signal: options.signal });
    if (outcome.outcome !== 'checked') return { outcome: 'notRecognised' };
    checked = outcome;
  }
  // A check that stored its snapshot knows what it compared with; otherwise compare with the stored one.
  const state = checked.daily ?? dailyState(checked.data, await readSnapshot(port, lang), today);
  // entries a salesperson sent to the supervisor from an entry-time warning (the 待处理 sheet)
  const pending = await readPending(port, lang);
  if (!checked.daily && !state.before) return { outcome: 'noSnapshot', checked, pending };
  const date = options.date ?? today;
  const report = dailyReport({
    ...state,
    clusters: checked.result.clusters,
    since: options.since,
    date,
    dealerInfoLogged: await loggedDealerInfo(port, date, lang),
  });
  return { outcome: 'report', report, checked, pending };
}
