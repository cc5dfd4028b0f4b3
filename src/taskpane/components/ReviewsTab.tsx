/**
 * The Reviews tab: due/overdue reviews by kind, create missing rows, finance's queue, the GM's approvals,
 * score breakdowns, swing alerts.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReviewsView } from '../reviewsModel';
import { groupDueByKind } from '../reviewsModel';
import { SwingSection } from './SwingSection';
import { FinanceSection } from './FinanceSection';
import { ApprovalsSection } from './ApprovalsSection';
import type { FinanceItem } from '../../app/finance-queue';
import type { ApprovalItem } from '../../app/approvals';
import type { Lang } from '../../domain/schema';
import { useStyles, type Tr } from './common';

export function ReviewsTab(props: {
  tr: Tr;
  view: ReviewsView | null;
  available: boolean;
  busy: boolean;
  onCreateMissing: () => void;
  /** Writes the scores and live formulas into the Reviews sheet (absent: no button). */
  onUpdateScores?: () => void;
  lang?: Lang;
  /** Finance's queue (absent: no section). */
  finance?: FinanceItem[] | null;
  onFillFinance?: (row: number, field: string, value: string) => void;
  /** The GM's approvals (absent: no section). */
  approvals?: ApprovalItem[] | null;
  onApprove?: (row: number, tier: string) => void;
}): React.ReactElement {
  const styles = useStyles();
  const { tr, view } = props;
  if (!props.available) return <Text data-testid="reviews-tab">{tr('pane.reviews.unavailable')}</Text>;
  if (!view) return <Text data-testid="reviews-tab">{tr('pane.reviews.runFirst')}</Text>;
  const groups = groupDueByKind(view.due);
  return (
    <div data-testid="reviews-tab">
      <section className={styles.section} style={{ marginTop: 0 }}>
        <Subtitle2>{tr('pane.reviews.due')}</Subtitle2>
        {groups.length === 0 && <Text>{tr('pane.reviews.noneDue')}</Text>}
        <Accordion multiple collapsible>
          {groups.map((g) => (
            <AccordionItem key={g.kind} value={g.kind} data-testid={`due-${g.kind}`}>
              <AccordionHeader size="small">
                <span className={styles.row} style={{ gap: 4 }}>
                  <span>{tr(`pane.reviewKind.${g.kind}`)}</span>
                  <Badge appearance="tint" size="small" color="informative">
                    {g.items.length}
                  </Badge>
                  {g.overdue > 0 && (
                    <Badge appearance="filled" size="small" color="danger">
                      {tr('pane.reviews.overdueCount', { count: g.overdue })}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {g.items.slice(0, 50).map((d, i) => (
                    <li key={`${d.customerId}-${i}`} className={styles.jump} style={{ cursor: 'default' }}>
                      <Text size={200} weight="semibold">
                        {d.customerId}
                      </Text>{' '}
                      <Text size={200}>{d.name}</Text>
                      <br />
                      <Text size={200} className={d.overdue ? styles.warning : styles.muted}>
                        {tr(d.overdue ? 'pane.reviews.overdueOn' : 'pane.reviews.dueOn', { date: d.dueDate })}
                      </Text>{' '}
                      <Text size={200} className={styles.muted}>
                        {d.reason}
                      </Text>
                    </li>
                  ))}
                </ul>
                {g.items.length > 50 && (
                  <Text size={200}>{tr('pane.list.hidden', { count: g.items.length - 50 })}</Text>
                )}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={props.busy || view.missing === 0}
            onClick={props.onCreateMissing}
            data-testid="create-reviews"
          >
            {tr('pane.reviews.create', { count: view.missing })}
          </Button>
        </div>
      </section>

      {props.onFillFinance && (
        <FinanceSection tr={tr} items={props.finance ?? null} busy={props.busy} onFill={props.onFillFinance} />
      )}

      {props.onApprove && (
        <ApprovalsSection
          tr={tr}
          lang={props.lang ?? 'zh'}
          items={props.approvals ?? null}
          busy={props.busy}
          onApprove={props.onApprove}
        />
      )}

      <SwingSection tr={tr} alerts={view.alerts} method={view.method} />

      <section className={styles.section} data-testid="decision-flags">
        <Subtitle2>{tr('pane.reviews.flags')}</Subtitle2>
        {view.flags.length === 0 && <Text>{tr('pane.reviews.noFlags')}</Text>}
        {view.flags.length > 0 && (
          // Folded by default: a long list of approvals must not push the score breakdown out of sight.
          <Accordion collapsible>
            <AccordionItem value="flags">
              <AccordionHeader size="small">
                <span className={styles.row} style={{ gap: 4 }}>
                  <span>{tr('pane.reviews.flagsOpen')}</span>
                  <Badge appearance="filled" size="small" color="warning">
                    {view.flags.length}
                  </Badge>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {view.flags.slice(0, 50).map((f, i) => (
                    <li key={`${f.sheet}-${f.row}-${f.rule}-${i}`} data-testid={`flag-${f.rule}`}>
                      <Badge appearance="tint" size="small" color="warning">
                        {tr(`pane.reviews.flagSheet.${f.sheet}`, { row: f.row })}
                      </Badge>{' '}
                      <Text size={200}>{f.message}</Text>
                    </li>
                  ))}
                </ul>
                {view.flags.length > 50 && (
                  <Text size={200}>{tr('pane.list.hidden', { count: view.flags.length - 50 })}</Text>
                )}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        )}
      </section>

      <section className={styles.section}>
        <Subtitle2>{tr('pane.reviews.scores')}</Subtitle2>
        {props.onUpdateScores && (
          <div className={styles.row}>
            <Button
              appearance="secondary"
              disabled={props.busy || view.scores.length === 0}
              onClick={props.onUpdateScores}
              data-testid="update-scores"
            >
              {tr('pane.reviews.updateScores')}
            </Button>
            <Text size={200} className={styles.muted}>
              {tr('pane.reviews.updateScoresHint')}
            </Text>
          </div>
        )}
        {view.scores.length === 0 && <Text>{tr('pane.reviews.noScores')}</Text>}
        <Accordion multiple collapsible>
          {view.scores.map((s) => (
            <AccordionItem key={s.customerId} value={s.customerId} data-testid={`score-${s.customerId}`}>
              <AccordionHeader size="small">
                {/* Inline flow, so a long dealer name wraps under the badge instead of leaving it alone on a line. */}
                <span style={{ display: 'block' }}>
                  <Badge
                    appearance="filled"
                    size="small"
                    color={s.tier === 'A' ? 'success' : s.tier === 'D' ? 'danger' : 'brand'}
                  >
                    {s.tier}
                  </Badge>{' '}
                  {s.customerId} {s.name}{' '}
                  <span className={styles.muted}>{tr('pane.reviews.total', { score: s.total.toFixed(1) })}</span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <Text size={200} block>
                  {s.explanation}
                </Text>
                <table style={{ width: '100%', fontSize: tokens.fontSizeBase200, borderCollapse: 'collapse' }}>
                  <thead>
                    <tr>
                      <th style={{ textAlign: 'left' }}>{tr('pane.reviews.criterion')}</th>
                      <th style={{ textAlign: 'right' }}>{tr('pane.reviews.score')}</th>
                      <th style={{ textAlign: 'right' }}>{tr('pane.reviews.weight')}</th>
                      <th style={{ textAlign: 'right' }}>{tr('pane.reviews.points')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.parts.map((part) => (
                      <tr key={part.criterion}>
                        <td>{part.label}</td>
                        <td style={{ textAlign: 'right' }}>
                          {part.score === null ? tr('pane.reviews.noValue') : part.score.toFixed(0)}
                        </td>
                        <td style={{ textAlign: 'right' }}>{part.weight.toFixed(2)}</td>
                        <td style={{ textAlign: 'right' }}>{part.points.toFixed(1)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </section>
    </div>
  );
}
