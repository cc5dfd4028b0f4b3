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
import type { AcceptAllPlan } from '../app/accept-all';
import type { CardList, PlacedResult } from './viewModel';
import { refocus, type Tr } from './components/common';
import { ownerLabel } from './viewModel';

export interface ActionsState {
  pending: PendingAction | null;
  busy: boolean;
  placed: PlacedResult | null;
  clearPlaced: () => void;
  open: (a: PendingAction) => void;
  cancel: () => void;
  confirm: (p: PendingAction, choice: ActionChoice) => Promise<void>;
  /** "Accept all suggestions": its preview while asked (merging duplicates too, or not). */
  acceptAll: { plan: AcceptAllPlan; merge: boolean } | null;
  openAcceptAll: () => void;
  setAcceptAllMerge: (merge: boolean) => void;
  confirmAcceptAll: () => Promise<void>;
}

/** The element the result was placed before, else the result itself: where focus goes after an action. */
export function afterResult(root: HTMLElement | null): HTMLElement | null {
  const result = root?.querySelector<HTMLElement>('[data-testid="action-result"]') ?? null;
  const next = result?.nextElementSibling;
  return next instanceof HTMLElement && next.tabIndex >= -1 && next.tagName === 'ARTICLE' ? next : result;
}

type Done = { next: CheckRun; text: string };

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

  const [acceptAll, setAcceptAll] = React.useState<ActionsState['acceptAll']>(null);

  const remember = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };

  const open = (a: PendingAction) => {
    remember();
    const settles = a.kind !== 'notSame' && services.proposeResolution && services.resolveGroup;
    setPending(settles ? { ...a, proposal: services.proposeResolution!(a.view.source) } : a);
  };

  const cancel = () => {
    setPending(null);
    setAcceptAll(null);
    refocus(() => opener.current);
  };

  const setAcceptAllMerge = (merge: boolean) => {
    if (services.planAcceptAll) setAcceptAll({ plan: services.planAcceptAll(merge), merge });
  };
  const openAcceptAll = () => {
    remember();
    setAcceptAllMerge(true);
  };

  const act = async (p: PendingAction, choice: ActionChoice): Promise<Done | null> => {
    const group = p.view.id;
    if (choice.settle && services.resolveGroup) {
      const next = await services.resolveGroup(port, p.view.source, choice.settle, lang);
      const { owner, merge, keepRow } = choice.settle;
      const ownerText = ownerLabel(owner, p.view.owners.find((o) => o.id === owner)?.name ?? '');
      const text = merge
        ? tr('pane.done.settleMerge', { group, row: keepRow, owner: ownerText })
        : tr('pane.done.resolve', { group, owner: ownerText });
      return { next, text };
    }
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

  /** Runs an action started from a list; its result goes where the card was, focus to the card after. */
  const perform = async (where: Omit<PlacedResult, 'intent' | 'text'>, work: () => Promise<Done | null>) => {
    setBusy(true);
    try {
      const done = await work();
      // The lists after the action come from the rows it touched; "run check" still checks everything.
      if (done) {
        opts.onRun(done.next);
        setPlaced({ ...where, intent: 'success', text: done.text });
      }
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setPlaced({ ...where, intent: 'error', text: tr('pane.error', { message }) });
    } finally {
      setPending(null);
      setAcceptAll(null);
      setBusy(false);
      refocus(() => afterResult(opts.root.current), true);
    }
  };

  const confirm = (p: PendingAction, choice: ActionChoice) => {
    const keys = opts.listed(p.origin.list);
    const following = keys.slice(keys.indexOf(p.origin.key) + 1);
    return perform({ list: p.origin.list, acted: p.origin.key, following }, () => act(p, choice));
  };

  /** Accept all: the result goes at the top of the conflict list. */
  const confirmAcceptAll = () => {
    const asked = acceptAll;
    if (!asked || !services.applyAcceptAll) return Promise.resolve();
    const keys = opts.listed('conflicts');
    return perform({ list: 'conflicts', acted: '', following: keys }, async () => {
      const next = await services.applyAcceptAll!(port, asked.plan, lang);
      const { groups, reassigned, merged } = asked.plan.totals;
      return { next, text: tr('pane.done.acceptAll', { groups, reassigned, merged }) };
    });
  };

  return {
    pending,
    busy,
    placed,
    clearPlaced: () => setPlaced(null),
    open,
    cancel,
    confirm,
    acceptAll,
    openAcceptAll,
    setAcceptAllMerge,
    confirmAcceptAll,
  };
}
