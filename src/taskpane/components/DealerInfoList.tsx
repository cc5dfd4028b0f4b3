/**
 * The Today section's dealer information changes (regulations §5: 经销商客户基本信息的变化也应及时反映):
 * dealers whose basic fields the checks found changed, and the change log's entries of the chosen
 * day (who, when, old and new). Each jumps to the dealer's row. Nothing shows when there are none.
 */
import * as React from 'react';
import { Text } from '@fluentui/react-components';
import type { DailyReport } from '../../domain/daily';
import { CUSTOMERS, label, type Lang, type SheetKey } from '../../domain/schema';
import { JumpRow, useStyles, type Tr } from './common';

function fieldLabel(key: string, lang: Lang): string {
  const f = CUSTOMERS.fields.find((x) => x.key === key);
  return f ? label(f, lang) : key;
}

export function DealerInfoList(props: {
  report: DailyReport;
  tr: Tr;
  lang: Lang;
  onJump: (sheet: SheetKey, rows: number[]) => void;
}): React.ReactElement | null {
  const styles = useStyles();
  const { report, tr, lang } = props;
  if (!report.dealerInfo.length && !report.dealerInfoLogged.length) return null;
  const sep = tr('pane.list.sep');
  return (
    <div className={styles.section} style={{ marginTop: 4 }} data-testid="daily-dealer-info">
      <Text weight="semibold">{tr('pane.today.dealerInfo')}</Text>
      <Text size={200} className={styles.muted}>
        {tr('pane.today.dealerInfo.hint')}
      </Text>
      <ul className={styles.list}>
        {report.dealerInfo.map((r) => (
          <JumpRow
            key={`found-${r.row}`}
            label={tr('daily.row', { row: r.row, id: r.customerId, name: r.name, owner: r.owner })}
            onJump={() => props.onJump('Customers', [r.row])}
            testId={`daily-dealer-found-${r.row}`}
          >
            <Text size={200}>
              {tr('daily.row', { row: r.row, id: r.customerId, name: r.name, owner: r.owner })}
              {tr('daily.row.fields', { fields: (r.fields ?? []).map((k) => fieldLabel(k, lang)).join(sep) })}
            </Text>
          </JumpRow>
        ))}
        {report.dealerInfoLogged.map((d, n) => (
          <JumpRow
            key={`logged-${n}`}
            label={tr('daily.dealerInfoLogged', { ...d, id: d.customerId, field: fieldLabel(d.field, lang) })}
            onJump={() => props.onJump('Customers', [d.row])}
            testId={`daily-dealer-logged-${n}`}
          >
            <Text size={200}>
              {tr('daily.dealerInfoLogged', { ...d, id: d.customerId, field: fieldLabel(d.field, lang) })}
            </Text>
          </JumpRow>
        ))}
      </ul>
    </div>
  );
}
