/**
 * The general manager's approvals in the Reviews tab (总经理进行审核，确定客户等级): the dealer reviews waiting
 * for a tier decision, each with the proposal, the score breakdown and the tier in use; "approve" writes the
 * chosen tier, the approver and the date, and carries the tier into the customer file. The use case refuses
 * anyone who is not the GM on the Staff sheet, and the pane shows why.
 */
import * as React from 'react';
import { Badge, Button, Dropdown, Option, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ApprovalItem } from '../../app/approvals';
import { CRITERIA, label, type Lang } from '../../domain/schema';
import { useStyles as useCommonStyles, type Tr } from './common';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: '4px', paddingBottom: '10px' },
  table: { width: '100%', fontSize: tokens.fontSizeBase200, borderCollapse: 'collapse' },
  right: { textAlign: 'right' },
  dropdown: { minWidth: '72px', width: '72px' },
});

const TIERS = ['A', 'B', 'C', 'D'];
const SHOWN = 20;

/** The tier chosen per review row (the proposal until someone picks another). */
function useChosenTiers() {
  const [chosen, setChosen] = React.useState<Record<number, string>>({});
  return {
    tierOf: (it: ApprovalItem) => chosen[it.row] ?? it.proposedTier ?? '',
    choose: (row: number, tier: string) => setChosen((x) => ({ ...x, [row]: tier })),
  };
}

function criterionLabel(key: string, lang: Lang): string {
  const c = CRITERIA.find((x) => x.key === key);
  return c ? label(c, lang) : key;
}

export function ApprovalsSection(props: {
  tr: Tr;
  lang: Lang;
  items: ApprovalItem[] | null;
  busy: boolean;
  onApprove: (row: number, tier: string) => void;
}): React.ReactElement | null {
  const common = useCommonStyles();
  const styles = useStyles();
  const tiers = useChosenTiers();
  const { tr, items } = props;
  if (!items) return null;
  return (
    <section className={common.section} data-testid="approvals">
      <Subtitle2>
        {tr('pane.approvals.title')}{' '}
        <Badge appearance="tint" size="small" color="informative">
          {items.length}
        </Badge>
      </Subtitle2>
      <Text size={200} className={common.muted}>
        {tr('pane.approvals.hint')}
      </Text>
      {items.length === 0 && <Text>{tr('pane.approvals.none')}</Text>}
      {items.slice(0, SHOWN).map((it) => (
        <div key={it.row} className={styles.item} data-testid={`approval-row-${it.row}`}>
          <Text size={200}>
            <Text size={200} weight="semibold">
              {it.customerId}
            </Text>{' '}
            {it.customerName}{' '}
            <span className={common.muted}>{tr('pane.approvals.where', { row: it.row, period: it.period })}</span>
          </Text>
          <Text size={200}>
            {tr('pane.approvals.proposal', {
              proposed: it.proposedTier ?? '—',
              total: it.total === null ? '—' : it.total.toFixed(1),
              previous: it.previousTier ?? '—',
            })}
            {!it.financeDone && <span className={common.warning}> {tr('pane.approvals.financeMissing')}</span>}
          </Text>
          <table className={styles.table}>
            <tbody>
              {it.breakdown.map((l) => (
                <tr key={l.criterion}>
                  <td>{criterionLabel(l.criterion, props.lang)}</td>
                  <td className={styles.right}>{l.score === null ? '—' : l.score.toFixed(0)}</td>
                  <td className={styles.right}>{l.effectiveWeight.toFixed(2)}</td>
                  <td className={styles.right}>{l.contribution.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className={common.row}>
            <Dropdown
              size="small"
              className={styles.dropdown}
              value={tiers.tierOf(it)}
              selectedOptions={[tiers.tierOf(it)]}
              onOptionSelect={(_, d) => d.optionValue && tiers.choose(it.row, d.optionValue)}
              aria-label={tr('pane.approvals.tier')}
              data-testid={`approval-tier-${it.row}`}
            >
              {TIERS.map((t) => (
                <Option key={t} value={t}>
                  {t}
                </Option>
              ))}
            </Dropdown>
            <Button
              appearance="primary"
              size="small"
              disabled={props.busy || !tiers.tierOf(it)}
              onClick={() => props.onApprove(it.row, tiers.tierOf(it))}
              data-testid={`approve-${it.row}`}
            >
              {tr('pane.approvals.approve')}
            </Button>
          </div>
        </div>
      ))}
      {items.length > SHOWN && <Text size={200}>{tr('pane.list.hidden', { count: items.length - SHOWN })}</Text>}
    </section>
  );
}
