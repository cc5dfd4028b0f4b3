/**
 * While the pane is open it listens to the Customers table (port.onTablesChanged): each batch of a
 * person's edits is checked at once (services.entry: the entry index of the last check, or of the
 * workbook as read at load) and its warnings shown; the add-in's own writes are not checked. With
 * the pane closed nothing listens: the next check finds what was typed.
 */
import * as React from 'react';
import type { Lang } from '../domain/schema';
import type { TableChangeEvent } from '../domain/changes';
import type { EntrySession, EntryWarning } from '../app/entry-check';
import type { WorkbookPort } from '../workbook/port';
import type { CheckRun, PaneServices } from './services';

/** Warnings kept on screen (newest first); older ones are the next check's. */
export const MAX_ENTRY_WARNINGS = 5;

export interface EntryWarningsState {
  warnings: EntryWarning[];
  /** Warnings beyond MAX_ENTRY_WARNINGS, dropped from the list. */
  more: number;
  /** Milliseconds from the edit's event to its warning on screen (the last one), for the playground's test. */
  latencyMs: number | null;
  dismiss: (w: EntryWarning) => void;
  jump: (w: EntryWarning) => void;
  ask: (w: EntryWarning) => void;
  /** The Pending row of the last warning sent to the supervisor. */
  asked: number | null;
}

export function useEntryWarnings(
  services: PaneServices,
  port: WorkbookPort,
  lang: Lang,
  run: CheckRun | null,
  onError: (e: unknown) => void,
): EntryWarningsState | null {
  const entry = services.entry;
  const [warnings, setWarnings] = React.useState<EntryWarning[]>([]);
  const [more, setMore] = React.useState(0);
  const [latencyMs, setLatency] = React.useState<number | null>(null);
  const [asked, setAsked] = React.useState<number | null>(null);
  const session = React.useRef<Promise<EntrySession | null> | null>(null);

  // the index: from the last check's data when there is one, else from the workbook as it is now
  React.useEffect(() => {
    if (!entry) return;
    session.current = entry.session(port, lang, run?.data ?? null).catch((e) => {
      onError(e);
      return null;
    });
  }, [entry, port, lang, run, onError]);

  React.useEffect(() => {
    if (!entry) return;
    let live = true;
    let queue: TableChangeEvent[] = [];
    let chain = Promise.resolve();
    const drain = async () => {
      if (!queue.length) return;
      const events = queue;
      queue = [];
      const started = performance.now();
      const s = await session.current;
      if (!s || !live) return;
      const { warnings: found } = await entry.check(port, s, events);
      if (!live || !found.length) return;
      setWarnings((old) => {
        const all = [...found.slice().reverse(), ...old.filter((w) => !found.some((f) => f.row === w.row))];
        setMore((m) => m + Math.max(0, all.length - MAX_ENTRY_WARNINGS));
        return all.slice(0, MAX_ENTRY_WARNINGS);
      });
      setLatency(Math.round(performance.now() - started));
    };
    const unsubscribe = port.onTablesChanged(['Customers'], (e) => {
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
  }, [entry, port, onError]);

  const dismiss = React.useCallback((w: EntryWarning) => setWarnings((old) => old.filter((x) => x !== w)), []);
  const jump = React.useCallback(
    (w: EntryWarning) => {
      const row = w.collisions[0]?.existing.row ?? w.row;
      port.select('Customers', [row]).catch(onError);
    },
    [port, onError],
  );
  const ask = React.useCallback(
    (w: EntryWarning) => {
      if (!entry) return;
      entry.askSupervisor(port, w, lang).then((n) => {
        setAsked(n);
        setWarnings((old) => old.filter((x) => x !== w));
      }, onError);
    },
    [entry, port, lang, onError],
  );
  return entry ? { warnings, more, latencyMs, dismiss, jump, ask, asked } : null;
}
