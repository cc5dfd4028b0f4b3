/**
 * A WorkbookPort that forwards every call to another port and tells listeners after
 * each call that may have changed the workbook (so the playground grid re-renders).
 * The pane gets this port; it cannot tell it from the Office.js one.
 */
import type { WorkbookPort } from '../workbook/port';

type Listener = () => void;

const READ_ONLY = new Set<keyof WorkbookPort>([
  'read',
  'readRows',
  'readWholeRows',
  'readAddinSheet',
  'readAddinRows',
  'loadSettings',
  'onTablesChanged',
]);

export function observePort<P extends WorkbookPort>(target: P, onChange: Listener): WorkbookPort {
  const wrapped = {} as Record<string, unknown>;
  const methods: (keyof WorkbookPort)[] = [
    'read',
    'writeStatusColumns',
    'writeStatusCells',
    'applyStatusFormats',
    'writeReportSheet',
    'appendRows',
    'readAddinSheet',
    'readAddinRows',
    'readRows',
    'readWholeRows',
    'updateCells',
    'appendTableRows',
    'removeTableRows',
    'insertTableRows',
    'select',
    'setup',
    'loadSettings',
    'saveSettings',
    'onTablesChanged',
  ];
  for (const name of methods) {
    const fn = (target as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name];
    if (typeof fn !== 'function') continue;
    wrapped[name] = async (...args: unknown[]) => {
      const result = await fn.apply(target, args);
      if (!READ_ONLY.has(name)) onChange();
      return result;
    };
  }
  return wrapped as unknown as WorkbookPort;
}
