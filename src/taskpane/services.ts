/**
 * What the pane asks of the rest of the add-in, as plain async functions over a
 * WorkbookPort. The pane never imports Office; the default implementation
 * (defaultServices.ts) wires these to the use cases in src/app (the same ones the
 * CLI calls), and tests can pass their own.
 */
import type { Lang } from '../domain/schema';
import type { Issue } from '../domain/issues';
import type { WorkbookData } from '../domain/table';
import type { Settings, WorkbookPort } from '../workbook/port';
import type { MatchConfig } from '../domain/conflicts/config';
import type { FirstWritePlan } from '../app/check-workbook';
import type { DailyReport } from '../domain/daily';
import type { RosterPerson } from '../app/roster';
import type { CheckPhase, ClusterView, PlaceholderInput, PossibleInput, RuleView, SuspiciousInput } from './viewModel';
import type { ReviewsView } from './reviewsModel';
import type { ApprovalItem } from '../app/approvals';
import type { FinanceItem } from '../app/finance-queue';
import type { ResolutionProposal } from '../domain/merge-proposal';
import type { ResolveChoice } from '../app/resolve-conflict';
import type { AcceptAllPlan } from '../app/accept-all';
import type { ArchivedRow } from '../app/archive';
import type { ShowroomDayView } from '../app/showroom-day';
import type { RotaResult } from '../app/generate-rota';
import type { EntryCheckResult, EntrySession, EntryWarning } from '../app/entry-check';
import type { ChangeLogResult } from '../app/change-log';
import type { PendingEntry } from '../app/pending';
import type { TableChangeEvent } from '../domain/changes';

/** Entry-time warnings (issue 19): what the pane needs while it listens to the Customers table. */
export interface EntryServices {
  /** The entry index of the last check's data, or of the workbook as read now (data null). */
  session(port: WorkbookPort, lang: Lang, data: WorkbookData | null): Promise<EntrySession | null>;
  check(port: WorkbookPort, session: EntrySession, events: TableChangeEvent[]): Promise<EntryCheckResult>;
  /** 交主管处理: appends the warning to the Pending sheet; returns its row in the list. */
  askSupervisor(port: WorkbookPort, warning: EntryWarning, lang: Lang): Promise<number>;
  pending(port: WorkbookPort, lang: Lang): Promise<PendingEntry[]>;
}

export interface CheckRun {
  data: WorkbookData;
  issues: Issue[];
  clusters: ClusterView[];
  /** Pairs sharing a phone or ID that the engine judged different people (never merged). */
  suspicious: SuspiciousInput[];
  /** Some evidence of one customer but not enough to merge: a list to review, never merged. */
  possible: PossibleInput[];
  /** Values typed for many customers (13800000000), not used as evidence. */
  placeholders: PlaceholderInput[];
}

/**
 * How a check ended: checked (the lists to show), the customer table was not recognised
 * (nothing written; the pane says so and points to setup), or the user declined the
 * first write (nothing written).
 */
export type CheckOutcome =
  { outcome: 'checked'; run: CheckRun } | { outcome: 'notRecognised' } | { outcome: 'declined' };

/** Progress of a check, by phase (the pane's bar and its label). */
export interface CheckProgress {
  phase: CheckPhase;
  done: number;
  total: number;
}

/** A tunable match threshold, described as data (from the conflicts config; see matchSettings.ts). */
export interface ThresholdInfo {
  key: string;
  value: number;
  /** The value when nothing is saved. */
  defaultValue: number;
  min: number;
  max: number;
  step: number;
  integer: boolean;
  /** Where the Settings tab shows it: 'decision', 'comparison:<id>' or 'blocking:<id>'. */
  section: string;
  labelKey: string;
}

