/** The Check tab: run the check, see the summary, conflicts and issues, act on conflicts. */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import type { CheckRun } from '../services';
import type {
  CardList,
  ConflictView,
  IssueGroup,
  PlaceholderInput,
  PlacedResult,
  PossibleView,
  SuspiciousView,
} from '../viewModel';
import { summarise } from '../viewModel';
import type { SheetKey } from '../../domain/schema';
import type { CheckProgressView } from '../useCheck';
import { DateText, JumpRow, PAGE, ShowMore, useStyles, type Tr } from './common';
import type { PendingAction } from './ActionDialogs';
import { CardsWithResult } from './ActionResult';
import { ConflictCard } from './ConflictCard';
import { PlaceholderSection, PossibleSection, SuspiciousSection } from './PairSections';
import { TodaySection, type TodayState } from './TodaySection';

export interface CheckTabProps {
  tr: Tr;
  running: boolean;
  progress: CheckProgressView | null;
  run: CheckRun | null;
  /** The daily check after a check (the "Today" section), when the services provide it. */
  today?: TodayState | null;
  /** The last check found no customer table it recognises (nothing was written). */
  notRecognised: boolean;
  onOpenSetup: () => void;
  conflicts: ConflictView[];
  suspicious: SuspiciousView[];
  possible: PossibleView[];
  placeholders: (PlaceholderInput & { key: string })[];
  groups: IssueGroup[];
  busy: boolean;
  /** The last action's result, shown in its list where the card acted on was. */
  placed: PlacedResult | null;
  onRun: () => void;
  onCancel: () => void;
  onJump: (sheet: SheetKey, rows: number[], field?: string) => void;
  onAction: (a: PendingAction) => void;
  /** Opens "accept all suggestions" (its preview); absent when the services cannot. */
  onAcceptAll?: () => void;
  selectedKey: string | null;
}

export function CheckTab(p: CheckTabProps): React.ReactElement {
  const styles = useStyles();
  const { tr } = p;
  const [conflictLimit, setConflictLimit] = React.useState(PAGE);
  const summary = p.run ? summarise(p.run.issues, p.run.clusters) : null;

  return (
    <div data-testid="check-tab">
      <div className={styles.row}>
        <Button appearance="primary" disabled={p.running || p.busy} onClick={p.onRun} data-testid="run-check">
          {tr('pane.check.run')}
        </Button>
        {p.running && (
          <Button appearance="secondary" onClick={p.onCancel} data-testid="cancel-check">
            {tr('pane.check.cancel')}
          </Button>
        )}
      </div>
      {p.progress && (
        <Field
          validationMessage={p.progress.label}
          validationState="none"
          style={{ marginTop: 8 }}
          data-testid="progress"
          data-phase={p.progress.phase ?? ''}
        >
          <ProgressBar value={p.progress.fraction} max={1} thickness="large" aria-label={tr('pane.check.progress')} />
        </Field>
      )}
      {p.notRecognised && <NotRecognised tr={tr} onOpenSetup={p.onOpenSetup} />}
      {p.run && p.today && <TodaySection state={p.today} tr={tr} onJump={p.onJump} />}
      {summary && (
        <section className={styles.section} aria-label={tr('pane.summary.title')} data-testid="summary">
          <Subtitle2>{tr('pane.summary.title')}</Subtitle2>
          <div className={styles.summary}>
            <Stat value={summary.errors} label={tr('pane.summary.errors')} testId="stat-errors" />
            <Stat value={summary.warnings} label={tr('pane.summary.warnings')} testId="stat-warnings" />
            <Stat value={summary.conflicts} label={tr('pane.summary.conflicts')} testId="stat-conflicts" />
            <Stat value={summary.duplicates} label={tr('pane.summary.duplicates')} testId="stat-duplicates" />
          </div>
        </section>
      )}
      {p.run && (
        <section className={styles.section} aria-label={tr('pane.conflicts.title')}>
          <Subtitle2>{tr('pane.conflicts.title')}</Subtitle2>
          {p.conflicts.length === 0 && <Text data-testid="conflicts-none">{tr('pane.conflicts.none')}</Text>}
          {p.onAcceptAll && p.conflicts.length > 0 && (
            <Button
              appearance="primary"
              disabled={p.busy}
              onClick={p.onAcceptAll}
              style={{ alignSelf: 'flex-start' }}
              data-testid="accept-all"
            >
              {tr('pane.conflicts.acceptAll')}
            </Button>
          )}
          <div className={styles.section} style={{ marginTop: 0 }} data-testid="conflict-list">
            <CardsWithResult list="conflicts" keys={p.conflicts.map((v) => v.id)} placed={p.placed}>
              {p.conflicts.slice(0, conflictLimit).map((v) => (
                <ConflictCard key={v.id} view={v} {...p} />
              ))}
            </CardsWithResult>
          </div>
          <ShowMore tr={tr} hidden={p.conflicts.length - conflictLimit} onMore={setConflictLimit} />
        </section>
      )}
      {p.run && shown(p, 'suspicious', p.suspicious) && <SuspiciousSection {...p} pairs={p.suspicious} />}
      {p.run && shown(p, 'possible', p.possible) && <PossibleSection {...p} pairs={p.possible} />}
      {p.run && p.placeholders.length > 0 && <PlaceholderSection tr={tr} placeholders={p.placeholders} />}
      {p.run && (
        <section className={styles.section} aria-label={tr('pane.issues.title')}>
          <Subtitle2>{tr('pane.issues.title')}</Subtitle2>
          {p.groups.length === 0 && <Text>{tr('pane.issues.none')}</Text>}
          <Accordion multiple collapsible data-testid="issue-groups">
            {p.groups.map((g) => (
              <IssueGroupItem key={g.rule} group={g} {...p} />
            ))}
          </Accordion>
        </section>
      )}
    </div>
  );
}

