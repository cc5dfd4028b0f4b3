/**
 * Finance's queue in the Reviews tab (财务部门提供相关信息与意见): the dealer review rows whose finance
 * columns are empty, oldest first, each with the suggested scores and the ledger facts behind them, and a
 * field per empty column; "write" puts the value in that cell (audited by the use case).
 */
import * as React from 'react';
import { Badge, Button, Input, Subtitle2, Text, makeStyles } from '@fluentui/react-components';
import type { FinanceItem, FinanceField } from '../../app/finance-queue';
import { useStyles as useCommonStyles, type Tr } from './common';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: '4px', paddingBottom: '8px' },
  entry: { display: 'flex', gap: '4px', alignItems: 'center', flexWrap: 'wrap' },
  input: { width: '120px' },
});

const SHOWN = 20;

/** The values typed per review row and field, until written. */
function useFinanceEntries() {
  const [values, setValues] = React.useState<Record<string, string>>({});
  const key = (row: number, field: string) => `${row}:${field}`;
  return {
    value: (row: number, field: string) => values[key(row, field)] ?? '',
    set: (row: number, field: string, v: string) => setValues((x) => ({ ...x, [key(row, field)]: v })),
  };
}

function percent(x: number | null): string {
  return x === null ? '—' : `${Math.round(x * 100)}%`;
}

export function FinanceSection(props: {
  tr: Tr;
  items: FinanceItem[] | null;
  busy: boolean;
  onFill: (row: number, field: FinanceField, value: string) => void;
}): React.ReactElement | null {
  const common = useCommonStyles();
  const styles = useStyles();
  const entries = useFinanceEntries();
  const { tr, items } = props;
  if (!items) return null;
  const suggestion = (it: FinanceItem, f: FinanceField) =>
    f === 'CreditScore' ? it.suggestedCreditScore : f === 'PaymentScore' ? it.suggestedPaymentScore : null;
  return (
    <section className={common.section} data-testid="finance-queue">
      <Subtitle2>
        {tr('pane.finance.title')}{' '}
        <Badge appearance="tint" size="small" color="informative">
          {items.length}
        </Badge>
      </Subtitle2>
      {items.length === 0 && <Text>{tr('pane.finance.none')}</Text>}
      {items.slice(0, SHOWN).map((it) => (
        <div key={it.row} className={styles.item} data-testid={`finance-row-${it.row}`}>
          <Text size={200}>
            <Text size={200} weight="semibold">
              {it.customerId}
            </Text>{' '}
            {it.customerName}{' '}
            <span className={common.muted}>
              {tr('pane.finance.where', { row: it.row, period: it.period, due: it.dueDate || '—' })}
            </span>
          </Text>
          <Text size={200} className={common.muted}>
            {tr('pane.finance.facts', {
              onTime: percent(it.onTimeRate),
              overdue: Math.round(it.overdueAmount).toLocaleString('en-US'),
            })}
          </Text>
          {it.missing.map((f) => {
            const s = suggestion(it, f);
            return (
              <div key={f} className={styles.entry}>
                <Text size={200}>{tr(`pane.finance.field.${f}`)}</Text>
                <Input
                  size="small"
                  className={styles.input}
                  value={entries.value(it.row, f)}
                  placeholder={s === null ? '' : String(s)}
                  onChange={(_, d) => entries.set(it.row, f, d.value)}
                  data-testid={`finance-input-${it.row}-${f}`}
                  aria-label={tr(`pane.finance.field.${f}`)}
                />
                {s !== null && (
                  <Text size={200} className={common.muted}>
                    {tr('pane.finance.suggested', { score: s })}
                  </Text>
                )}
                <Button
                  size="small"
                  disabled={props.busy || !(entries.value(it.row, f).trim() || s !== null)}
                  onClick={() => props.onFill(it.row, f, entries.value(it.row, f).trim() || String(s ?? ''))}
                  data-testid={`finance-write-${it.row}-${f}`}
                >
                  {tr('pane.finance.write')}
                </Button>
              </div>
            );
          })}
        </div>
      ))}
      {items.length > SHOWN && <Text size={200}>{tr('pane.list.hidden', { count: items.length - SHOWN })}</Text>}
    </section>
  );
}
