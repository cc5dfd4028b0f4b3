/**
 * Restore from Archive, where a supervisor looks after a merge (the Check tab, under the conflicts):
 * the customers a merge archived, each with whom it was merged into, when and by whom, and a
 * "restore" action that calls the restore use case (audited; the pane checks again after it). The
 * result shows next to the row acted on, which stays listed with it.
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import type { Lang } from '../../domain/schema';
import { CUSTOMERS } from '../../domain/schema';
import { recogniseHeaders } from '../../domain/headers';
import type { WorkbookPort } from '../../workbook/port';
import type { ArchivedRow } from '../../app/archive';
import type { CheckRun, PaneServices } from '../services';
import { DateText, PAGE, ShowMore, useStyles, type Tr } from './common';

export interface ArchiveItem {
  key: string;
  customerId: string;
  name: string;
  mergedInto: string;
  /** 'yyyy-mm-dd hh:mm', local time. */
  at: string;
  who: string;
  /** Set once restored (or failed): shown next to the row, which then has no button. */
  result?: { intent: 'success' | 'error'; text: string };
}

const pad = (n: number) => String(n).padStart(2, '0');

function when(d: Date): string {
  if (Number.isNaN(+d)) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An archived row as the list shows it: its ID and name (from the row's own cells), into whom, when, who. */
export function archiveItem(row: ArchivedRow): ArchiveItem {
  const name = recogniseHeaders(CUSTOMERS, row.headers).columns.Name;
  const value = name === undefined ? null : row.cells[name]?.value;
  return {
    key: row.key,
    customerId: row.customerId,
    name: value === null || value === undefined ? '' : String(value),
    mergedInto: row.mergedInto,
    at: when(row.at),
    who: row.who,
  };
}

export interface ArchiveState {
  available: boolean;
  items: ArchiveItem[] | null;
  busyKey: string | null;
  restore: (item: ArchiveItem) => Promise<void>;
}

/**
 * The archived customers, listed again after every check (a merge archives, a restore takes back);
 * a row restored here stays in the list with its result until the pane is reopened.
 */
export function useArchive(opts: {
  services: PaneServices;
  port: WorkbookPort;
  lang: Lang;
  tr: Tr;
  run: CheckRun | null;
  onRun: (run: CheckRun) => void;
  busy: boolean;
}): ArchiveState {
  const { services, port, lang, tr, run, onRun } = opts;
  const [listed, setListed] = React.useState<ArchiveItem[] | null>(null);
  const [done, setDone] = React.useState<ArchiveItem[]>([]);
  const [busyKey, setBusyKey] = React.useState<string | null>(null);
  const available = Boolean(services.listArchived && services.restoreArchived);

  React.useEffect(() => {
    if (!available || !run) return;
    let live = true;
    services.listArchived!(port, lang)
      .then((rows) => live && setListed(rows.map(archiveItem)))
      .catch(() => live && setListed([]));
    return () => {
      live = false;
    };
  }, [available, services, port, lang, run]);

  const restore = async (item: ArchiveItem) => {
    setBusyKey(item.key);
    let result: ArchiveItem['result'];
    try {
      const outcome = await services.restoreArchived!(port, item.key, lang);
      result = { intent: 'success', text: tr('pane.archive.restored', { id: item.customerId || item.name }) };
      setDone((d) => [...d.filter((x) => x.key !== item.key), { ...item, result }]);
      if (outcome.outcome === 'checked') onRun(outcome.run);
    } catch (e) {
      result = {
        intent: 'error',
        text: tr('pane.archive.failed', {
          id: item.customerId || item.name,
          message: e instanceof Error ? e.message : String(e),
        }),
      };
      setDone((d) => [...d.filter((x) => x.key !== item.key), { ...item, result }]);
    } finally {
      setBusyKey(null);
    }
  };

  // The rows restored here keep their place among those still archived (newest merge first).
  const items =
    listed === null
      ? null
      : [...listed.filter((x) => !done.some((d) => d.key === x.key)), ...done].sort((a, b) =>
          a.at < b.at ? 1 : a.at > b.at ? -1 : a.key < b.key ? -1 : 1,
        );
  return { available, items, busyKey, restore };
}

export function ArchiveSection(props: { tr: Tr; state: ArchiveState; busy: boolean }): React.ReactElement | null {
  const styles = useStyles();
  const { tr, state } = props;
  const [limit, setLimit] = React.useState(PAGE);
  if (!state.available || state.items === null) return null;
  const items = state.items;
  return (
    <section className={styles.section} aria-label={tr('pane.archive.title')} data-testid="archive-section">
      <Subtitle2>{tr('pane.archive.title')}</Subtitle2>
      <Text size={200} className={styles.muted}>
        {tr('pane.archive.intro')}
      </Text>
      {items.length === 0 && <Text data-testid="archive-none">{tr('pane.archive.none')}</Text>}
      <ul className={styles.list} data-testid="archive-list">
        {items.slice(0, limit).map((item) => (
          <li key={item.key} className={styles.card} data-testid="archive-item" data-customer={item.customerId}>
            <Text weight="semibold">
              {tr('pane.archive.item', { id: item.customerId, name: item.name, into: item.mergedInto })}
            </Text>
            <Text size={200} className={styles.muted}>
              <DateText text={tr('pane.archive.when', { at: item.at, who: item.who })} />
            </Text>
            {item.result ? (
              <MessageBar
                intent={item.result.intent}
                layout="multiline"
                data-testid="archive-result"
                aria-live="polite"
              >
                <MessageBarBody>{item.result.text}</MessageBarBody>
              </MessageBar>
            ) : (
              <Button
                size="small"
                style={{ alignSelf: 'flex-start' }}
                disabled={props.busy || state.busyKey !== null}
                aria-label={tr('pane.archive.restoreLabel', { id: item.customerId || item.name })}
                onClick={() => void state.restore(item)}
                data-testid="archive-restore"
              >
                {tr('pane.archive.restore')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ShowMore tr={tr} hidden={items.length - limit} onMore={setLimit} size="small" />
    </section>
  );
}
