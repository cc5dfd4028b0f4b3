/**
 * The lists of pairs under the conflicts: pairs sharing a phone or ID that look like different people
 * (suspicious), possible duplicates (some evidence, not enough), and placeholder values typed for
 * many customers. None is ever merged; a pair can be marked "not the same customer".
 */
import * as React from 'react';
import { Badge, Button, Subtitle2, Text } from '@fluentui/react-components';
import type { SheetKey } from '../../domain/schema';
import type { CardList, PlaceholderInput, PlacedResult, PossibleView, SuspiciousView } from '../viewModel';
import type { PendingAction } from './ActionDialogs';
import { CardsWithResult } from './ActionResult';
import { CustomerRows, SelectRowsButton } from './ConflictCard';
import { DateText, ShowMore, PAGE, useStyles, type Tr } from './common';

export interface PairListProps {
  tr: Tr;
  busy: boolean;
  selectedKey: string | null;
  placed: PlacedResult | null;
  onJump: (sheet: SheetKey, rows: number[], field?: string) => void;
  onAction: (a: PendingAction) => void;
}

type Pair = SuspiciousView | PossibleView;

/** A pair's rows, each a jump to the grid. */
function PairRows(props: PairListProps & { pair: Pair; prefix: string }): React.ReactElement {
  return (
    <CustomerRows
      tr={props.tr}
      rows={props.pair.rows}
      testIdPrefix={`jump-${props.prefix}-${props.pair.key}`}
      selectedKey={props.selectedKey}
      onJump={props.onJump}
    />
  );
}

/** A pair's actions: select both rows, or mark them "not the same customer". */
function PairActions(props: PairListProps & { pair: Pair; prefix: string; list: CardList }): React.ReactElement {
  const styles = useStyles();
  const { tr, pair } = props;
  return (
    <div className={styles.row}>
      <SelectRowsButton
        tr={tr}
        rows={pair.rows.map((r) => r.row)}
        testId={`select-${props.prefix}-${pair.key}`}
        onJump={props.onJump}
      />
      <Button
        size="small"
        appearance="primary"
        disabled={props.busy}
        onClick={() =>
          props.onAction({ kind: 'notSame', view: pair.group, origin: { list: props.list, key: pair.key } })
        }
        data-testid={`notsame-${props.prefix}-${pair.key}`}
      >
        {tr('pane.conflict.notSame')}
      </Button>
    </div>
  );
}

/** A pair as a card: what kind of pair, its rows, what it says, its actions. */
function PairCard(
  props: PairListProps & { pair: Pair; prefix: 'sus' | 'pos'; list: CardList; kind: string; children: React.ReactNode },
): React.ReactElement {
  const styles = useStyles();
  const { tr, pair } = props;
  return (
    <article
      className={styles.card}
      tabIndex={-1}
      data-testid={`${props.list === 'suspicious' ? 'suspicious' : 'possible'}-${pair.key}`}
      data-rows={pair.rows.map((r) => r.row).join(',')}
      aria-label={tr('pane.suspicious.aria', { a: pair.rows[0].row, b: pair.rows[1].row })}
    >
      {/* A label, not a Badge: the sentence must wrap at 320 px. */}
      <Text weight="semibold" size={200} className={styles.warning}>
        {props.kind}
      </Text>
      <PairRows {...props} />
      {props.children}
      <PairActions {...props} />
    </article>
  );
}

/** Pairs sharing a phone or an ID that look like different people: shown, never merged; the supervisor confirms. */
export function SuspiciousSection(props: PairListProps & { pairs: SuspiciousView[] }): React.ReactElement {
  const styles = useStyles();
  const { tr, pairs } = props;
  const [limit, setLimit] = React.useState(PAGE);
  return (
    <section className={styles.section} aria-label={tr('pane.suspicious.title')} data-testid="suspicious-section">
      <Subtitle2>{tr('pane.suspicious.title', { count: pairs.length })}</Subtitle2>
      <Text size={200} className={styles.muted}>
        {tr('pane.suspicious.intro')}
      </Text>
      <div className={styles.section} style={{ marginTop: 0 }} data-testid="suspicious-list">
        <CardsWithResult list="suspicious" keys={pairs.map((s) => s.key)} placed={props.placed}>
          {pairs.slice(0, limit).map((s) => (
            <PairCard
              key={s.key}
              {...props}
              pair={s}
              prefix="sus"
              list="suspicious"
              kind={tr(s.why === 'idConflict' ? 'pane.suspicious.kind.idConflict' : 'pane.suspicious.kind.negative')}
            >
              <Text size={200}>
                <DateText text={s.message} />
              </Text>
            </PairCard>
          ))}
        </CardsWithResult>
      </div>
      <ShowMore tr={tr} hidden={pairs.length - limit} onMore={setLimit} />
    </section>
  );
}

/**
 * Possible duplicates: some evidence of one customer, not enough to merge (never merged), strongest
 * first, apart from the confirmed conflicts; each with its reasons and the "not the same customer" action.
 */
export function PossibleSection(props: PairListProps & { pairs: PossibleView[] }): React.ReactElement {
  const styles = useStyles();
  const { tr, pairs } = props;
  const [limit, setLimit] = React.useState(PAGE);
  return (
    <section className={styles.section} aria-label={tr('pane.possible.title')} data-testid="possible-section">
      <Subtitle2>{tr('pane.possible.title', { count: pairs.length })}</Subtitle2>
      <Text size={200} className={styles.muted}>
        {tr('pane.possible.intro')}
      </Text>
      <div className={styles.section} style={{ marginTop: 0 }} data-testid="possible-list">
        <CardsWithResult list="possible" keys={pairs.map((x) => x.key)} placed={props.placed}>
          {pairs.slice(0, limit).map((x) => (
            <PairCard
              key={x.key}
              {...props}
              pair={x}
              prefix="pos"
              list="possible"
              kind={tr('pane.possible.kind', { score: x.score })}
            >
              <ul className={styles.list} data-testid={`possible-reasons-${x.key}`}>
                {x.reasons.map((reason) => (
                  <li key={reason}>
                    <Text size={200}>
                      <DateText text={reason} />
                    </Text>
                  </li>
                ))}
              </ul>
            </PairCard>
          ))}
        </CardsWithResult>
      </div>
      <ShowMore tr={tr} hidden={pairs.length - limit} onMore={setLimit} />
    </section>
  );
}

/** Values typed for many customers (13800000000): ignored as evidence, and the pane says so. */
export function PlaceholderSection(props: {
  tr: Tr;
  placeholders: (PlaceholderInput & { key: string })[];
}): React.ReactElement {
  const styles = useStyles();
  const { tr, placeholders } = props;
  const [limit, setLimit] = React.useState(PAGE);
  return (
    <section className={styles.section} aria-label={tr('pane.placeholders.title')} data-testid="placeholder-section">
      <Subtitle2>{tr('pane.placeholders.title', { count: placeholders.length })}</Subtitle2>
      <Text size={200} className={styles.muted}>
        {tr('pane.placeholders.intro')}
      </Text>
      <ul className={styles.list} data-testid="placeholder-list">
        {placeholders.slice(0, limit).map((ph) => (
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
      <ShowMore tr={tr} hidden={placeholders.length - limit} onMore={setLimit} />
    </section>
  );
}
