/**
 * While the pane is open it listens to the Customers, Ledger and Reviews tables and writes each batch
 * of a person's edits to the Audit sheet (services.recordChanges, app/change-log). Batches are written
 * one after another, never two at once: each Audit row's chain hash is made from the row before it.
 * The add-in's own writes are not logged here (their use cases log them, with their reason). With the
 * pane closed nothing listens: the daily check still finds the changed rows.
 */
import * as React from 'react';
import type { TableChangeEvent } from '../domain/changes';
import type { Lang } from '../domain/schema';
import { LOGGED_SHEETS } from '../app/change-log';
import type { WorkbookPort } from '../workbook/port';
import type { PaneServices } from './services';

export function useChangeLog(
  services: PaneServices,
  port: WorkbookPort,
  lang: Lang,
  onError: (e: unknown) => void,
): void {
  const record = services.recordChanges;
  React.useEffect(() => {
    if (!record) return;
    let live = true;
    let queue: TableChangeEvent[] = [];
    let chain: Promise<void> = Promise.resolve();
    const drain = async () => {
      if (!queue.length || !live) return;
      const events = queue;
      queue = [];
      await record(port, events, lang);
    };
    const unsubscribe = port.onTablesChanged([...LOGGED_SHEETS], (e) => {
      if (e.source !== 'user') return;
      queue.push(e);
      chain = chain.then(drain).catch(onError);
    });
    unsubscribe.catch(onError);
    return () => {
      live = false;
      void unsubscribe.then(
        (stop) => stop(),
        () => undefined,
      );
    };
  }, [record, port, lang, onError]);
}
