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
import type { WorkbookPort } from '../workbook/port';
import type { PaneServices } from './services';
import { refocus, useTr } from './components/common';
import { CheckTab } from './components/CheckTab';
import { SetupTab } from './components/SetupTab';
import { SettingsTab } from './components/SettingsTab';
import { ReviewsTab } from './components/ReviewsTab';
import { ShowroomTab, useShowroomTab } from './components/ShowroomTab';
import { ActionDialog } from './components/ActionDialogs';
import { AcceptAllDialog } from './components/AcceptAllDialog';
import { ResolveDialog } from './components/ResolveDialog';
import { FirstWriteDialog } from './components/FirstWriteDialog';
import { FirstRunPanel } from './components/FirstRunPanel';
import { IAmCard } from './components/IAmCard';
import { useIAm } from './useIAm';
import { myConflicts, myIssueGroups, type StartView } from './myView';
import { useToday } from './components/TodaySection';
import { EntryWarnings } from './components/EntryWarnings';
import { useEntryWarnings } from './useEntryWarnings';
import { ArchiveSection, useArchive } from './components/ArchiveSection';
import { useChangeLog } from './useChangeLog';
import { useCheckRunner, type Notice } from './useCheck';
import { useActions } from './useActions';
import { usePaneTasks, useRunViews, useWorkbookSettings } from './usePaneTasks';

const useAppStyles = makeStyles({
  root: { padding: '8px 12px 24px', minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' },
  header: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '8px' },
  tabs: { marginLeft: '-6px', flexWrap: 'wrap' },
  // The tabs wrap onto a second line at the pane's 320 px default width when they must.
  tab: { paddingLeft: '6px', paddingRight: '6px', minWidth: 0 },
});

type TabId = 'check' | 'reviews' | 'showroom' | 'setup' | 'settings';
const TABS: TabId[] = ['check', 'reviews', 'showroom', 'setup', 'settings'];

export interface AppProps {
  port: WorkbookPort;
  /** Language from the host (Office.context.displayLanguage); a saved setting overrides it. */
  lang: Lang;
  services: PaneServices;
}

