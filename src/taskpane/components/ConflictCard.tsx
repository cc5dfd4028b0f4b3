/** A conflict or duplicate group as a card: its rows (each a jump to the grid), why, and its actions. */
import * as React from 'react';
import { Badge, Button, Text } from '@fluentui/react-components';
import type { SheetKey } from '../../domain/schema';
import type { ConflictView } from '../viewModel';
import { ownerLabel } from '../viewModel';
import type { PendingAction } from './ActionDialogs';
import { DateText, JumpRow, useStyles, type Tr } from './common';

/** One customer row of a group or pair: row number, customer ID, name and owner. */
export function CustomerRowText(props: {
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

/** A group's or a pair's customer rows, each a jump to its row in the grid. */
export function CustomerRows(props: {
  tr: Tr;
  rows: React.ComponentProps<typeof CustomerRowText>['row'][];
  /** Each row's test id is the prefix, a dash and the row. */
  testIdPrefix: string;
  selectedKey: string | null;
  onJump: (sheet: SheetKey, rows: number[]) => void;
}): React.ReactElement {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {props.rows.map((r) => (
        <JumpRow
          key={r.row}
          testId={`${props.testIdPrefix}-${r.row}`}
          label={props.tr('pane.jump.row', { row: r.row })}
          selected={props.selectedKey === `Customers:${r.row}`}
          onJump={() => props.onJump('Customers', [r.row])}
        >
          <CustomerRowText row={r} tr={props.tr} />
        </JumpRow>
      ))}
    </ul>
  );
}

/** "Select these N rows": selects a group's or a pair's rows in the grid (the button says how many). */
export function SelectRowsButton(props: {
  tr: Tr;
  rows: number[];
  testId: string;
  onJump: (sheet: SheetKey, rows: number[]) => void;
}): React.ReactElement {
  return (
    <Button
      size="small"
      appearance="secondary"
      onClick={() => props.onJump('Customers', props.rows)}
      data-testid={props.testId}
    >
      {props.tr('pane.conflict.selectRows', { count: props.rows.length })}
    </Button>
  );
}

export interface ConflictCardProps {
  tr: Tr;
  view: ConflictView;
  busy: boolean;
  selectedKey: string | null;
  onJump: (sheet: SheetKey, rows: number[], field?: string) => void;
  onAction: (a: PendingAction) => void;
}

export function ConflictCard(props: ConflictCardProps): React.ReactElement {
  const styles = useStyles();
  const { view: v, tr } = props;
  const suggested = v.owners.find((o) => o.id === v.suggestedOwner);
  const primary = v.kind === 'conflict' ? ('resolve' as const) : ('merge' as const);
  const origin = { list: 'conflicts' as const, key: v.id };
  return (
    <article
      className={styles.card}
      tabIndex={-1}
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
      <CustomerRows
        tr={tr}
        rows={v.rows}
        testIdPrefix={`jump-${v.id}`}
        selectedKey={props.selectedKey}
        onJump={props.onJump}
      />
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
            <li key={i}>
              <DateText text={reason} />
            </li>
          ))}
        </ul>
      )}
      {v.warnings.map((w, i) => (
        <Text key={i} className={styles.warning}>
          <DateText text={w} />
        </Text>
      ))}
      {v.kind === 'conflict' && v.suggestedOwner && (
        <Text size={200} data-testid={`suggested-${v.id}`}>
          {tr('pane.conflict.suggested', { owner: ownerLabel(v.suggestedOwner, suggested?.name ?? '') })}
        </Text>
      )}
      <div className={styles.row}>
        <SelectRowsButton tr={tr} rows={v.rows.map((r) => r.row)} testId={`select-${v.id}`} onJump={props.onJump} />
        {/* A conflict is resolved by picking the owner; a duplicate (one owner) can be merged. */}
        <Button
          size="small"
          appearance="primary"
          disabled={props.busy}
          onClick={() => props.onAction({ kind: primary, view: v, origin })}
          data-testid={`${primary}-${v.id}`}
        >
          {tr(`pane.conflict.${primary}`)}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={props.busy}
          onClick={() => props.onAction({ kind: 'notSame', view: v, origin })}
          data-testid={`notsame-${v.id}`}
        >
          {tr('pane.conflict.notSame')}
        </Button>
      </div>
    </article>
  );
}
