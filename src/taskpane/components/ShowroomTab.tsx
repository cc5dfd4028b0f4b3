/**
 * The 展厅 (Showroom) tab: for a chosen date, who is on duty and who leads in each showroom, who is
 * registered out, the calls and walk-ins, the car keys out and the week's work logs (their sections
 * in ShowroomRegisters, each with its sheet's findings); the month's rota (previewed, then appended
 * to the Duty sheet on a second click, audited); the Duty and Outings findings, each a jump to its
 * cell. The tab is a list of sections (SECTIONS).
 * State lives in useShowroomTab; Excel is reached only through the services and the port.
 */
import * as React from 'react';
import { Badge, Button, Field, Input, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatDay, parseDate } from '../../domain/normalise';
import { dayToYMD } from '../../domain/normalise/dates';
import type { SheetKey, Lang } from '../../domain/schema';
import type { ShowroomDayView, DayPerson } from '../../app/showroom-day';
import type { RotaResult } from '../../app/generate-rota';
import type { WorkbookPort } from '../../workbook/port';
import type { PaneServices } from '../services';
import { JumpRow, useStyles, type Tr } from './common';
import { CallsSection, KeysSection, VisitsSection, WorkLogsSection } from './ShowroomRegisters';

const useTabStyles = makeStyles({
  dateRow: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  room: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: '6px 8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  plan: { display: 'flex', flexDirection: 'column', gap: '4px', fontSize: tokens.fontSizeBase200 },
});

const FINDINGS_SHOWN = 30;

export interface ShowroomTabState {
  date: string;
  setDate: (s: string) => void;
  view: ShowroomDayView | null;
  plan: RotaResult | null;
  written: number | null;
  busy: boolean;
  preview: () => Promise<void>;
  write: () => Promise<void>;
  cancelPlan: () => void;
}

