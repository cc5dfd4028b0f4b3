/**
 * Running the check from the pane: progress by phase, cancel, the question before the first write,
 * and what the check found (or that it found no customer table). The lists after an action replace
 * the run through setRun.
 */
import * as React from 'react';
import type { Lang } from '../domain/schema';
import type { WorkbookPort } from '../workbook/port';
import type { FirstWritePlan } from '../app/check-workbook';
import type { CheckProgress, CheckRun, PaneServices } from './services';
import { overallProgress, phaseStep } from './viewModel';
import type { Tr } from './components/common';

export type Notice = { intent: 'success' | 'error' | 'info'; text: string } | null;

export interface CheckProgressView {
  fraction: number;
  label: string;
  phase?: string;
}

export interface CheckRunner {
  running: boolean;
  progress: CheckProgressView | null;
  run: CheckRun | null;
  setRun: (run: CheckRun) => void;
  /** The last check found no customer table: the pane says so instead of an all-clear. */
  notRecognised: boolean;
  /** The question before the first write into the workbook, while it is asked. */
  firstWrite: { plan: FirstWritePlan; answer: (go: boolean) => void } | null;
  /** Runs the check; `after` is the notice to show when it ends well (an action that re-checks). */
  runCheck: (after?: string) => Promise<void>;
  cancel: () => void;
}

export function useCheckRunner(
  services: PaneServices,
  port: WorkbookPort,
  lang: Lang,
  tr: Tr,
  setNotice: (n: Notice) => void,
  fail: (e: unknown) => void,
): CheckRunner {
  const [running, setRunning] = React.useState(false);
  const [progress, setProgress] = React.useState<CheckProgressView | null>(null);
  const [run, setRun] = React.useState<CheckRun | null>(null);
  const [notRecognised, setNotRecognised] = React.useState(false);
  const [firstWrite, setFirstWrite] = React.useState<CheckRunner['firstWrite']>(null);
  const abortRef = React.useRef<AbortController | null>(null);

  const runCheck = React.useCallback(
    async (after?: string) => {
      const controller = new AbortController();
      abortRef.current = controller;
      setRunning(true);
      if (!after) setNotice(null);
      const onProgress = (p: CheckProgress) => {
        const what = tr(`pane.progress.${p.phase}`, { done: p.done, total: p.total });
        const label = tr('pane.progress.step', { ...phaseStep(p.phase), what });
        setProgress({ fraction: overallProgress(p.phase, p.done, p.total), label, phase: p.phase });
      };
      // Before the first check writes into the workbook, the user sees what it adds and decides.
      const confirmFirstWrite = (plan: FirstWritePlan) =>
        new Promise<boolean>((resolve) =>
          setFirstWrite({
            plan,
            answer: (go) => {
              setFirstWrite(null);
              resolve(go);
            },
          }),
        );
      setProgress({ fraction: 0, label: tr('pane.progress.start') });
      try {
        const outcome = await services.runCheck(port, lang, onProgress, controller.signal, confirmFirstWrite);
        setNotRecognised(outcome.outcome === 'notRecognised');
        if (outcome.outcome === 'checked') {
          setRun(outcome.run);
          if (after) setNotice({ intent: 'success', text: after });
        } else {
          setRun(null);
          if (outcome.outcome === 'declined') setNotice({ intent: 'info', text: tr('pane.check.declined') });
        }
      } catch (e) {
        if (controller.signal.aborted) setNotice({ intent: 'info', text: tr('pane.check.cancelled') });
        else fail(e);
      } finally {
        setRunning(false);
        setProgress(null);
        abortRef.current = null;
      }
    },
    [services, port, lang, tr, fail, setNotice],
  );

  return {
    running,
    progress,
    run,
    setRun,
    notRecognised,
    firstWrite,
    runCheck,
    cancel: () => abortRef.current?.abort(),
  };
}
