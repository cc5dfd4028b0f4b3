/**
 * Confirmation dialogs for the three user-data actions. Always Fluent dialogs:
 * inside Office, window.alert/confirm/prompt are stubs that throw.
 */
import * as React from 'react';
import { Radio, RadioGroup, Text } from '@fluentui/react-components';
import { ActionFrame } from './ActionFrame';
import type { ResolutionProposal } from '../../domain/merge-proposal';
import type { ResolveChoice } from '../../app/resolve-conflict';
import type { CardList, ConflictView } from '../viewModel';
import { ownerLabel } from '../viewModel';
import type { Tr } from './common';

/** Where an action started: the card (a group id or a pair key) in its list. */
export interface ActionOrigin {
  list: CardList;
  key: string;
}

export interface PendingAction {
  kind: 'resolve' | 'merge' | 'notSame';
  view: ConflictView;
  origin: ActionOrigin;
  /** The one-step dialog's pre-selections (resolve and merge), when the services propose them. */
  proposal?: ResolutionProposal;
}

export interface ActionChoice {
  owner?: string;
  keepRow?: number;
  /** null: the whole group */
  pair?: [number, number] | null;
  /** The one-step dialog's choice: kept row, values, owners, merge or only reassign. */
  settle?: ResolveChoice;
}

export function ActionDialog(props: {
  pending: PendingAction | null;
  busy: boolean;
  tr: Tr;
  onConfirm: (pending: PendingAction, choice: ActionChoice) => void;
  onCancel: () => void;
}): React.ReactElement | null {
  const { pending, tr } = props;
  const [value, setValue] = React.useState('');
  React.useEffect(() => {
    if (!pending) return;
    if (pending.kind === 'resolve') setValue(pending.view.suggestedOwner || pending.view.owners[0]?.id || '');
    else if (pending.kind === 'merge') setValue(String(pending.view.rows[0]?.row ?? ''));
    else setValue('group');
  }, [pending]);
  if (!pending) return null;
  const v = pending.view;

  let title = '';
  let body: React.ReactNode = null;
  let confirmLabel = '';
  if (pending.kind === 'resolve') {
    title = tr('pane.resolve.title', { group: v.id });
    confirmLabel = tr('pane.resolve.confirm');
    body = (
      <>
        <Text block>{tr('pane.resolve.body', { count: v.rows.length })}</Text>
        <RadioGroup value={value} onChange={(_, d) => setValue(d.value)} aria-label={tr('pane.resolve.pick')}>
          {v.owners.map((o) => (
            <Radio
              key={o.id}
              value={o.id}
              data-testid={`owner-${o.id}`}
              label={
                o.id === v.suggestedOwner
                  ? tr('pane.resolve.suggestedOption', { owner: ownerLabel(o.id, o.name) })
                  : ownerLabel(o.id, o.name)
              }
            />
          ))}
        </RadioGroup>
        <Text size={200}>{tr('pane.action.audited')}</Text>
      </>
    );
  } else if (pending.kind === 'merge') {
    title = tr('pane.merge.title', { group: v.id });
    confirmLabel = tr('pane.merge.confirm');
    body = (
      <>
        <Text block>{tr('pane.merge.body', { count: v.rows.length })}</Text>
        <RadioGroup value={value} onChange={(_, d) => setValue(d.value)} aria-label={tr('pane.merge.pick')}>
          {v.rows.map((r) => (
            <Radio
              key={r.row}
              value={String(r.row)}
              label={tr('pane.merge.keepOption', { row: r.row, id: r.customerId, name: r.name })}
            />
          ))}
        </RadioGroup>
        <Text size={200}>{tr('pane.action.audited')}</Text>
      </>
    );
  } else {
    title = tr('pane.notSame.title', { group: v.id });
    confirmLabel = tr('pane.notSame.confirm');
    body = (
      <>
        <Text block>{tr('pane.notSame.body')}</Text>
        <RadioGroup value={value} onChange={(_, d) => setValue(d.value)} aria-label={tr('pane.notSame.pick')}>
          <Radio value="group" label={tr('pane.notSame.wholeGroup', { count: v.rows.length })} />
          {v.pairs.length > 1 &&
            v.pairs.map(([a, b]) => (
              <Radio key={`${a}-${b}`} value={`${a}-${b}`} label={tr('pane.notSame.pairOption', { a, b })} />
            ))}
        </RadioGroup>
        <Text size={200}>{tr('pane.action.audited')}</Text>
      </>
    );
  }

  const confirm = () => {
    if (pending.kind === 'resolve') props.onConfirm(pending, { owner: value });
    else if (pending.kind === 'merge') props.onConfirm(pending, { keepRow: Number(value) });
    else {
      const m = /^(\d+)-(\d+)$/.exec(value);
      props.onConfirm(pending, { pair: m ? [Number(m[1]), Number(m[2])] : null });
    }
  };

  return (
    <ActionFrame
      tr={tr}
      title={title}
      confirmLabel={confirmLabel}
      canConfirm={Boolean(value)}
      busy={props.busy}
      onConfirm={confirm}
      onCancel={props.onCancel}
    >
      {body}
    </ActionFrame>
  );
}
