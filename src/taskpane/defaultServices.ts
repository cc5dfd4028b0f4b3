/**
 * The pane's services: a thin wiring of the use cases in src/app, the same ones the CLI
 * and the playground call. Shared by Excel (taskpane/index.tsx) and the playground: only
 * the port differs. The only state kept is the last check (its data and settings), so an
 * action works on exactly the rows the list showed and records who acted.
 */
import type { Lang } from '../domain/schema';
import { RULES } from '../domain/validation';
import { AUDIT_CHAIN_RULE, AUDIT_CHAIN_TITLE } from '../app/audit-chain-check';
import { savedTunables, tunedConfig } from '../domain/conflicts/tunables';
import { checkWorkbook } from '../app/check-workbook';
import {
  mergeChange,
  notSameChange,
  resolveChange,
  updateAfterAction,
  type ActionChange,
  type CheckState,
} from '../app/update-after-action';
import { applyActionUpdate } from '../app/apply-action-update';
import type { WorkbookPort } from '../workbook/port';
import { localToday } from '../app/today';
import { dailySummary } from '../app/daily-summary';
import { checkEntries, entrySession } from '../app/entry-check';
import { recordUserChanges } from '../app/change-log';
import { askSupervisor, readPending } from '../app/pending';
import { actingPerson, readSettings } from '../app/settings';
import { resolveConflict, resolveGroup } from '../app/resolve-conflict';
import { applyAcceptAll, planAcceptAll } from '../app/accept-all';
import { listArchived, restoreArchived } from '../app/restore';
import { proposeResolution } from '../domain/merge-proposal';
import { mergeDuplicates } from '../app/merge-duplicates';
import { markNotSame } from '../app/not-same';
import { createReviewRows } from '../app/review-rows';
import { updateScores } from '../app/review-scores';
import { reviewsOf } from '../app/reviews';
import { showroomDay } from '../app/showroom-day';
import { generateMonthRota } from '../app/generate-rota';
import { readRoster } from '../app/roster';
import { approvalQueue, approveReview } from '../app/approvals';
import { fillFinance, financeQueue } from '../app/finance-queue';
import { reviewsViewFrom } from './reviewsAdapter';
import { thresholdViews } from './matchSettings';
import type { CheckRun, PaneServices } from './services';
import type { RuleView } from './viewModel';

export interface DefaultServiceOptions {
  /** Pin "today" (a day number) for reproducible runs (playground, tests). */
  today?: number;
}

/** The lists the pane shows, from a check or from the update after an action. */
function runOf(state: CheckState): CheckRun {
  const { data, result } = state;
  return {
    data,
    issues: result.issues,
    clusters: result.clusters,
    suspicious: result.suspicious,
    possible: result.possible,
    placeholders: result.placeholders,
  };
}

