/**
 * "今天 / Today": the daily check, the first thing the supervisor sees after a check. Per
 * salesperson the rows new, changed and removed since the chosen day (found by the checks on it
 * or later) and the records created or followed up on it, then the conflicts that involve a new
 * or changed row (新出现的冲突), apart from the older ones listed below; last, dealers' basic
 * information changes (DealerInfoList).
 */
import * as React from 'react';
import {
  Badge,
  Label,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import type { Lang, SheetKey } from '../../domain/schema';
import { formatDay, parseDate } from '../../domain/normalise';
import type { DailyReport } from '../../domain/daily';
import type { WorkbookPort } from '../../workbook/port';
import type { CheckRun, PaneServices } from '../services';
import type { PendingEntry } from '../../app/pending';
import { ownerLabel, staffNames } from '../viewModel';
import { JumpRow, useStyles, type Tr } from './common';
import { DealerInfoList } from './DealerInfoList';

const COUNTS = ['new', 'changed', 'removed', 'created', 'followedUp'] as const;

export interface TodayState {
  /** The day chosen (today unless the supervisor picked another). */
  day: number;
  today: number;
  report: DailyReport | null;
  setDay: (day: number) => void;
  /** StaffId -> name from the Staff sheet. */
  names: Map<string, string>;
  lang: Lang;
  /** The 待处理 sheet: entry warnings sent to the supervisor. */
  pending: PendingEntry[];
}

/** The report of the last check for the chosen day; back to today after every check. */
export function useToday(
  services: PaneServices,
  port: WorkbookPort,
  lang: Lang,
  run: CheckRun | null,
  onError: (e: unknown) => void,
): TodayState | null {
  const today = services.today();
  const [day, setDay] = React.useState(today);
  const [report, setReport] = React.useState<DailyReport | null>(null);
  const [pending, setPending] = React.useState<PendingEntry[]>([]);
  React.useEffect(() => setDay(today), [run, today]);
  React.useEffect(() => {
    let live = true;
    if (run && services.entry) services.entry.pending(port, lang).then((p) => live && setPending(p), onError);
    return () => {
      live = false;
    };
  }, [services, port, lang, run, onError]);
  React.useEffect(() => {
    let live = true;
    setReport(null);
    if (run && services.dailySummary) services.dailySummary(port, day, lang).then((r) => live && setReport(r), onError);
    return () => {
      live = false;
    };
  }, [services, port, lang, run, day, onError]);
  const names = React.useMemo(() => (run ? staffNames(run.data) : new Map<string, string>()), [run]);
  return run && services.dailySummary ? { day, today, report, setDay, names, lang, pending } : null;
}

const useTodayStyles = makeStyles({
  // A label and the input side by side, as wide as they need: Fluent's horizontal Field gives its label
  // 33% of the field, and with a date input that cannot shrink the row overflowed a 450 px pane by 3 px.
  picker: { display: 'flex', alignItems: 'center', columnGap: '4px', flexShrink: 0 },
  date: { maxWidth: '160px', minWidth: 0 },
});

/** The rows of a salesperson that are still in the sheet: new, changed, created, followed up. */
function ownerRows(report: DailyReport, owner: string): number[] {
  const rows = new Set<number>();
  for (const list of [report.new, report.changed, report.created, report.followedUp])
    for (const r of list) if (r.owner === owner) rows.add(r.row);
  return [...rows].sort((a, b) => a - b);
}

export function TodaySection(props: {
  state: TodayState;
  tr: Tr;
  onJump: (sheet: SheetKey, rows: number[]) => void;
}): React.ReactElement {
  const styles = useStyles();
  const { state, tr } = props;
  const { report } = state;
  const date = formatDay(state.day);
  const title = state.day === state.today ? tr('pane.today.title', { date }) : tr('pane.today.since', { date });
  return (
    <section className={styles.section} aria-label={title} data-testid="daily" data-day={date}>
      <div className={styles.row} style={{ justifyContent: 'space-between' }}>
        <Subtitle2>{title}</Subtitle2>
        <DayPicker state={state} tr={tr} />
      </div>
      {report && <TodayBody report={report} {...props} />}
      {state.pending.length > 0 && <PendingList pending={state.pending} tr={tr} onJump={props.onJump} />}
    </section>
  );
}

/** The entry conflicts sent to the supervisor (交主管处理), each a jump to its row. */
function PendingList(props: {
  pending: PendingEntry[];
  tr: Tr;
  onJump: (sheet: SheetKey, rows: number[]) => void;
}): React.ReactElement {
  const { pending, tr, onJump } = props;
  return (
    <div data-testid="daily-pending">
      <Text weight="semibold">{tr('daily.section.pending')}</Text>
      <ul style={{ margin: 0, padding: 0 }}>
        {pending.map((p, i) => {
          const text = tr('daily.pending', {
            at: p.at,
            who: p.who,
            row: p.row,
            customerId: p.customerId || p.existing,
            reason: p.reason,
          });
          return (
            <JumpRow key={i} label={text} onJump={() => onJump('Customers', [p.row])} testId="daily-pending-row">
              <Text size={200}>{text}</Text>
            </JumpRow>
          );
        })}
      </ul>
    </div>
  );
}

function DayPicker({ state, tr }: { state: TodayState; tr: Tr }): React.ReactElement {
  const styles = useTodayStyles();
  const id = React.useId();
  return (
    <div className={styles.picker}>
      <Label htmlFor={id} size="small">
        {tr('pane.today.day')}
      </Label>
      <Input
        id={id}
        className={styles.date}
        type="date"
        size="small"
        value={formatDay(state.day)}
        max={formatDay(state.today)}
        onChange={(_, d) => {
          const day = parseDate(d.value);
          if (day !== null && day <= state.today) state.setDay(day);
        }}
        data-testid="daily-date"
      />
    </div>
  );
}

function TodayBody(props: {
  report: DailyReport;
  state: TodayState;
  tr: Tr;
  onJump: (sheet: SheetKey, rows: number[]) => void;
}): React.ReactElement {
  const styles = useStyles();
  const { report, tr } = props;
  const counts = Object.fromEntries(COUNTS.map((k) => [k, report[k].length]));
  return (
    <>
      {report.baseline && (
        <MessageBar intent="info" layout="multiline" data-testid="daily-baseline">
          <MessageBarBody>{tr('pane.today.baseline', { count: report.customers })}</MessageBarBody>
        </MessageBar>
      )}
      <Text size={200} data-testid="daily-totals">
        {tr('pane.today.totals', counts)}
      </Text>
      {report.owners.length > 0 ? (
        <OwnerList {...props} />
      ) : (
        <Text size={200} className={styles.muted}>
          {tr('pane.today.nothing')}
        </Text>
      )}
      <NewConflicts {...props} />
      <DealerInfoList report={report} tr={tr} lang={props.state.lang} onJump={props.onJump} />
    </>
  );
}

/** One line per salesperson with the counts that are not zero; it jumps to their rows still in the sheet. */
function OwnerList(props: {
  report: DailyReport;
  state: TodayState;
  tr: Tr;
  onJump: (sheet: SheetKey, rows: number[]) => void;
}): React.ReactElement {
  const styles = useStyles();
  const { report, tr, state } = props;
  return (
    <ul className={styles.list} data-testid="daily-owners">
      {report.owners.map((o) => (
        <JumpRow
          key={o.owner}
          label={tr('pane.today.jumpOwner', { owner: o.owner || tr('pane.today.noOwner') })}
          onJump={() => props.onJump('Customers', ownerRows(report, o.owner))}
          testId={`daily-owner-${o.owner}`}
        >
          <Text size={200} weight="semibold">
            {o.owner ? ownerLabel(o.owner, state.names.get(o.owner) ?? '') : tr('pane.today.noOwner')}
          </Text>{' '}
          {COUNTS.filter((k) => o[k] > 0).map((k, n) => (
            <Text key={k} size={200} data-count={k}>
              {n > 0 ? ' · ' : ''}
              {tr(`pane.today.count.${k}`, { n: o[k] })}
            </Text>
          ))}
        </JumpRow>
      ))}
    </ul>
  );
}

function NewConflicts(props: {
  report: DailyReport;
  tr: Tr;
  onJump: (sheet: SheetKey, rows: number[]) => void;
}): React.ReactElement {
  const styles = useStyles();
  const { report, tr } = props;
  const sep = tr('pane.list.sep');
  return (
    <div className={styles.section} style={{ marginTop: 4 }}>
      <Text weight="semibold">{tr('pane.today.newConflicts', { count: report.newConflicts.length })}</Text>
      {report.newConflicts.length === 0 && !report.baseline && (
        <Text size={200} className={styles.muted}>
          {tr('pane.today.noNewConflicts')}
        </Text>
      )}
      <ul className={styles.list} data-testid="daily-new-conflicts">
        {report.newConflicts.map((c) => (
          <JumpRow
            key={c.id}
            label={tr('pane.today.jumpConflict', { id: c.id })}
            onJump={() => props.onJump('Customers', c.rows)}
            testId={`daily-conflict-${c.id}`}
          >
            <Badge appearance="tint" color={c.kind === 'conflict' ? 'danger' : 'informative'} size="small">
              {tr(`conflicts.kind.${c.kind}`)}
            </Badge>{' '}
            <Text size={200} weight="semibold">
              {c.id}
            </Text>{' '}
            <Text size={200}>
              {tr('pane.today.conflictRows', { rows: c.rows.join(sep), owners: [...new Set(c.owners)].join(sep) })}
            </Text>
            <br />
            <Text size={200} className={styles.muted}>
              {tr('pane.today.newRows', { rows: c.newRows.join(sep) })}
            </Text>
          </JumpRow>
        ))}
      </ul>
      {report.oldConflicts.length > 0 && (
        <Text size={200} className={styles.muted} data-testid="daily-old-conflicts">
          {tr('pane.today.oldConflicts', { count: report.oldConflicts.length })}
        </Text>
      )}
    </div>
  );
}