/** The tab's state: the date, the day read from the workbook, the rota preview and its writing. */
export function useShowroomTab(
  services: PaneServices,
  port: WorkbookPort,
  lang: Lang,
  fail: (e: unknown) => void,
  /** The tab is shown: the day is read then (and again when the date changes). */
  active: boolean,
): ShowroomTabState {
  const [date, setDate] = React.useState(() => formatDay(services.today()));
  const [view, setView] = React.useState<ShowroomDayView | null>(null);
  const [plan, setPlan] = React.useState<RotaResult | null>(null);
  const [written, setWritten] = React.useState<number | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [version, setVersion] = React.useState(0);
  const day = parseDate(date);

  React.useEffect(() => {
    if (!active || day === null || !services.showroomDay) return;
    let live = true;
    services
      .showroomDay(port, day, lang)
      .then((v) => live && setView(v))
      .catch(fail);
    return () => {
      live = false;
    };
  }, [services, port, lang, day, version, fail, active]);

  const month = (): [number, number] => {
    const [y, m] = dayToYMD(day ?? services.today());
    return [y, m];
  };
  const run = async (write: boolean) => {
    if (!services.generateRota) return;
    setBusy(true);
    try {
      const [y, m] = month();
      const res = await services.generateRota(port, y, m, lang, write);
      if (write) {
        setPlan(null);
        setWritten(res.written.length);
        setVersion((v) => v + 1);
      } else {
        setPlan(res);
        setWritten(null);
      }
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return {
    date,
    setDate: (s) => {
      setDate(s);
      setPlan(null);
      setWritten(null);
    },
    view,
    plan,
    written,
    busy,
    preview: () => run(false),
    write: () => run(true),
    cancelPlan: () => setPlan(null),
  };
}

const who = (p: DayPerson) => (p.name ? `${p.name} (${p.id})` : p.id);

export interface SectionProps {
  tr: Tr;
  lang: Lang;
  state: ShowroomTabState;
  busy: boolean;
  onJump: (sheet: SheetKey, rows: number[], field?: string) => void;
}

function DutySection({ tr, state, onJump }: SectionProps): React.ReactElement {
  const styles = useStyles();
  const own = useTabStyles();
  const duty = state.view?.duty ?? [];
  return (
    <>
      {duty.length === 0 && <Text data-testid="duty-none">{tr('pane.showroom.noDuty')}</Text>}
      <ul className={styles.list} data-testid="duty-list">
        {duty.map((d) => (
          <JumpRow
            key={d.showroom}
            testId="duty-room"
            label={tr('pane.showroom.jumpDuty', { showroom: d.showroom })}
            onJump={() => onJump('Duty', d.rows)}
          >
            <span className={own.room}>
              <Text weight="semibold">{d.showroom}</Text>
              <Text size={200} data-testid="duty-lead">
                {tr('pane.showroom.lead', { who: d.lead ? who(d.lead) : '—' })}
              </Text>
              <Text size={200} data-testid="duty-people">
                {tr('pane.showroom.people', { who: d.people.map(who).join(tr('pane.showroom.sep')) })}
              </Text>
            </span>
          </JumpRow>
        ))}
      </ul>
    </>
  );
}

function OutingsSection({ tr, state, onJump }: SectionProps): React.ReactElement {
  const styles = useStyles();
  const outings = state.view?.outings ?? [];
  return (
    <>
      {outings.length === 0 && <Text data-testid="outings-none">{tr('pane.showroom.noOutings')}</Text>}
      <ul className={styles.list} data-testid="outing-list">
        {outings.map((o) => (
          <JumpRow
            key={o.row}
            testId="outing-row"
            label={tr('pane.showroom.jumpOuting', { row: o.row })}
            onJump={() => onJump('Outings', [o.row])}
          >
            <Text size={200}>
              {who(o.person)} · {o.purpose}
              {o.customerId ? ` · ${o.customerId}` : ''}
            </Text>
          </JumpRow>
        ))}
      </ul>
    </>
  );
}

function RotaSection({ tr, state, busy }: SectionProps): React.ReactElement {
  const styles = useStyles();
  const own = useTabStyles();
  const { plan } = state;
  const rows = plan ? plan.showrooms.reduce((n, s) => n + s.rows.length, 0) : 0;
  return (
    <>
      <div className={styles.row}>
        <Button data-testid="rota-plan" disabled={busy} onClick={() => void state.preview()}>
          {tr('pane.showroom.plan')}
        </Button>
      </div>
      {plan && (
        <div className={own.plan} data-testid="rota-preview">
          <Text>
            {tr('pane.showroom.planSummary', { rows, month: `${plan.year}-${String(plan.month).padStart(2, '0')}` })}
          </Text>
          {plan.showrooms.map((s) => (
            <Text key={s.showroom} size={200} data-testid="rota-spread">
              {tr('pane.showroom.spread', {
                showroom: s.showroom,
                rows: s.rows.length,
                kept: s.keptDays.length,
                duty: s.dutySpread,
                lead: s.leadSpread,
              })}
              {s.short.length > 0 && ' ' + tr('pane.showroom.short', { n: s.short.length })}
            </Text>
          ))}
          <div className={styles.row}>
            <Button
              appearance="primary"
              data-testid="rota-write"
              disabled={busy || rows === 0}
              onClick={() => void state.write()}
            >
              {tr('pane.showroom.write', { rows })}
            </Button>
            <Button data-testid="rota-cancel" disabled={busy} onClick={state.cancelPlan}>
              {tr('pane.action.cancel')}
            </Button>
          </div>
        </div>
      )}
      {state.written !== null && (
        <Text data-testid="rota-written">{tr('pane.showroom.written', { rows: state.written })}</Text>
      )}
    </>
  );
}

function FindingsSection({ tr, state, onJump }: SectionProps): React.ReactElement {
  const styles = useStyles();
  const findings = state.view?.findings ?? [];
  return (
    <>
      {findings.length === 0 && <Text data-testid="findings-none">{tr('pane.showroom.noFindings')}</Text>}
      <ul className={styles.list} data-testid="showroom-findings">
        {findings.slice(0, FINDINGS_SHOWN).map((f, k) => (
          <JumpRow
            key={`${f.rule}-${f.row}-${k}`}
            testId="showroom-finding"
            label={f.message}
            onJump={() => onJump(f.sheet as SheetKey, [f.row], f.field ?? undefined)}
          >
            <span data-sheet={f.sheet} data-row={f.row} data-rule={f.rule} />
            <Badge size="small" appearance="tint" color={f.severity === 'error' ? 'danger' : 'warning'}>
              {tr(`severity.${f.severity}`)}
            </Badge>{' '}
            <Text size={200}>{f.message}</Text>
          </JumpRow>
        ))}
      </ul>
      {findings.length > FINDINGS_SHOWN && (
        <Text size={200}>{tr('pane.list.hidden', { count: findings.length - FINDINGS_SHOWN })}</Text>
      )}
    </>
  );
}

/** The tab's sections in order (their titles are pane.showroom.section.<id>). */
export const SECTIONS: ReadonlyArray<{ id: string; render: (p: SectionProps) => React.ReactElement }> = [
  { id: 'duty', render: DutySection },
  { id: 'calls', render: CallsSection },
  { id: 'visits', render: VisitsSection },
  { id: 'outings', render: OutingsSection },
  { id: 'keys', render: KeysSection },
  { id: 'worklogs', render: WorkLogsSection },
  { id: 'rota', render: RotaSection },
  { id: 'findings', render: FindingsSection },
];

export function ShowroomTab(props: {
  tr: Tr;
  lang: Lang;
  state: ShowroomTabState;
  available: boolean;
  busy: boolean;
  onJump: (sheet: SheetKey, rows: number[], field?: string) => void;
}): React.ReactElement {
  const styles = useStyles();
  const own = useTabStyles();
  const { tr, state } = props;
  if (!props.available) return <Text data-testid="showroom-tab">{tr('pane.showroom.unavailable')}</Text>;
  const busy = props.busy || state.busy;
  return (
    <div data-testid="showroom-tab">
      <div className={own.dateRow}>
        <Field label={tr('pane.showroom.date')}>
          <Input
            type="date"
            data-testid="showroom-date"
            value={state.date}
            onChange={(_, d) => state.setDate(d.value)}
          />
        </Field>
      </div>
      {SECTIONS.map(({ id, render: Section }) => (
        <section key={id} className={styles.section} data-testid={`showroom-section-${id}`}>
          <Subtitle2>{tr(`pane.showroom.section.${id}`)}</Subtitle2>
          <Section tr={tr} lang={props.lang} state={state} busy={busy} onJump={props.onJump} />
        </section>
      ))}
    </div>
  );
}