export function createDefaultServices(options: DefaultServiceOptions = {}): PaneServices {
  // the last check, then the update after each action: an action works on exactly what the pane shows
  let last: CheckState | null = null;
  const checked = (): CheckState => {
    if (!last) throw new Error('run the check first');
    return last;
  };
  /** The lists after an action, from the rows it touched (no re-read, no whole re-match). */
  const afterAction = async (port: WorkbookPort, change: ActionChange): Promise<CheckRun> => {
    const update = updateAfterAction(checked(), change);
    // in the language of the check: the lists the update keeps are in that language
    await applyActionUpdate(port, update, update.lang);
    last = update;
    return runOf(update);
  };
  const today = () => options.today ?? localToday();
  // who acts is read when acting: a name saved after the check (the first-run panel) is the one recorded
  const acting = async (port: WorkbookPort, lang: Lang) => ({
    who: actingPerson(await readSettings(port), lang),
    lang,
  });
  return {
    today,
    rules: (): RuleView[] => [
      ...RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title })),
      { id: AUDIT_CHAIN_RULE, severity: 'error', title: AUDIT_CHAIN_TITLE },
    ],
    thresholds: (settings) => thresholdViews(savedTunables(settings.matchThresholds, settings.matchThreshold)),
    matchConfig: (values) => tunedConfig(values),
    async runCheck(port, lang, onProgress, signal, confirmFirstWrite) {
      const outcome = await checkWorkbook(port, { today: today(), lang, onProgress, signal, confirmFirstWrite });
      if (outcome.outcome !== 'checked') return { outcome: outcome.outcome };
      last = { ...outcome, lang };
      return { outcome: 'checked', run: runOf(last) };
    },
    entry: {
      async session(port, lang, data) {
        const { staleDays } = await readSettings(port);
        const read = data ?? (await port.read({ sheets: ['Customers', 'Staff'] }));
        return entrySession(read, { lang, today: today(), staleDays });
      },
      check: (port, session, events) => checkEntries(port, session, events),
      async askSupervisor(port, warning, lang) {
        return askSupervisor(port, warning, (await acting(port, lang)).who, lang, new Date());
      },
      pending: (port, lang) => readPending(port, lang),
    },
    async recordChanges(port, events, lang) {
      return recordUserChanges(port, events, (await acting(port, lang)).who, lang, new Date());
    },
    async dailySummary(port, day, lang) {
      if (!last) return null;
      const summary = await dailySummary(port, { since: day, date: day, today: today(), lang, checked: last });
      return summary.outcome === 'report' ? summary.report : null;
    },
    async resolveConflict(port, cluster, owner, lang) {
      const audit = await resolveConflict(port, checked().data, cluster, owner, await acting(port, lang));
      return afterAction(port, resolveChange(cluster, audit));
    },
    async mergeDuplicates(port, cluster, keepRow, lang) {
      const audit = await mergeDuplicates(port, checked().data, cluster, keepRow, await acting(port, lang));
      return afterAction(port, mergeChange(cluster, audit));
    },
    proposeResolution: (cluster) => proposeResolution(checked().data.Customers!, cluster),
    async resolveGroup(port, cluster, choice, lang) {
      const { change } = await resolveGroup(port, checked().data, cluster, choice, await acting(port, lang));
      return afterAction(port, change);
    },
    planAcceptAll: (merge) => planAcceptAll(checked().data, checked().result, { merge }),
    async applyAcceptAll(port, plan, lang) {
      const { change } = await applyAcceptAll(port, checked().data, plan, await acting(port, lang));
      return afterAction(port, change);
    },
    listArchived: (port, lang) => listArchived(port, lang),
    async restoreArchived(port, key, lang) {
      const { data, lang: checkedLang } = checked();
      await restoreArchived(port, data, key, await acting(port, lang));
      const outcome = await checkWorkbook(port, { today: today(), lang: checkedLang });
      if (outcome.outcome !== 'checked') return { outcome: outcome.outcome };
      last = { ...outcome, lang: checkedLang };
      return { outcome: 'checked', run: runOf(last) };
    },
    async markNotSame(port, cluster, pair, lang) {
      const pairs = await markNotSame(port, checked().data, cluster, await acting(port, lang), pair ?? undefined);
      return afterAction(port, notSameChange(pair ?? cluster.rows, pairs));
    },
    roster: (port) => readRoster(port),
    reviews(data, lang) {
      const { reviews, tiers } = reviewsOf(data, { today: today(), lang });
      return reviewsViewFrom(reviews, tiers, lang);
    },
    async createMissingReviews(port, data, lang) {
      return createReviewRows(port, data, { ...(await acting(port, lang)), today: today() });
    },
    showroomDay: (port, day, lang) => showroomDay(port, day, lang, today()),
    async generateRota(port, year, month, lang, write) {
      const who = write ? (await acting(port, lang)).who : undefined;
      return generateMonthRota(port, { year, month, today: today(), lang, write, who });
    },
    async updateReviewScores(port, lang) {
      const written = await updateScores(port, { today: today(), lang });
      return { rows: written?.rows ?? 0, formulas: written?.formulas ?? 0 };
    },
    financeQueue: (data, lang) => financeQueue(data, { today: today(), lang }),
    async fillFinance(port, data, row, field, value, lang) {
      await fillFinance(port, data, row, field, value, await acting(port, lang));
    },
    approvals: (data, lang) => approvalQueue(data, { today: today(), lang }),
    async approve(port, data, row, tier, lang) {
      await approveReview(port, data, row, tier, { ...(await acting(port, lang)), today: today() });
    },
  };
}