/** A list's section shows while it has cards, and after an action emptied it, to show the result. */
const shown = (p: CheckTabProps, list: CardList, cards: readonly unknown[]) =>
  cards.length > 0 || p.placed?.list === list;

/** No customer table recognised: said in the CLI's words, with the way to set the workbook up. */
function NotRecognised(props: { tr: Tr; onOpenSetup: () => void }): React.ReactElement {
  const { tr } = props;
  return (
    <MessageBar intent="warning" layout="multiline" style={{ marginTop: 8 }} data-testid="not-recognised">
      <MessageBarBody>
        <Text block>{tr('check.notRecognised', { where: tr('check.notRecognised.workbook') })}</Text>
        <Text block style={{ marginTop: 4 }}>
          {tr('pane.notRecognised.setup')}
        </Text>
        <Button
          appearance="primary"
          size="small"
          style={{ marginTop: 8 }}
          onClick={props.onOpenSetup}
          data-testid="open-setup"
        >
          {tr('pane.notRecognised.openSetup')}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}

function Stat(props: { value: number; label: string; testId: string }): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.stat} data-testid={props.testId}>
      <span className={styles.statValue}>{props.value}</span>
      <span className={styles.muted}>{props.label}</span>
    </div>
  );
}

function IssueGroupItem(props: CheckTabProps & { group: IssueGroup }): React.ReactElement {
  const styles = useStyles();
  const { group: g, tr } = props;
  const [limit, setLimit] = React.useState(PAGE);
  return (
    <AccordionItem value={g.rule} data-testid={`issue-group-${g.rule}`}>
      <AccordionHeader size="small">
        <span className={styles.row} style={{ gap: 4 }}>
          <Badge appearance="filled" color={g.severity === 'error' ? 'danger' : 'warning'} size="small">
            {g.items.length}
          </Badge>
          <span>{g.title}</span>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list}>
          {g.items.slice(0, limit).map((item) => {
            const sheet = item.sheet;
            // The change log's broken chain: the message says which row; the pane jumps only into tables.
            if (sheet === 'Audit')
              return (
                <li key={item.key} data-testid="issue-audit-chain">
                  <Text size={200}>{item.message}</Text>
                </li>
              );
            return (
              <JumpRow
                key={item.key}
                label={tr('pane.issue.where', { sheet: tr(`pane.sheet.${sheet}`), row: item.row })}
                selected={props.selectedKey === `${sheet}:${item.row}`}
                onJump={() => props.onJump(sheet, [item.row], item.field)}
              >
                {/* The message already says where (sheet, row, column); the row is in the aria-label. */}
                <Text size={200}>
                  <DateText text={item.message} />
                </Text>
              </JumpRow>
            );
          })}
        </ul>
        <ShowMore tr={tr} hidden={g.items.length - limit} onMore={setLimit} size="small" />
      </AccordionPanel>
    </AccordionItem>
  );
}
