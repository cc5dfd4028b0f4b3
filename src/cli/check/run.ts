/**
 * Shared by `check`, `validate` and `conflicts`: open a file as a workbook port, run the
 * application's checkWorkbook on it (the same use case the pane runs in Excel, so the
 * thresholds, staleDays and decisions saved in the workbook apply here too), and format
 * what it found.
 */
import type { Lang } from '../../domain/schema';
import type { CheckResult } from '../../domain/engine';
import { possibleJson } from '../../domain/conflicts/possible-json';
import { t } from '../../i18n';
import { fileKind } from '../../workbook/file';
import type { MemoryWorkbook } from '../../workbook/memory';
import { TablesPort } from '../../workbook/memory/tables-port';
import type { WorkbookPort } from '../../workbook/port';
import { ruleTitle } from '../../app/apply-check-result';
import { checkWorkbook, type CheckedWorkbook, type CheckWorkbookOptions } from '../../app/check-workbook';
import { loadInput, readInput } from '../io';
import { UserError } from '../types';

export interface CheckInput {
  port: WorkbookPort;
  /** The whole workbook, when it was loaded: needed to write an annotated copy. */
  workbook?: MemoryWorkbook;
}

/**
 * Opens a file for checking. An .xlsx is loaded whole, so the supervisor's stored "not the
 * same customer" decisions and settings apply; a .csv (which holds neither) is streamed into
 * a read-only port, unless a copy is to be written.
 */
export async function openForCheck(file: string, lang: Lang, needWorkbook: boolean): Promise<CheckInput> {
  if (fileKind(file) === 'csv' && !needWorkbook) return { port: new TablesPort(await readInput(file, lang)) };
  const workbook = await loadInput(file, lang);
  return { port: workbook, workbook };
}

/** checkWorkbook on an opened file; a file without a recognisable customer table is the user's error. */
export async function checkFile(
  input: CheckInput,
  file: string,
  options: Omit<CheckWorkbookOptions, 'confirmFirstWrite'>,
): Promise<CheckedWorkbook> {
  const checked = await checkWorkbook(input.port, options);
  if (checked.outcome !== 'checked') {
    const where = t(options.lang, 'check.notRecognised.file', { file });
    throw new UserError(t(options.lang, 'check.notRecognised', { where }));
  }
  return checked;
}

/** The JSON contract of `conflicts --json` (DESIGN.md): exactly these keys. */
export function conflictsJson(result: CheckResult): string {
  return JSON.stringify(
    {
      clusters: result.clusters.map((c) => ({
        rows: c.rows,
        customerIds: c.customerIds,
        owners: c.owners,
        kind: c.kind,
        reasons: c.reasons,
        suggestedOwner: c.suggestedOwner,
      })),
      possible: possibleJson(result.possible),
    },
    null,
    2,
  );
}

export function issuesJson(result: CheckResult): string {
  return JSON.stringify(
    {
      issues: result.issues.map((i) => ({
        sheet: i.sheet,
        row: i.row,
        field: i.field ?? null,
        rule: i.rule,
        severity: i.severity,
        message: i.message,
      })),
    },
    null,
    2,
  );
}

/** The human summary: counts, issues by rule, then each conflict group. */
export function summaryText(
  result: CheckResult,
  lang: Lang,
  parts: { issues: boolean; conflicts: boolean },
  limit = 20,
): string {
  const s = result.stats;
  const lines: string[] = [];
  const counts = {
    customers: s.customers,
    errors: s.errors,
    warnings: s.warnings,
    conflicts: s.conflicts,
    duplicates: s.duplicates,
  };
  const which =
    parts.issues && parts.conflicts
      ? 'check.summary'
      : parts.issues
        ? 'check.summary.issues'
        : 'check.summary.conflicts';
  lines.push(t(lang, which, counts));
  if (parts.issues && result.issues.length) {
    lines.push('', t(lang, 'check.byRule'));
    const byRule = new Map<string, typeof result.issues>();
    for (const i of result.issues) {
      const list = byRule.get(i.rule) ?? [];
      list.push(i);
      byRule.set(i.rule, list);
    }
    for (const [rule, list] of byRule) {
      lines.push(`  ${t(lang, `severity.${list[0].severity}`)} ${ruleTitle(rule, lang)} (${rule}): ${list.length}`);
      for (const i of list.slice(0, 3)) lines.push(`    ${i.message}`);
      if (list.length > 3) lines.push(`    ${t(lang, 'check.more', { n: list.length - 3 })}`);
    }
  }
  if (parts.conflicts && result.clusters.length) {
    lines.push('', t(lang, 'check.groups'));
    for (const c of result.clusters.slice(0, limit)) {
      lines.push(
        '  ' +
          t(lang, 'check.group', {
            id: c.id,
            kind: t(lang, `conflicts.kind.${c.kind}`),
            rows: c.rows.join(', '),
            ids: c.customerIds.join(', '),
            owners: c.owners.join(', '),
            suggested: c.suggestedOwner,
          }),
      );
      for (const r of c.reasons) lines.push(`      ${r}`);
    }
    if (result.clusters.length > limit) lines.push(`  ${t(lang, 'check.more', { n: result.clusters.length - limit })}`);
  }
  if (parts.conflicts && result.suspicious.length) {
    lines.push('', t(lang, 'check.suspicious', { n: result.suspicious.length }));
    for (const p of result.suspicious.slice(0, limit)) lines.push(`  ${p.message}`);
  }
  return lines.join('\n');
}
