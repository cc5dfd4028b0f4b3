/**
 * The 展厅 tab's register sections for the chosen date: the calls (来电登记) and walk-ins (来访登记)
 * recorded that day, the car keys out that day (车钥匙), and the work logs of that day's week
 * (工作周志, who has one, checked or not). Each lists its rows, a jump to each, and its sheet's
 * findings (all days), each a jump to its cell. Rendering only: the day comes from useShowroomTab.
 */
import * as React from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatDay } from '../../domain/normalise';
import { clockText } from '../../domain/operations/policy';
import { isoWeekText } from '../../domain/operations/week';
import type { Issue } from '../../domain/issues';
import type { SheetKey } from '../../domain/schema';
import type { DayContact, DayPerson } from '../../app/showroom-day';
import type { SectionProps } from './ShowroomTab';
import { JumpRow, useStyles, type Tr } from './common';

const useRegisterStyles = makeStyles({
  findings: { marginTop: '4px', fontSize: tokens.fontSizeBase200 },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

/** At most this many findings per section; the rest are counted. */
const SECTION_FINDINGS_SHOWN = 10;

const who = (p: DayPerson) => (p.id ? (p.name ? `${p.name} (${p.id})` : p.id) : '—');

/** A time of day, with the date in front when it is not the chosen day. */
function when(x: number, day: number): string {
  const d = Math.floor(x);
  const clock = clockText(Math.round((x - d) * 1440));
  return d === day ? clock : `${formatDay(d)} ${clock}`;
}

/** A section's findings (its sheet's, all days), each a jump to its cell. */
export function SectionFindings(props: {
  tr: Tr;
  id: string;
  findings: readonly Issue[];
  onJump: SectionProps['onJump'];
}): React.ReactElement {
  const styles = useStyles();
  const own = useRegisterStyles();
  const { tr, findings } = props;
  return (
    <div className={own.findings} data-testid={`${props.id}-findings`}>
      <Text size={200} weight="semibold">
        {findings.length ? tr('pane.showroom.sectionFindings') : tr('pane.showroom.noSectionFindings')}
      </Text>
      <ul className={styles.list}>
        {findings.slice(0, SECTION_FINDINGS_SHOWN).map((f, k) => (
          <JumpRow
            key={`${f.rule}-${f.row}-${k}`}
            testId={`${props.id}-finding`}
            label={f.message}
            onJump={() => props.onJump(f.sheet as SheetKey, [f.row], f.field ?? undefined)}
          >
            <span data-sheet={f.sheet} data-row={f.row} data-rule={f.rule} />
            <Badge size="small" appearance="tint" color={f.severity === 'error' ? 'danger' : 'warning'}>
              {tr(`severity.${f.severity}`)}
            </Badge>{' '}
            <Text size={200}>{f.message}</Text>
          </JumpRow>
        ))}
      </ul>
      {findings.length > SECTION_FINDINGS_SHOWN && (
        <Text size={200}>{tr('pane.list.hidden', { count: findings.length - SECTION_FINDINGS_SHOWN })}</Text>
      )}
    </div>
  );
}

function ContactList(props: {
  tr: Tr;
  id: 'calls' | 'visits';
  sheet: SheetKey;
  contacts: readonly DayContact[];
  onJump: SectionProps['onJump'];
}): React.ReactElement {
  const styles = useStyles();
  const { tr, id } = props;
  const one = id === 'calls' ? 'call' : 'visit';
  return (
    <>
      {props.contacts.length === 0 && (
        <Text data-testid={`${id}-none`}>
          {tr(id === 'calls' ? 'pane.showroom.noCalls' : 'pane.showroom.noVisits')}
        </Text>
      )}
      <ul className={styles.list} data-testid={`${one}-list`}>
        {props.contacts.map((c) => (
          <JumpRow
            key={c.row}
            testId={`${one}-row`}
            label={tr(id === 'calls' ? 'pane.showroom.jumpCall' : 'pane.showroom.jumpVisit', { row: c.row })}
            onJump={() => props.onJump(props.sheet, [c.row])}
          >
            <Text size={200} data-row={c.row}>
              {tr('pane.showroom.contact', {
                time: c.minutes === null ? '' : clockText(c.minutes),
                who: [c.name || tr('pane.showroom.anonymous'), c.phone].filter(Boolean).join(' '),
                by: who(c.recordedBy),
              })}
              {c.customerId ? tr('pane.showroom.contactCustomer', { customer: c.customerId }) : ''}
            </Text>
          </JumpRow>
        ))}
      </ul>
    </>
  );
}

export function CallsSection({ tr, state, onJump }: SectionProps): React.ReactElement {
  return (
    <>
      <ContactList tr={tr} id="calls" sheet="Calls" contacts={state.view?.calls ?? []} onJump={onJump} />
      <SectionFindings tr={tr} id="calls" findings={state.view?.sectionFindings.calls ?? []} onJump={onJump} />
    </>
  );
}

export function VisitsSection({ tr, state, onJump }: SectionProps): React.ReactElement {
  return (
    <>
      <ContactList tr={tr} id="visits" sheet="Visits" contacts={state.view?.visits ?? []} onJump={onJump} />
      <SectionFindings tr={tr} id="visits" findings={state.view?.sectionFindings.visits ?? []} onJump={onJump} />
    </>
  );
}

export function KeysSection({ tr, state, onJump }: SectionProps): React.ReactElement {
  const styles = useStyles();
  const keys = state.view?.keys ?? [];
  const day = state.view?.day ?? 0;
  return (
    <>
      {keys.length === 0 && <Text data-testid="keys-none">{tr('pane.showroom.noKeys')}</Text>}
      <ul className={styles.list} data-testid="key-list">
        {keys.map((k) => (
          <JumpRow
            key={k.row}
            testId="key-row"
            label={tr('pane.showroom.jumpKey', { row: k.row })}
            onJump={() => onJump('Keys', [k.row])}
          >
            <Text size={200} data-row={k.row}>
              {tr('pane.showroom.key', {
                vehicle: k.vehicle || '—',
                who: who(k.takenBy),
                since: when(k.takenAt, day),
                approver: k.approvedBy ? who(k.approvedBy) : tr('pane.showroom.noApprover'),
              })}
              {Number.isNaN(k.returnedAt)
                ? tr('pane.showroom.keyOut')
                : tr('pane.showroom.keyBack', { at: when(k.returnedAt, day) })}
            </Text>
          </JumpRow>
        ))}
      </ul>
      <SectionFindings tr={tr} id="keys" findings={state.view?.sectionFindings.keys ?? []} onJump={onJump} />
    </>
  );
}

export function WorkLogsSection({ tr, state, onJump }: SectionProps): React.ReactElement {
  const styles = useStyles();
  const own = useRegisterStyles();
  const view = state.view;
  const logs = view?.worklogs ?? [];
  return (
    <>
      {view && (
        <Text size={200} data-testid="worklog-week">
          {tr('pane.showroom.week', { week: isoWeekText(view.week), monday: formatDay(view.week) })}
        </Text>
      )}
      {logs.length === 0 && <Text data-testid="worklogs-none">{tr('pane.showroom.noWorklogs')}</Text>}
      <ul className={styles.list} data-testid="worklog-list">
        {logs.map((l) =>
          l.row === null ? (
            <li key={l.person.id} data-testid="worklog-row" data-state="none" className={own.missing}>
              <Text size={200}>{tr('pane.showroom.logNone', { who: who(l.person) })}</Text>
            </li>
          ) : (
            <JumpRow
              key={l.person.id}
              testId="worklog-row"
              label={tr('pane.showroom.jumpLog', { row: l.row })}
              onJump={() => onJump('WorkLogs', [l.row as number])}
            >
              <Text size={200} data-state={l.checkedBy ? 'checked' : 'unchecked'}>
                {l.checkedBy
                  ? tr('pane.showroom.logChecked', { who: who(l.person), by: who(l.checkedBy) })
                  : tr('pane.showroom.logUnchecked', { who: who(l.person) })}
              </Text>
            </JumpRow>
          ),
        )}
      </ul>
      <SectionFindings tr={tr} id="worklogs" findings={view?.sectionFindings.worklogs ?? []} onJump={onJump} />
    </>
  );
}
