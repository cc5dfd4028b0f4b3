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
import type { ConflictView, IssueGroup, PlaceholderInput, PossibleView, SuspiciousView } from '../viewModel';
import { ownerLabel, summarise } from '../viewModel';
import type { SheetKey } from '../../domain/schema';
import { JumpRow, useStyles, type Tr } from './common';
import type { PendingAction } from './ActionDialogs';
import { TodaySection, type TodayState } from './TodaySection';

/** Long lists are cut so the pane stays quick on big workbooks; "show more" extends them. */
const PAGE = 30;

export interface CheckTabProps {
  tr: Tr;
  running: boolean;
  progress: { fraction: number; label: string; phase?: string } | null;
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
  onRun: () => void;
  onCancel: () => void;
  onJump: (sheet: SheetKey, rows: number[], field?: string) => void;
  onAction: (a: PendingAction) => void;
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
          {p.conflicts.length === 0 && <Text>{tr('pane.conflicts.none')}</Text>}
          <div className={styles.section} style={{ marginTop: 0 }} data-testid="conflict-list">
            {p.conflicts.slice(0, conflictLimit).map((v) => (
              <ConflictCard key={v.id} view={v} {...p} />
            ))}
          </div>
          <ShowMore tr={tr} hidden={p.conflicts.length - conflictLimit} onMore={setConflictLimit} />
        </section>
      )}
      {p.run && p.suspicious.length > 0 && <SuspiciousSection {...p} />}
      {p.run && p.possible.length > 0 && <PossibleSection {...p} />}
      {p.run && p.placeholders.length > 0 && <PlaceholderSection {...p} />}
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

