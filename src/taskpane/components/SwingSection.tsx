/**
 * The Reviews tab's abnormal swings: per dealer what happened in plain words under a small chart of its
 * months, the statistics behind it in a fold, and how swings are judged in another.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { SwingAlertView } from '../reviewsModel';
import { volumeBars } from '../reviewsModel';
import { useStyles, type Tr } from './common';

const CHART_W = 260;
const CHART_H = 44;

/** A fold that keeps numbers and method out of the way until someone asks for them. */
function Fold(props: { title: string; testId: string; children: React.ReactNode }): React.ReactElement {
  return (
    <Accordion collapsible>
      <AccordionItem value="open" data-testid={props.testId}>
        <AccordionHeader size="small">{props.title}</AccordionHeader>
        <AccordionPanel>{props.children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function AlertCard(props: { alert: SwingAlertView; tr: Tr }): React.ReactElement {
  const styles = useStyles();
  const { alert: a, tr } = props;
  const bars = volumeBars(a.months, CHART_W, CHART_H);
  const flagged = a.months.filter((m) => m.flagged).map((m) => m.month);
  return (
    <article className={styles.card} data-testid={`alert-${a.customerId}`}>
      <div className={styles.cardTitle}>
        <Text weight="semibold">{a.customerId}</Text>
        <Text>{a.name}</Text>
      </div>
      <Text size={300} data-testid={`alert-summary-${a.customerId}`}>
        {a.summary}
      </Text>
      <svg
        viewBox={`0 0 ${CHART_W} ${CHART_H}`}
        width="100%"
        height={CHART_H}
        preserveAspectRatio="none"
        role="img"
        aria-label={tr('pane.reviews.chartAria', { months: flagged.join(tr('pane.list.sep')) })}
      >
        {bars.map((b) => (
          <rect
            key={b.month}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={b.flagged ? tokens.colorPaletteRedBackground3 : tokens.colorNeutralStroke1}
          >
            <title>{tr('pane.reviews.barTitle', { month: b.month, value: b.value })}</title>
          </rect>
        ))}
      </svg>
      <Fold title={tr('pane.reviews.numbers')} testId={`alert-numbers-${a.customerId}`}>
        <Text size={200} className={styles.muted}>
          {a.explanation}
        </Text>
      </Fold>
    </article>
  );
}

export function SwingSection(props: { tr: Tr; alerts: SwingAlertView[]; method: string }): React.ReactElement {
  const styles = useStyles();
  const { tr } = props;
  return (
    <section className={styles.section} data-testid="swing-section">
      <Subtitle2>{tr('pane.reviews.alerts')}</Subtitle2>
      {props.alerts.length === 0 && <Text>{tr('pane.reviews.noAlerts')}</Text>}
      {props.alerts.map((a) => (
        <AlertCard key={a.customerId} alert={a} tr={tr} />
      ))}
      <Fold title={tr('pane.reviews.methodOpen')} testId="swing-method-fold">
        <Text size={200} className={styles.muted} data-testid="swing-method">
          {props.method}
        </Text>
      </Fold>
    </section>
  );
}