export function App({ port, lang: hostLang, services }: AppProps): React.ReactElement {
  const styles = useAppStyles();
  const rootRef = React.useRef<HTMLElement>(null);
  const { settings, setSettings, loaded: settingsLoaded, roster, loadRoster } = useWorkbookSettings(services, port);
  const lang: Lang = settings.lang ?? hostLang;
  const tr = useTr(lang);
  const [tab, setTabState] = React.useState<TabId>('check');
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [selectedKey, setSelectedKey] = React.useState<string | null>(null);
  // "Later" on the first-run panel puts it off for this session; a saved name ends it.
  const [welcomeLater, setWelcomeLater] = React.useState(false);

  const fail = React.useCallback(
    (e: unknown) =>
      setNotice({ intent: 'error', text: tr('pane.error', { message: e instanceof Error ? e.message : String(e) }) }),
    [tr],
  );
  const check = useCheckRunner(services, port, lang, tr, setNotice, fail);
  const views = useRunViews(check.run, services, lang);
  const actions = useActions({
    services,
    port,
    lang,
    tr,
    listed: views.listed,
    root: rootRef,
    onRun: (next) => {
      check.setRun(next);
      setSelectedKey(null);
    },
  });

  /** A check; focus comes back to the button that started it (a running check disables it). */
  const runCheck = async (after?: string) => {
    actions.clearPlaced();
    await check.runCheck(after);
    setSelectedKey(null);
    refocus(() => rootRef.current?.querySelector<HTMLElement>('[data-testid="run-check"]'));
  };
  const tasks = usePaneTasks({
    services,
    port,
    lang,
    tr,
    setNotice,
    fail,
    setBusy,
    settings,
    setSettings,
    recheck: runCheck,
  });

  /** Another tab: what the last one said is about that one, so it goes. */
  const setTab = (next: TabId) => {
    setTabState(next);
    setNotice(null);
    actions.clearPlaced();
  };

  const jump = React.useCallback(
    (sheet: SheetKey, rows: number[], field?: string) => {
      setSelectedKey(rows.length === 1 ? `${sheet}:${rows[0]}` : null);
      port.select(sheet, rows, field).catch(fail);
    },
    [port, fail],
  );

  const onStart = React.useCallback((view: StartView) => setTabState(view.tab), []);
  const iam = useIAm({ roster, run: check.run, port, lang, tr, onStart, fail });
  const mine = iam.my;
  const conflicts = React.useMemo(
    () => (mine ? myConflicts(views.conflicts, mine) : views.conflicts),
    [mine, views.conflicts],
  );
  const groups = React.useMemo(() => (mine ? myIssueGroups(views.groups, mine) : views.groups), [mine, views.groups]);

  const today = useToday(services, port, lang, check.run, fail);
  const showroom = useShowroomTab(services, port, lang, fail, tab === 'showroom');
  const entry = useEntryWarnings(services, port, lang, check.run, fail);
  const archive = useArchive({ services, port, lang, tr, run: check.run, onRun: check.setRun, busy });
  useChangeLog(services, port, lang, fail);
  const working = busy || actions.busy || check.running;
  const welcome = settingsLoaded && !settings.who && !welcomeLater;

  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en-US'}>
      <main
        className={styles.root}
        data-testid="pane"
        data-lang={lang}
        data-start={iam.start ? `${iam.start.tab}:${iam.start.section}` : ''}
        data-my-view={mine ? 'on' : 'off'}
        ref={rootRef}
      >
        <header className={styles.header}>
          <Title3 as="h1">{tr('app.name')}</Title3>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
            aria-label={tr('pane.tabs')}
          >
            {TABS.map((id) => (
              <Tab key={id} className={styles.tab} value={id} data-testid={`tab-${id}`}>
                {tr(`pane.tab.${id}`)}
              </Tab>
            ))}
          </TabList>
        </header>
        <IAmCard
          tr={tr}
          lang={lang}
          roster={roster}
          state={iam.state}
          busy={working}
          onPick={iam.pick}
          onMyView={iam.setMyView}
        />
        {welcome && (
          <FirstRunPanel
            tr={tr}
            lang={lang}
            roster={roster}
            busy={working}
            onSave={(who) => void tasks.saveSettings({ who }, tr('pane.welcome.saved', { who }))}
            onLater={() => setWelcomeLater(true)}
            onOpenTab={setTab}
          />
        )}
        {notice && (
          <MessageBar intent={notice.intent} style={{ marginBottom: 8 }} data-testid="notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {entry && <EntryWarnings state={entry} tr={tr} />}
        {tab === 'check' && (
          <CheckTab
            tr={tr}
            running={check.running}
            progress={check.progress}
            run={check.run}
            today={today}
            notRecognised={check.notRecognised}
            onOpenSetup={() => setTab('setup')}
            {...views}
            conflicts={conflicts}
            groups={groups}
            busy={busy || actions.busy}
            placed={actions.placed}
            onRun={() => void runCheck()}
            onCancel={check.cancel}
            onJump={jump}
            onAction={actions.open}
            onAcceptAll={services.planAcceptAll && services.applyAcceptAll ? actions.openAcceptAll : undefined}
            selectedKey={selectedKey}
          />
        )}
        {tab === 'check' && check.run && <ArchiveSection tr={tr} state={archive} busy={working} />}
        {tab === 'reviews' && (
          <ReviewsTab
            tr={tr}
            view={views.reviews}
            available={Boolean(services.reviews)}
            busy={working}
            onCreateMissing={() => check.run && void tasks.createReviews(check.run.data)}
            onUpdateScores={services.updateReviewScores ? () => void tasks.updateScores() : undefined}
            lang={lang}
            finance={views.finance}
            onFillFinance={(row, field, value) =>
              check.run && void tasks.fillFinance(check.run.data, row, field, value)
            }
            approvals={views.approvals}
            onApprove={(row, tier) => check.run && void tasks.approve(check.run.data, row, tier)}
          />
        )}
        {tab === 'showroom' && (
          <ShowroomTab
            tr={tr}
            lang={lang}
            state={showroom}
            available={Boolean(services.showroomDay)}
            busy={working}
            onJump={jump}
          />
        )}
        {tab === 'setup' && (
          <SetupTab
            tr={tr}
            lang={lang}
            busy={working}
            report={tasks.setupReport}
            onSetup={() => void tasks.setup(loadRoster)}
          />
        )}
        {tab === 'settings' && settingsLoaded && (
          <SettingsTab
            key={JSON.stringify(settings)}
            tr={tr}
            lang={lang}
            settings={settings}
            roster={roster}
            thresholds={services.thresholds(settings)}
            matchConfig={services.matchConfig}
            busy={working}
            onSave={(s) => void tasks.saveSettings(s)}
          />
        )}
        <FirstWriteDialog
          plan={check.firstWrite?.plan ?? null}
          lang={lang}
          tr={tr}
          onAnswer={(go) => check.firstWrite?.answer(go)}
        />
        {actions.pending?.proposal ? (
          <ResolveDialog
            key={actions.pending.view.id}
            view={actions.pending.view}
            proposal={actions.pending.proposal}
            lang={lang}
            tr={tr}
            busy={actions.busy}
            onConfirm={(settle) => actions.pending && void actions.confirm(actions.pending, { settle })}
            onCancel={actions.cancel}
          />
        ) : (
          <ActionDialog
            pending={actions.pending}
            busy={actions.busy}
            tr={tr}
            onConfirm={(p, c) => void actions.confirm(p, c)}
            onCancel={actions.cancel}
          />
        )}
        {actions.acceptAll && (
          <AcceptAllDialog
            tr={tr}
            plan={actions.acceptAll.plan}
            merge={actions.acceptAll.merge}
            ownerText={views.ownerText}
            busy={actions.busy}
            onMerge={actions.setAcceptAllMerge}
            onConfirm={() => void actions.confirmAcceptAll()}
            onCancel={actions.cancel}
          />
        )}
      </main>
    </FluentProvider>
  );
}
