/**
 * The task pane. It takes a WorkbookPort (Office.js in Excel, MemoryWorkbook in the
 * playground) and plain services; it never imports Office.
 */
import * as React from 'react';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  makeStyles,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang, SheetKey } from '../domain/schema';
import type { SetupReport, Settings, WorkbookPort } from '../workbook/port';
import type { CheckProgress, CheckRun, PaneServices } from './services';
import type { ReviewsView } from './reviewsModel';
import {
  conflictViews,
  groupIssuesByRule,
  overallProgress,
  phaseStep,
  placeholderViews,
  suspiciousViews,
  possibleViews,
} from './viewModel';
import { useTr } from './components/common';
import { CheckTab } from './components/CheckTab';
import { SetupTab } from './components/SetupTab';
import { SettingsTab } from './components/SettingsTab';
import { ReviewsTab } from './components/ReviewsTab';
import { ActionDialog, type ActionChoice, type PendingAction } from './components/ActionDialogs';
import { FirstWriteDialog } from './components/FirstWriteDialog';
import { useToday } from './components/TodaySection';
import type { FirstWritePlan } from '../app/check-workbook';

const useAppStyles = makeStyles({
  root: { padding: '8px 12px 24px', minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  header: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '8px' },
  tabs: { marginLeft: '-6px', flexWrap: 'wrap' },
  // Four tabs fit on one line at the pane's 320 px default width in both languages.
  tab: { paddingLeft: '6px', paddingRight: '6px', minWidth: 0 },
});

type TabId = 'check' | 'reviews' | 'setup' | 'settings';

export interface AppProps {
  port: WorkbookPort;
  /** Language from the host (Office.context.displayLanguage); a saved setting overrides it. */
  lang: Lang;
  services: PaneServices;
}

type Notice = { intent: 'success' | 'error' | 'info'; text: string } | null;