export interface PaneServices {
  /** Today as a day number (days since 1970-01-01, UTC). */
  today(): number;
  /** Validation rules, for the titles of issue groups. */
  rules(): RuleView[];
  /** Match thresholds the supervisor may tune, with the saved values applied. */
  thresholds(settings: Partial<Settings>): ThresholdInfo[];
  /** The matcher's configuration with the given tunable values applied (shown as data in Settings). */
  matchConfig(values: Record<string, number>): MatchConfig;
  /**
   * Reads the workbook and its settings, runs the engine, writes the add-in's status columns and
   * sheets; before the first write into a workbook it asks confirmFirstWrite.
   */
  runCheck(
    port: WorkbookPort,
    lang: Lang,
    onProgress: (p: CheckProgress) => void,
    signal: AbortSignal,
    confirmFirstWrite?: (plan: FirstWritePlan) => Promise<boolean>,
  ): Promise<CheckOutcome>;
  /**
   * The daily check of the last check: the changes the checks found on `day` or later and the
   * records created or followed up on `day` (see app/daily-summary); null before a check.
   */
  dailySummary?(port: WorkbookPort, day: number, lang: Lang): Promise<DailyReport | null>;
  /**
   * Gives every row of a conflict group to one owner (audited). Each action returns the lists
   * after it, updated from the rows it touched (the status cells and report sheets written too).
   */
  resolveConflict(port: WorkbookPort, cluster: ClusterView, owner: string, lang: Lang): Promise<CheckRun>;
  /** Merges a duplicate group into the row kept (others archived; audited). */
  mergeDuplicates(port: WorkbookPort, cluster: ClusterView, keepRow: number, lang: Lang): Promise<CheckRun>;
  /**
   * The resolve dialog's proposal for a group of the last check: its rows side by side, field by
   * field, the kept row (first registration), the value per field (latest follow-up), the owner.
   */
  proposeResolution?(cluster: ClusterView): ResolutionProposal;
  /** Resolve as one finished, audited step: only reassign, or merge into the kept row (choice.merge). */
  resolveGroup?(port: WorkbookPort, cluster: ClusterView, choice: ResolveChoice, lang: Lang): Promise<CheckRun>;
  /** The preview of "accept all suggestions" on the last check (rows, owners, merges, what is left). */
  planAcceptAll?(merge: boolean): AcceptAllPlan;
  /** Applies a previewed plan as one audited batch. */
  applyAcceptAll?(port: WorkbookPort, plan: AcceptAllPlan, lang: Lang): Promise<CheckRun>;
  /** The archived customers not restored yet (restore's list). */
  listArchived?(port: WorkbookPort, lang: Lang): Promise<ArchivedRow[]>;
  /**
   * Puts an archived customer back (audited) and points the rows it lost back at it; then checks
   * again (a restored row moves the rows below it: no incremental update for that).
   */
  restoreArchived?(port: WorkbookPort, key: string, lang: Lang): Promise<CheckOutcome>;
  /** Records that a group (or one pair of its rows) are different customers (audited). */
  markNotSame(port: WorkbookPort, cluster: ClusterView, pair: [number, number] | null, lang: Lang): Promise<CheckRun>;
  /** The active people of the roster, offered when the pane asks who is working (first run, Settings). */
  roster?(port: WorkbookPort): Promise<RosterPerson[]>;
  /** Entry-time warnings; absent: the pane does not listen to edits. */
  entry?: EntryServices;
  /**
   * The change log: a batch of a person's edits to Customers, Ledger and Reviews written to the Audit
   * sheet under the pane's "who" (app/change-log). Absent: edits are not logged.
   */
  recordChanges?(port: WorkbookPort, events: TableChangeEvent[], lang: Lang): Promise<ChangeLogResult>;
  /** Reviews, scores and swing alerts; absent until the reviews domain exists. */
  reviews?(data: WorkbookData, lang: Lang): ReviewsView;
  /** Appends the missing review rows (audited); returns how many were added. */
  createMissingReviews?(port: WorkbookPort, data: WorkbookData, lang: Lang): Promise<number>;
  /**
   * Writes the Reviews computed columns: scores as values, TotalScore/ProposedTier/policy terms as live formulas
   * over the Policy and Weights tables (the add-in's own columns only; not audited).
   */
  updateReviewScores?(port: WorkbookPort, lang: Lang): Promise<{ rows: number; formulas: number }>;
  /** The 展厅 tab: one day's duty, outings, and the Duty/Outings findings (reads only). */
  showroomDay?(port: WorkbookPort, day: number, lang: Lang): Promise<ShowroomDayView>;
  /**
   * The month's rota: planned (write false), or its new rows appended to the Duty table, audited.
   * Days before today and days already on the sheet are left as they are.
   */
  generateRota?(port: WorkbookPort, year: number, month: number, lang: Lang, write: boolean): Promise<RotaResult>;
  /** Finance's queue: dealer review rows with an empty finance column, oldest first. */
  financeQueue?(data: WorkbookData, lang: Lang): FinanceItem[];
  /** Writes one finance cell of a review row (audited). */
  fillFinance?(
    port: WorkbookPort,
    data: WorkbookData,
    row: number,
    field: string,
    value: string,
    lang: Lang,
  ): Promise<void>;
  /** The GM's approvals: dealer reviews waiting for a tier decision. */
  approvals?(data: WorkbookData, lang: Lang): ApprovalItem[];
  /**
   * The GM approves a review's tier: the review row and Customers.Tier, audited as one batch. Refused (throws,
   * in the user's language) when the person working, resolved on the Staff sheet, is not the GM.
   */
  approve?(port: WorkbookPort, data: WorkbookData, row: number, tier: string, lang: Lang): Promise<void>;
}
