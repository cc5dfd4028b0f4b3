/**
 * Check a workbook: the one assembly of a check for the pane, the playground and the CLI.
 *
 *  1. read the workbook's settings once (thresholds, staleDays), its tables, and the
 *     supervisor's "not the same customer" decisions;
 *  2. refuse a workbook whose customer file it does not recognise: nothing is written and the
 *     host says so (never "0 errors, no conflicts" about a table it never saw);
 *  3. before the first check writes into a workbook, ask the host (the pane asks the user);
 *  4. ONE engine run (validation, then matching with the saved thresholds), pausing between the
 *     two so the pane can paint its progress and stop on a cancel;
 *  4b. verify the Audit sheet's hash chain (a tampered log is an issue like any other);
 *  5. write the status columns, formats, Issues and Conflicts sheets (unless asked not to),
 *     then, only once that is written, the customer snapshot the daily check compares with.
 *
 * It returns what a later step needs: the data read, the engine's result and the settings used.
 */
import type { Lang, SheetKey } from '../domain/schema';
import { SHEET_BY_KEY } from '../domain/schema';
import type { WorkbookData } from '../domain/table';
import { checkSteps, customersRecognised, type CheckResult } from '../domain/engine';
import type { WorkbookPort } from '../workbook/port';
import type { Issue } from '../domain/issues';
import { applyCheckResult } from './apply-check-result';
import { auditChainIssues } from './audit-chain-check';
import { loadNotSame, type NotSamePair } from './not-same';
import { readSettings, type WorkbookSettings } from './settings';
import { storeSnapshot, type DailyState } from './snapshot';

export type CheckPhase = 'read' | 'validate' | 'match' | 'write';

export interface CheckProgress {
  phase: CheckPhase;
  done: number;
  total: number;
}

/** What the first check adds to a workbook, for the host to show before it does. */
export interface FirstWritePlan {
  /** The sheet the customer table is on, as the user named it. */
  customersSheet: string;
  /** The two status columns at the table's right edge. */
  columns: ['Check', 'ConflictGroup'];
  /** The add-in's report sheets. */
  sheets: ['Issues', 'Conflicts'];
  /** Its very hidden sheet: one short row per customer, for the daily check. */
  hiddenSheets: ['Snapshot'];
  /** Other tables present that get a Check column where the check finds a problem. */
  otherTables: SheetKey[];
}

export interface CheckWorkbookOptions {
  today: number;
  lang: Lang;
  onProgress?: (p: CheckProgress) => void;
  signal?: AbortSignal;
  /** Only one half of the check (the CLI's `validate` and `conflicts`); a half check never writes. */
  only?: 'validation' | 'matching';
  /** Write the verdict into the workbook (default true; the CLI writes only with --out). */
  write?: boolean;
  /** Asked before the first check writes into a workbook; false: stop, nothing written. */
  confirmFirstWrite?: (plan: FirstWritePlan) => Promise<boolean>;
  /** Lets the host breathe between phases (default: a repaint in a browser, else a macrotask). */
  pause?: () => Promise<void>;
}

interface Common {
  data: WorkbookData;
  settings: WorkbookSettings;
  today: number;
}

export interface CheckedWorkbook extends Common {
  outcome: 'checked';
  result: CheckResult;
  notSame: NotSamePair[];
  /** Whether the verdict was written into the workbook. */
  written: boolean;
  /** When it was written: the snapshot stored after it, and what it found against the one before. */
  daily?: DailyState;
}

/** No customer table found (or none of its columns recognised): nothing checked, nothing written. */
export interface NotRecognised extends Common {
  outcome: 'notRecognised';
}

/** The host declined the first write: nothing checked, nothing written. */
export interface Declined extends Common {
  outcome: 'declined';
  plan: FirstWritePlan;
}

export type CheckWorkbookResult = CheckedWorkbook | NotRecognised | Declined;

/**
 * Waits until a browser has had a chance to paint (the next animation frame, then a
 * macrotask), so a progress bar shows the new phase before synchronous engine work.
 * A hidden pane gets no frames: the 50 ms timer keeps the check going then; outside a
 * browser (tests, CLI) it is one macrotask.
 */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(finish);
      setTimeout(finish, 50);
    } else finish();
  });
}

