/**
 * The entry-time warnings (issue 19), above the tabs: per edited row what collides (this phone
 * belongs to C000123 …) and the cells that break a rule, with "jump to the existing customer" and
 * "ask the supervisor" (交主管处理, a row in the 待处理 sheet).
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles } from '@fluentui/react-components';
import type { EntryWarningsState } from '../useEntryWarnings';
import type { Tr } from './common';

const useEntryStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '6px', marginBottom: '8px' },
  lines: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: '6px', rowGap: '4px', marginTop: '4px' },
});

export function EntryWarnings(props: { state: EntryWarningsState; tr: Tr }): React.ReactElement | null {
  const { state, tr } = props;
  const styles = useEntryStyles();
  if (!state.warnings.length && state.asked === null) return null;
  return (
    <section className={styles.root} aria-label={tr('entry.title')} aria-live="polite" data-testid="entry-warnings">
      {state.asked !== null && (
        <MessageBar intent="success" data-testid="entry-asked">
          <MessageBarBody>{tr('entry.asked', { row: state.asked })}</MessageBarBody>
        </MessageBar>
      )}
      {state.warnings.map((w) => (
        <MessageBar
          key={w.row}
          intent={w.collisions.length ? 'warning' : 'error'}
          layout="multiline"
          data-testid="entry-warning"
          data-latency-ms={state.latencyMs ?? undefined}
        >
          <MessageBarBody>
            <MessageBarTitle>{w.where}</MessageBarTitle>
            <div className={styles.lines}>
              {w.messages.map((m) => (
                <Text key={m} data-testid="entry-message">
                  {m}
                </Text>
              ))}
              {w.collisions.length > 0 && <Text size={200}>{tr('entry.todo')}</Text>}
            </div>
            <div className={styles.actions}>
              {w.collisions.length > 0 && (
                <Button size="small" appearance="primary" onClick={() => state.jump(w)} data-testid="entry-jump">
                  {tr('entry.jump')}
                </Button>
              )}
              {w.collisions.length > 0 && (
                <Button size="small" onClick={() => state.ask(w)} data-testid="entry-ask">
                  {tr('entry.ask')}
                </Button>
              )}
              <Button size="small" appearance="subtle" onClick={() => state.dismiss(w)}>
                {tr('entry.dismiss')}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ))}
      {state.more > 0 && <Text size={200}>{tr('entry.more', { n: state.more })}</Text>}
    </section>
  );
}