/** "Show N more" under a list cut at `limit` items; shows PAGE more each time. Nothing when none are hidden. */
function ShowMore(props: {
  tr: Tr;
  hidden: number;
  onMore: React.Dispatch<React.SetStateAction<number>>;
  size?: 'small';
}): React.ReactElement | null {
  if (props.hidden <= 0) return null;
  return (
    <Button appearance="subtle" size={props.size} onClick={() => props.onMore((n) => n + PAGE)}>
      {props.tr('pane.list.more', { count: props.hidden })}
    </Button>
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

/** One customer row of a group or pair: row number, customer ID, name and owner. */
function CustomerRowText(props: {
  row: { row: number; customerId: string; name: string; owner: string; ownerName: string };
  tr: Tr;
}): React.ReactElement {
  const styles = useStyles();
  const { row: r, tr } = props;
  return (
    <>
      <Text size={200} className={styles.mono}>
        {tr('pane.conflict.rowLabel', { row: r.row })}
      </Text>{' '}
      <Text size={200} weight="semibold">
        {r.customerId}
      </Text>{' '}
      <Text size={200}>{r.name}</Text>
      <br />
      <Text size={200} className={styles.muted}>
        {tr('pane.conflict.ownerIs', { owner: ownerLabel(r.owner, r.ownerName) })}
      </Text>
    </>
  );
}

function ConflictCard(props: CheckTabProps & { view: ConflictView }): React.ReactElement {
  const styles = useStyles();
  const { view: v, tr } = props;
  const suggested = v.owners.find((o) => o.id === v.suggestedOwner);
  const primary = v.kind === 'conflict' ? ('resolve' as const) : ('merge' as const);
  return (
    <article
      className={styles.card}
      data-testid={`cluster-${v.id}`}
      data-group={v.id}
      data-kind={v.kind}
      data-customers={v.rows.map((r) => r.customerId).join(',')}
      data-rows={v.rows.map((r) => r.row).join(',')}
      aria-label={tr('pane.conflict.aria', { group: v.id })}
    >
      <div className={styles.cardTitle}>
        <Text weight="semibold">{v.id}</Text>
        <Badge appearance="tint" color={v.kind === 'conflict' ? 'danger' : 'warning'}>
          {tr(v.kind === 'conflict' ? 'pane.kind.conflict' : 'pane.kind.duplicate')}
        </Badge>
        <Text size={200}>{tr('pane.conflict.rows', { count: v.rows.length })}</Text>
      </div>
      <ul className={styles.list}>
        {v.rows.map((r) => {
          const key = `Customers:${r.row}`;
          return (
            <JumpRow
              key={r.row}
              testId={`jump-${v.id}-${r.row}`}
              label={tr('pane.jump.row', { row: r.row })}
              selected={props.selectedKey === key}
              onJump={() => props.onJump('Customers', [r.row])}
            >
              <CustomerRowText row={r} tr={tr} />
            </JumpRow>
          );
        })}
      </ul>
      {v.owners.length > 1 && (
        <Text size={200}>
          {tr('pane.conflict.owners', {
            owners: v.owners.map((o) => ownerLabel(o.id, o.name)).join(tr('pane.list.sep')),
          })}
        </Text>
      )}
      {v.reasons.length > 0 && (
        <ul className={styles.reasons}>
          {v.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      )}
      {v.warnings.map((w, i) => (
        <Text key={i} className={styles.warning}>
          {w}
        </Text>
      ))}
      {v.kind === 'conflict' && v.suggestedOwner && (
        <Text size={200} data-testid={`suggested-${v.id}`}>
          {tr('pane.conflict.suggested', { owner: ownerLabel(v.suggestedOwner, suggested?.name ?? '') })}
        </Text>
      )}
      <div className={styles.row}>
        <Button
          size="small"
          appearance="secondary"
          onClick={() =>
            props.onJump(
              'Customers',
              v.rows.map((r) => r.row),
            )
          }
          data-testid={`select-${v.id}`}
        >
          {tr('pane.conflict.selectAll')}
        </Button>
        {/* A conflict is resolved by picking the owner; a duplicate (one owner) can be merged. */}
        <Button
          size="small"
          appearance="primary"
          disabled={props.busy}
          onClick={() => props.onAction({ kind: primary, view: v })}
          data-testid={`${primary}-${v.id}`}
        >
          {tr(`pane.conflict.${primary}`)}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={props.busy}
          onClick={() => props.onAction({ kind: 'notSame', view: v })}
          data-testid={`notsame-${v.id}`}
        >
          {tr('pane.conflict.notSame')}
        </Button>
      </div>
    </article>
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
          {g.items.slice(0, limit).map((item) => (
            <JumpRow
              key={item.key}
              label={tr('pane.issue.where', { sheet: tr(`pane.sheet.${item.sheet}`), row: item.row })}
              selected={props.selectedKey === `${item.sheet}:${item.row}`}
              onJump={() => props.onJump(item.sheet, [item.row], item.field)}
            >
              {/* The message already says where (sheet, row, column); the row is in the aria-label. */}
              <Text size={200}>{item.message}</Text>
            </JumpRow>
          ))}
        </ul>
        <ShowMore tr={tr} hidden={g.items.length - limit} onMore={setLimit} size="small" />
      </AccordionPanel>
    </AccordionItem>
  );
}

/** A pair of customer rows (suspicious or possible): its rows, each a jump to the grid. */
function PairRows(props: CheckTabProps & { pair: SuspiciousView | PossibleView; prefix: string }): React.ReactElement {
  const styles = useStyles();
  const { tr, pair } = props;
  return (
    <ul className={styles.list}>
      {pair.rows.map((r) => (
        <JumpRow
          key={r.row}
          testId={`jump-${props.prefix}-${pair.key}-${r.row}`}
          label={tr('pane.jump.row', { row: r.row })}
          selected={props.selectedKey === `Customers:${r.row}`}
          onJump={() => props.onJump('Customers', [r.row])}
        >
          <CustomerRowText row={r} tr={tr} />
        </JumpRow>
      ))}
    </ul>
  );
}

/** A pair's actions: select both rows, or mark them "not the same customer". */
function PairActions(
  props: CheckTabProps & { pair: SuspiciousView | PossibleView; prefix: string },
): React.ReactElement {
  const styles = useStyles();
  const { tr, pair } = props;
  return (
    <div className={styles.row}>
      <Button
        size="small"
        appearance="secondary"
        onClick={() =>
          props.onJump(
            'Customers',
            pair.rows.map((r) => r.row),
          )
        }
        data-testid={`select-${props.prefix}-${pair.key}`}
      >
        {tr('pane.conflict.selectAll')}
      </Button>
      <Button
        size="small"
        appearance="primary"
        disabled={props.busy}
        onClick={() => props.onAction({ kind: 'notSame', view: pair.group })}
        data-testid={`notsame-${props.prefix}-${pair.key}`}
      >
        {tr('pane.conflict.notSame')}
      </Button>
    </div>
  );
}

/** Pairs sharing a phone or an ID that look like different people: shown, never merged; the supervisor confirms. */
function SuspiciousSection(props: CheckTabProps): React.ReactElement {
  const styles = useStyles();
  const { tr } = props;
  const [limit, setLimit] = React.useState(PAGE);
  return (
    <section className={styles.section} aria-label={tr('pane.suspicious.title')} data-testid="suspicious-section">
      <Subtitle2>{tr('pane.suspicious.title', { count: props.suspicious.length })}</Subtitle2>
      <Text size={200} className={styles.muted}>
        {tr('pane.suspicious.intro')}
      </Text>
      <div className={styles.section} style={{ marginTop: 0 }} data-testid="suspicious-list">
        {props.suspicious.slice(0, limit).map((s) => (
          <article
            key={s.key}
            className={styles.card}
            data-testid={`suspicious-${s.key}`}
            data-rows={s.rows.map((r) => r.row).join(',')}
            aria-label={tr('pane.suspicious.aria', { a: s.rows[0].row, b: s.rows[1].row })}
          >
            {/* A label, not a Badge: the sentence must wrap at 320 px. */}
            <Text weight="semibold" size={200} className={styles.warning}>
              {tr(s.why === 'idConflict' ? 'pane.suspicious.kind.idConflict' : 'pane.suspicious.kind.negative')}
            </Text>
            <PairRows {...props} pair={s} prefix="sus" />
            <Text size={200}>{s.message}</Text>
            <PairActions {...props} pair={s} prefix="sus" />
          </article>
        ))}
      </div>
      <ShowMore tr={tr} hidden={props.suspicious.length - limit} onMore={setLimit} />
    </section>
  );
}

/**
 * Possible duplicates: some evidence of one customer, not enough to merge (never merged), strongest
 * first, apart from the confirmed conflicts; each with its reasons and the "not the same customer" action.
 */
function PossibleSection(props: CheckTabProps): React.ReactElement {
  const styles = useStyles();
  const { tr } = props;
  const [limit, setLimit] = React.useState(PAGE);
  return (
    <section className={styles.section} aria-label={tr('pane.possible.title')} data-testid="possible-section">
      <Subtitle2>{tr('pane.possible.title', { count: props.possible.length })}</Subtitle2>
      <Text size={200} className={styles.muted}>
        {tr('pane.possible.intro')}
      </Text>
      <div className={styles.section} style={{ marginTop: 0 }} data-testid="possible-list">
        {props.possible.slice(0, limit).map((x) => (
          <article
            key={x.key}
            className={styles.card}
            data-testid={`possible-${x.key}`}
            data-rows={x.rows.map((r) => r.row).join(',')}
            aria-label={tr('pane.suspicious.aria', { a: x.rows[0].row, b: x.rows[1].row })}
          >
            <Text weight="semibold" size={200} className={styles.warning}>
              {tr('pane.possible.kind', { score: x.score })}
            </Text>
            <PairRows {...props} pair={x} prefix="pos" />
            <ul className={styles.list} data-testid={`possible-reasons-${x.key}`}>
              {x.reasons.map((reason) => (
                <li key={reason}>
                  <Text size={200}>{reason}</Text>
                </li>
              ))}
            </ul>
            <PairActions {...props} pair={x} prefix="pos" />
          </article>
        ))}
      </div>
      <ShowMore tr={tr} hidden={props.possible.length - limit} onMore={setLimit} />
    </section>
  );
}

/** Values typed for many customers (13800000000): ignored as evidence, and the pane says so. */
function PlaceholderSection(props: CheckTabProps): React.ReactElement {
  const styles = useStyles();
  const { tr } = props;
  const [limit, setLimit] = React.useState(PAGE);
  return (
    <section className={styles.section} aria-label={tr('pane.placeholders.title')} data-testid="placeholder-section">
      <Subtitle2>{tr('pane.placeholders.title', { count: props.placeholders.length })}</Subtitle2>
      <Text size={200} className={styles.muted}>
        {tr('pane.placeholders.intro')}
      </Text>
      <ul className={styles.list} data-testid="placeholder-list">
        {props.placeholders.slice(0, limit).map((ph) => (
          <li key={ph.key} className={styles.card} data-testid={`placeholder-${ph.key}`} data-count={ph.count}>
            <span className={styles.row}>
              <Badge appearance="filled" color="informative" size="small">
                {ph.count}
              </Badge>
              <Text size={200} weight="semibold" className={styles.mono}>
                {ph.value}
              </Text>
            </span>
            <Text size={200}>{ph.message}</Text>
          </li>
        ))}
      </ul>
      <ShowMore tr={tr} hidden={props.placeholders.length - limit} onMore={setLimit} />
    </section>
  );
}