export function App({ port, lang: hostLang, services }: AppProps): React.ReactElement {
  const styles = useAppStyles();
  const [settings, setSettings] = React.useState<Partial<Settings>>({});
  const [settingsLoaded, setSettingsLoaded] = React.useState(false);
  const lang: Lang = settings.lang ?? hostLang;
  const tr = useTr(lang);
  const [tab, setTab] = React.useState<TabId>('check');
  const [running, setRunning] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<{ fraction: number; label: string; phase?: string } | null>(null);
  const [run, setRun] = React.useState<CheckRun | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [pending, setPending] = React.useState<PendingAction | null>(null);
  const [setupReport, setSetupReport] = React.useState<SetupReport | null>(null);
  const [selectedKey, setSelectedKey] = React.useState<string | null>(null);
  // The last check found no customer table: the pane says so instead of an all-clear.
  const [notRecognised, setNotRecognised] = React.useState(false);
  const [firstWrite, setFirstWrite] = React.useState<{ plan: FirstWritePlan; answer: (go: boolean) => void } | null>(
    null,
  );
  const abortRef = React.useRef<AbortController | null>(null);

  React.useEffect(() => {
    let live = true;
    port
      .loadSettings()
      .then((s) => live && setSettings(s))
      .catch(() => undefined)
      .finally(() => live && setSettingsLoaded(true));
    return () => {
      live = false;
    };
  }, [port]);

  const fail = React.useCallback(
    (e: unknown) =>
      setNotice({ intent: 'error', text: tr('pane.error', { message: e instanceof Error ? e.message : String(e) }) }),
    [tr],
  );

  const runCheck = React.useCallback(
    async (after?: string) => {
      const controller = new AbortController();
      abortRef.current = controller;
      setRunning(true);
      if (!after) setNotice(null);
      const onProgress = (p: CheckProgress) => {
        const what = tr(`pane.progress.${p.phase}`, { done: p.done, total: p.total });
        const label = tr('pane.progress.step', { ...phaseStep(p.phase), what });
        setProgress({ fraction: overallProgress(p.phase, p.done, p.total), label, phase: p.phase });
      };
      // Before the first check writes into the workbook, the user sees what it adds and decides.
      const confirmFirstWrite = (plan: FirstWritePlan) =>
        new Promise<boolean>((resolve) =>
          setFirstWrite({
            plan,
            answer: (go) => {
              setFirstWrite(null);
              resolve(go);
            },
          }),
        );
      setProgress({ fraction: 0, label: tr('pane.progress.start') });
      try {
        const outcome = await services.runCheck(port, lang, onProgress, controller.signal, confirmFirstWrite);
        setNotRecognised(outcome.outcome === 'notRecognised');
        if (outcome.outcome === 'checked') {
          setRun(outcome.run);
          setSelectedKey(null);
          if (after) setNotice({ intent: 'success', text: after });
        } else {
          setRun(null);
          if (outcome.outcome === 'declined') setNotice({ intent: 'info', text: tr('pane.check.declined') });
        }
      } catch (e) {
        if (controller.signal.aborted) setNotice({ intent: 'info', text: tr('pane.check.cancelled') });
        else fail(e);
      } finally {
        setRunning(false);
        setProgress(null);
        abortRef.current = null;
      }
    },
    [services, port, lang, tr, fail],
  );

  const jump = React.useCallback(
    (sheet: SheetKey, rows: number[], field?: string) => {
      setSelectedKey(rows.length === 1 ? `${sheet}:${rows[0]}` : null);
      port.select(sheet, rows, field).catch(fail);
    },
    [port, fail],
  );

  const confirmAction = async (p: PendingAction, choice: ActionChoice) => {
    setBusy(true);
    try {
      let done = '';
      let next: CheckRun | null = null;
      if (p.kind === 'resolve' && choice.owner) {
        next = await services.resolveConflict(port, p.view.source, choice.owner, lang);
        done = tr('pane.done.resolve', { group: p.view.id, owner: choice.owner });
      } else if (p.kind === 'merge' && choice.keepRow) {
        next = await services.mergeDuplicates(port, p.view.source, choice.keepRow, lang);
        done = tr('pane.done.merge', { group: p.view.id, row: choice.keepRow });
      } else if (p.kind === 'notSame') {
        next = await services.markNotSame(port, p.view.source, choice.pair ?? null, lang);
        done = tr('pane.done.notSame', { group: p.view.id });
      }
      setPending(null);
      setBusy(false);
      // The lists after the action come from the rows it touched; "run check" still checks everything.
      if (next) {
        setRun(next);
        setSelectedKey(null);
      }
      setNotice({ intent: 'success', text: done });
    } catch (e) {
      setPending(null);
      setBusy(false);
      fail(e);
    }
  };

  const doSetup = async () => {
    setBusy(true);
    setNotice(null);
    try {
      setSetupReport(await port.setup(lang));
      setNotice({ intent: 'success', text: tr('pane.setup.done') });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const saveSettings = async (s: Partial<Settings>) => {
    setBusy(true);
    try {
      const next = { ...settings, ...s };
      await port.saveSettings(next);
      setSettings(next);
      setNotice({ intent: 'success', text: tr('pane.settings.saved') });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const today = useToday(services, port, lang, run, fail);
  const conflicts = React.useMemo(() => (run ? conflictViews(run.clusters, run.data) : []), [run]);
  const suspicious = React.useMemo(() => (run ? suspiciousViews(run.suspicious, run.data) : []), [run]);
  const possible = React.useMemo(() => (run ? possibleViews(run.possible ?? [], run.data) : []), [run]);
  const placeholders = React.useMemo(() => (run ? placeholderViews(run.placeholders) : []), [run]);
  const groups = React.useMemo(
    () => (run ? groupIssuesByRule(run.issues, services.rules(), lang) : []),
    [run, services, lang],
  );
  const reviewsView = React.useMemo<ReviewsView | null>(() => {
    if (!run || !services.reviews) return null;
    try {
      return services.reviews(run.data, lang);
    } catch {
      return null;
    }
  }, [run, services, lang]);

  const createReviews = async () => {
    if (!run || !services.createMissingReviews) return;
    setBusy(true);
    try {
      const n = await services.createMissingReviews(port, run.data, lang);
      setBusy(false);
      await runCheck(tr('pane.reviews.created', { count: n }));
    } catch (e) {
      setBusy(false);
      fail(e);
    }
  };

  const updateScores = async () => {
    if (!services.updateReviewScores) return;
    setBusy(true);
    setNotice(null);
    try {
      const { rows, formulas } = await services.updateReviewScores(port, lang);
      setNotice({ intent: 'success', text: tr('pane.reviews.scoresWritten', { rows, formulas }) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en-US'}>
      <main className={styles.root} data-testid="pane" data-lang={lang}>
        <header className={styles.header}>
          <Title3 as="h1">{tr('app.name')}</Title3>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
            aria-label={tr('pane.tabs')}
          >
            <Tab className={styles.tab} value="check" data-testid="tab-check">
              {tr('pane.tab.check')}
            </Tab>
            <Tab className={styles.tab} value="reviews" data-testid="tab-reviews">
              {tr('pane.tab.reviews')}
            </Tab>
            <Tab className={styles.tab} value="setup" data-testid="tab-setup">
              {tr('pane.tab.setup')}
            </Tab>
            <Tab className={styles.tab} value="settings" data-testid="tab-settings">
              {tr('pane.tab.settings')}
            </Tab>
          </TabList>
        </header>
        {notice && (
          <MessageBar intent={notice.intent} style={{ marginBottom: 8 }} data-testid="notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {tab === 'check' && (
          <CheckTab
            tr={tr}
            running={running}
            progress={progress}
            run={run}
            today={today}
            notRecognised={notRecognised}
            onOpenSetup={() => setTab('setup')}
            conflicts={conflicts}
            suspicious={suspicious}
            possible={possible}
            placeholders={placeholders}
            groups={groups}
            busy={busy}
            onRun={() => void runCheck()}
            onCancel={() => abortRef.current?.abort()}
            onJump={jump}
            onAction={setPending}
            selectedKey={selectedKey}
          />
        )}
        {tab === 'reviews' && (
          <ReviewsTab
            tr={tr}
            view={reviewsView}
            available={Boolean(services.reviews)}
            busy={busy || running}
            onCreateMissing={() => void createReviews()}
            onUpdateScores={services.updateReviewScores ? () => void updateScores() : undefined}
          />
        )}
        {tab === 'setup' && (
          <SetupTab tr={tr} lang={lang} busy={busy || running} report={setupReport} onSetup={() => void doSetup()} />
        )}
        {tab === 'settings' && settingsLoaded && (
          <SettingsTab
            key={JSON.stringify(settings)}
            tr={tr}
            lang={lang}
            settings={settings}
            thresholds={services.thresholds(settings)}
            matchConfig={services.matchConfig}
            busy={busy || running}
            onSave={(s) => void saveSettings(s)}
          />
        )}
        <FirstWriteDialog
          plan={firstWrite?.plan ?? null}
          lang={lang}
          tr={tr}
          onAnswer={(go) => firstWrite?.answer(go)}
        />
        <ActionDialog
          pending={pending}
          busy={busy}
          tr={tr}
          onConfirm={(p, c) => void confirmAction(p, c)}
          onCancel={() => setPending(null)}
        />
      </main>
    </FluentProvider>
  );
}
