/**
 * The pane's state apart from checks and actions on conflicts: the workbook's settings (loaded once,
 * saved on request), the roster offered when the pane asks who is working, the lists a check's run
 * shows, and the tasks of the Reviews and Setup tabs. Each task says how it ended in the notice.
 */
import * as React from 'react';
import type { Lang } from '../domain/schema';
import type { SetupReport, Settings, WorkbookPort } from '../workbook/port';
import type { RosterPerson } from '../app/roster';
import type { CheckRun, PaneServices } from './services';
import type { ReviewsView } from './reviewsModel';
import type { Notice } from './useCheck';
import {
  conflictViews,
  groupIssuesByRule,
  ownerLabel,
  placeholderViews,
  possibleViews,
  suspiciousViews,
  type CardList,
} from './viewModel';
import type { Tr } from './components/common';

/** The settings saved in the workbook, and the roster's people. */
export function useWorkbookSettings(services: PaneServices, port: WorkbookPort) {
  const [settings, setSettings] = React.useState<Partial<Settings>>({});
  const [loaded, setLoaded] = React.useState(false);
  const [roster, setRoster] = React.useState<RosterPerson[]>([]);
  const loadRoster = React.useCallback(() => {
    services
      .roster?.(port)
      .then(setRoster)
      .catch(() => setRoster([]));
  }, [services, port]);
  React.useEffect(() => {
    let live = true;
    port
      .loadSettings()
      .then((s) => live && setSettings(s))
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    loadRoster();
    return () => {
      live = false;
    };
  }, [port, loadRoster]);
  return { settings, setSettings, loaded, roster, loadRoster };
}

/** A list the pane can do without: null when the workbook's tables do not allow it. */
function safely<T>(make: () => T): T | null {
  try {
    return make();
  } catch {
    return null;
  }
}

/** What the Check and Reviews tabs list for a run. */
export function useRunViews(run: CheckRun | null, services: PaneServices, lang: Lang) {
  const conflicts = React.useMemo(() => (run ? conflictViews(run.clusters, run.data) : []), [run]);
  const suspicious = React.useMemo(() => (run ? suspiciousViews(run.suspicious, run.data) : []), [run]);
  const possible = React.useMemo(() => (run ? possibleViews(run.possible ?? [], run.data) : []), [run]);
  const placeholders = React.useMemo(() => (run ? placeholderViews(run.placeholders) : []), [run]);
  const groups = React.useMemo(
    () => (run ? groupIssuesByRule(run.issues, services.rules(), lang) : []),
    [run, services, lang],
  );
  const reviews = React.useMemo<ReviewsView | null>(() => {
    if (!run || !services.reviews) return null;
    try {
      return services.reviews(run.data, lang);
    } catch {
      return null;
    }
  }, [run, services, lang]);
  const finance = React.useMemo(
    () => (run && services.financeQueue ? safely(() => services.financeQueue!(run.data, lang)) : null),
    [run, services, lang],
  );
  const approvals = React.useMemo(
    () => (run && services.approvals ? safely(() => services.approvals!(run.data, lang)) : null),
    [run, services, lang],
  );
  /** The keys of a list's cards, as shown now. */
  const listed = (list: CardList): string[] =>
    list === 'conflicts'
      ? conflicts.map((v) => v.id)
      : (list === 'suspicious' ? suspicious : possible).map((x) => x.key);
  /** An owner's ID with the name the conflict list shows for it. */
  const ownerText = React.useCallback(
    (id: string) => {
      const named = conflicts.flatMap((v) => v.owners).find((o) => o.id === id);
      return ownerLabel(id, named?.name ?? '');
    },
    [conflicts],
  );
  return { conflicts, suspicious, possible, placeholders, groups, reviews, finance, approvals, listed, ownerText };
}

/** The Setup, Settings and Reviews tasks: each runs with the pane busy and says how it ended. */
export function usePaneTasks(opts: {
  services: PaneServices;
  port: WorkbookPort;
  lang: Lang;
  tr: Tr;
  setNotice: (n: Notice) => void;
  fail: (e: unknown) => void;
  setBusy: (busy: boolean) => void;
  settings: Partial<Settings>;
  setSettings: (s: Partial<Settings>) => void;
  /** A check after a task that changed the rows (the review rows created). */
  recheck: (after: string) => Promise<void>;
}) {
  const { services, port, lang, tr, setNotice, fail, setBusy } = opts;
  const [setupReport, setSetupReport] = React.useState<SetupReport | null>(null);

  /** Runs a task with the pane busy; its result (a notice text) or its error is shown. */
  const task = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setNotice(null);
    try {
      const done = await work();
      if (done) setNotice({ intent: 'success', text: done });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const setup = (after?: () => void) =>
    task(async () => {
      setSetupReport(await port.setup(lang));
      after?.();
      return tr('pane.setup.done');
    });

  const saveSettings = (s: Partial<Settings>, doneText = tr('pane.settings.saved')) =>
    task(async () => {
      const next = { ...opts.settings, ...s };
      await port.saveSettings(next);
      opts.setSettings(next);
      return doneText;
    });

  const updateScores = () =>
    task(async () => {
      if (!services.updateReviewScores) return null;
      const { rows, formulas } = await services.updateReviewScores(port, lang);
      return tr('pane.reviews.scoresWritten', { rows, formulas });
    });

  /** Appends the missing review rows, then checks again so the lists show them. */
  const createReviews = async (data: CheckRun['data']) => {
    if (!services.createMissingReviews) return;
    let created: number | null = null;
    await task(async () => {
      created = await services.createMissingReviews!(port, data, lang);
      return null;
    });
    if (created !== null) await opts.recheck(tr('pane.reviews.created', { count: created }));
  };

  /** A review-row write (finance's value, the GM's approval), then a check again so the lists follow. */
  const reviewWrite = async (work: () => Promise<void>, after: string) => {
    let done = false;
    await task(async () => {
      await work();
      done = true;
      return null;
    });
    if (done) await opts.recheck(after);
  };
  const fillFinance = (data: CheckRun['data'], row: number, field: string, value: string) =>
    services.fillFinance &&
    reviewWrite(() => services.fillFinance!(port, data, row, field, value, lang), tr('pane.finance.written', { row }));
  const approve = (data: CheckRun['data'], row: number, tier: string) =>
    services.approve &&
    reviewWrite(() => services.approve!(port, data, row, tier, lang), tr('pane.approvals.done', { row, tier }));

  return { setupReport, setup, saveSettings, updateScores, createReviews, fillFinance, approve };
}
