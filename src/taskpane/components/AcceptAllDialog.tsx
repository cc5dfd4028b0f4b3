/**
 * "Accept all suggestions": a preview of what accepting every standing suggestion changes (rows whose
 * owner changes, groups merged and rows archived, groups left for a person and why), then one
 * audited batch. Merging the duplicates too is the default; without it only owners change.
 */
import * as React from 'react';
import { Checkbox, Text, makeStyles } from '@fluentui/react-components';
import { ActionFrame } from './ActionFrame';
import type { AcceptAllPlan } from '../../app/accept-all';
import { useStyles, type Tr } from './common';

const useDialogStyles = makeStyles({
  scroll: { maxHeight: '40vh', overflowY: 'auto' },
});

export function AcceptAllDialog(props: {
  tr: Tr;
  plan: AcceptAllPlan;
  merge: boolean;
  /** An owner's ID as the pane shows it (with the name). */
  ownerText: (id: string) => string;
  busy: boolean;
  onMerge: (merge: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}): React.ReactElement {
  const styles = useStyles();
  const own = useDialogStyles();
  const { tr, plan } = props;
  const t = plan.totals;
  return (
    <ActionFrame
      tr={tr}
      title={tr('pane.acceptAll.title')}
      confirmLabel={tr('pane.acceptAll.confirm', { count: t.groups })}
      confirmTestId="accept-all-confirm"
      canConfirm={t.groups > 0}
      busy={props.busy}
      maxWidth={560}
      testId="accept-all-preview"
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      <Checkbox
        checked={props.merge}
        onChange={(_, d) => props.onMerge(d.checked === true)}
        label={tr('pane.acceptAll.merge')}
        data-testid="accept-all-merge"
      />
      <Text data-testid="accept-all-totals">
        {t.groups === 0
          ? tr('pane.acceptAll.nothing')
          : tr(props.merge ? 'pane.acceptAll.totalsMerge' : 'pane.acceptAll.totals', {
              groups: t.groups,
              reassigned: t.reassigned,
              merged: t.merged,
              archived: t.archived,
            })}
      </Text>
      <ul className={`${styles.reasons} ${own.scroll}`} data-testid="accept-all-groups">
        {plan.groups.map((g) => (
          <li key={g.cluster.id} data-group={g.cluster.id}>
            {g.merge
              ? tr('pane.acceptAll.groupMerge', {
                  group: g.cluster.id,
                  row: g.merge.keepRow,
                  archived: g.merge.archived.length,
                  owner: props.ownerText(g.owner),
                })
              : tr('pane.acceptAll.groupReassign', {
                  group: g.cluster.id,
                  count: g.reassigned.length,
                  owner: props.ownerText(g.owner),
                })}
          </li>
        ))}
        {plan.skipped.map((s) => (
          <li key={`skip-${s.cluster.id}`} data-skipped={s.cluster.id} className={styles.warning}>
            {tr('pane.acceptAll.skipped', {
              group: s.cluster.id,
              reason: tr(`pane.acceptAll.skip.${s.reason}`),
            })}
          </li>
        ))}
      </ul>
      <Text size={200}>{tr('pane.action.audited')}</Text>
    </ActionFrame>
  );
}