/** The plan of a first write, or null when the add-in's status columns are there already. */
export function firstWritePlan(data: WorkbookData): FirstWritePlan | null {
  const customers = data.Customers;
  if (!customers) return null;
  const columns = customers.mapping.columns;
  if (columns.Check !== undefined || columns.ConflictGroup !== undefined) return null;
  const otherTables = (Object.keys(data) as SheetKey[]).filter(
    (key) =>
      key !== 'Customers' &&
      data[key] &&
      data[key]!.mapping.columns.Check === undefined &&
      SHEET_BY_KEY[key].fields.some((f) => f.key === 'Check' && f.owner === 'addin'),
  );
  return {
    customersSheet: customers.sourceName,
    columns: ['Check', 'ConflictGroup'],
    sheets: ['Issues', 'Conflicts'],
    hiddenSheets: ['Snapshot'],
    otherTables,
  };
}

export async function checkWorkbook(port: WorkbookPort, options: CheckWorkbookOptions): Promise<CheckWorkbookResult> {
  const { today, lang, signal } = options;
  const report = options.onProgress ?? (() => undefined);
  const pause = options.pause ?? yieldToHost;
  const settings = await readSettings(port);
  // 1. Reading: the port reports per chunk and stops on the signal.
  const data = await port.read({
    onProgress: (p) => report({ phase: 'read', done: p.done, total: p.total }),
    signal,
  });
  signal?.throwIfAborted();
  const common = { data, settings, today };
  if (!customersRecognised(data)) return { outcome: 'notRecognised', ...common };
  const write = (options.write ?? true) && !options.only;
  const plan = write ? firstWritePlan(data) : null;
  if (plan && options.confirmFirstWrite && !(await options.confirmFirstWrite(plan)))
    return { outcome: 'declined', plan, ...common };
  const notSame = await loadNotSame(port, lang);
  const result = await runEngine(data, settings, notSame, options, pause);
  if (options.only !== 'matching') addIssues(result, await auditChainIssues(port, lang));
  if (!write) return { outcome: 'checked', ...common, result, notSame, written: false };
  report({ phase: 'write', done: 0, total: 1 });
  await pause();
  // Last point to cancel: nothing has been written yet. Once writing starts it completes.
  signal?.throwIfAborted();
  await applyCheckResult(port, result, lang);
  const daily = await storeSnapshot(port, data, today, lang);
  report({ phase: 'write', done: 1, total: 1 });
  return { outcome: 'checked', ...common, result, notSame, written: true, daily };
}

/** Issues found outside the engine (the Audit's hash chain) added to its result and counts. */
function addIssues(result: CheckResult, issues: Issue[]): void {
  result.issues.push(...issues);
  for (const i of issues) {
    if (i.severity === 'error') result.stats.errors++;
    else result.stats.warnings++;
  }
}

/** One engine run, validation then matching, with a pause (and a chance to cancel) before each. */
async function runEngine(
  data: WorkbookData,
  settings: WorkbookSettings,
  notSame: NotSamePair[],
  options: CheckWorkbookOptions,
  pause: () => Promise<void>,
): Promise<CheckResult> {
  const { signal } = options;
  const report = options.onProgress ?? (() => undefined);
  const customers = data.Customers?.length ?? 0;
  report({ phase: 'validate', done: 0, total: 1 });
  await pause();
  signal?.throwIfAborted();
  const steps = checkSteps(data, {
    today: options.today,
    lang: options.lang,
    staleDays: settings.staleDays,
    ...settings.operations,
    dutyPolicy: settings.dutyPolicy,
    match: settings.match,
    notSame,
    skipValidation: options.only === 'matching',
    skipMatching: options.only === 'validation',
  });
  let step = steps.next(); // validation
  report({ phase: 'validate', done: 1, total: 1 });
  report({ phase: 'match', done: 0, total: customers });
  await pause();
  signal?.throwIfAborted();
  while (!step.done) step = steps.next(); // matching and the status columns
  report({ phase: 'match', done: customers, total: customers });
  return step.value;
}
