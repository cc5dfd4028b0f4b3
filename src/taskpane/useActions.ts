/**
 * The actions on conflict groups and pairs, from the pane: the dialog that asks, the use case that
 * acts, and what the person sees after. The result shows where the card acted on was (before the
 * card that followed it), focus moves to that next card, and a cancelled dialog gives focus back to
 * the button that opened it.
 */
import * as React from 'react';
import type { Lang } from '../domain/schema';
import type { WorkbookPort } from '../workbook/port';
import type { CheckRun, PaneServices } from './services';
import type { ActionChoice, PendingAction } from './components/ActionDialogs';
import type { CardList, PlacedResult } from './viewModel';
import { refocus, type Tr } from './components/common';

export interface ActionsState {
  pending: PendingAction | null;
  busy: boolean;
  placed: PlacedResult | null;
  clearPlaced: () => void;
  open: (a: PendingAction) => void;
  cancel: () => void;
  confirm: (p: PendingAction, choice: ActionChoice) => Promise<void>;
}

/** The element the result was placed before, else the result itself: where focus goes after an action. */
export function afterResult(root: HTMLElement | null): HTMLElement | null {
  const result = root?.querySelector<HTMLElement>('[data-testid="action-result"]') ?? null;
  const next = result?.nextElementSibling;
  return next instanceof HTMLElement && next.tabIndex >= -1 && next.tagName === 'ARTICLE' ? next : result;
}

export function useActions(opts: {
  services: PaneServices;
  port: WorkbookPort;
  lang: Lang;
  tr: Tr;
  /** The keys of each list's cards as shown now, to place the result after an action. */
  listed: (list: CardList) => string[];
  onRun: (run: CheckRun) => void;
  root: React.RefObject<HTMLElement | null>;
}): ActionsState {
  const { services, port, lang, tr } = opts;
  const [pending, setPending] = React.useState<PendingAction | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [placed, setPlaced] = React.useState<PlacedResult | null>(null);
  const opener = React.useRef<HTMLElement | null>(null);

  const open = (a: PendingAction) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending(a);
  };

  const cancel = () => {
    setPending(null);
    refocus(() => opener.current);
  };

  const act = async (p: PendingAction, choice: ActionChoice): Promise<{ next: CheckRun; text: string } | null> => {
    const group = p.view.id;
    if (p.kind === 'resolve' && choice.owner) {
      const next = await services.resolveConflict(port, p.view.source, choice.owner, lang);
      return { next, text: tr('pane.done.resolve', { group, owner: choice.owner }) };
    }
    if (p.kind === 'merge' && choice.keepRow) {
      const next = await services.mergeDuplicates(port, p.view.source, choice.keepRow, lang);
      return { next, text: tr('pane.done.merge', { group, row: choice.keepRow }) };
    }
    if (p.kind === 'notSame') {
      const next = await services.markNotSame(port, p.view.source, choice.pair ?? null, lang);
      return { next, text: tr('pane.done.notSame', { group }) };
    }
    return null;
  };

  const confirm = async (p: PendingAction, choice: ActionChoice) => {
    const keys = opts.listed(p.origin.list);
    const where = { list: p.origin.list, acted: p.origin.key, following: keys.slice(keys.indexOf(p.origin.key) + 1) };
    setBusy(true);
    try {
      const done = await act(p, choice);
      // The lists after the action come from the rows it touched; "run check" still checks everything.
      if (done) {
        opts.onRun(done.next);
        setPlaced({ ...where, intent: 'success', text: done.text });
      }
    } catch (e) {
      setPlaced({
        ...where,
        intent: 'error',
        text: tr('pane.error', { message: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setPending(null);
      setBusy(false);
      refocus(() => afterResult(opts.root.current), true);
    }
  };

  return { pending, busy, placed, clearPlaced: () => setPlaced(null), open, cancel, confirm };
}
