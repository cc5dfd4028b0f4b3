/**
 * Validation of the workbook: every rule in RULES whose sheets and fields are present
 * runs once over the columnar tables; the issues come back in rule order, each located
 * to a sheet, worksheet row and field, with a message in zh-CN or en-US.
 *
 * A CSV with only a Customers header row works: rules that need Staff or Ledger do not run.
 */
import type { Issue } from '../issues';
import type { WorkbookData } from '../table';
import { ValidationContext } from './context';
import { RULES } from './registry';
import { separateErrorValues } from './common/error-value';
import { DEFAULT_OPERATIONS } from '../operations/policy';
import { DEFAULT_DUTY_POLICY } from '../duty/policy';
import {
  DEFAULT_DUTY_END_MINUTES,
  DEFAULT_OUTING_DEADLINE_MINUTES,
  DEFAULT_STALE_DAYS,
  type ResolvedOptions,
  type ValidationOptions,
} from './types';

export { RULES, RULE_BY_ID } from './registry';
export { ValidationContext } from './context';
export type { RuleInfo, RuleSpec, ValidationOptions } from './types';
export { DEFAULT_OUTING_DEADLINE_MINUTES, DEFAULT_STALE_DAYS } from './types';
export { separateErrorValues } from './common/error-value';

export function resolveOptions(options: ValidationOptions): ResolvedOptions {
  return {
    today: options.today,
    lang: options.lang,
    staleDays: options.staleDays ?? DEFAULT_STALE_DAYS,
    outingDeadlineMinutes: options.outingDeadlineMinutes ?? DEFAULT_OUTING_DEADLINE_MINUTES,
    workdayEndMinutes: options.workdayEndMinutes ?? DEFAULT_OPERATIONS.workdayEndMinutes,
    logCheckDays: options.logCheckDays ?? DEFAULT_OPERATIONS.logCheckDays,
    dutyPolicy: options.dutyPolicy ?? DEFAULT_DUTY_POLICY,
    dutyEndMinutes: options.dutyEndMinutes ?? DEFAULT_DUTY_END_MINUTES,
    maxIssuesPerRule: options.maxIssuesPerRule ?? Infinity,
    only: options.only,
    skip: options.skip,
  };
}

/** A context for running single rules (tests, the pane's "re-check this rule"). */
export function createValidationContext(data: WorkbookData, options: ValidationOptions): ValidationContext {
  // error values (#N/A) are not text: the rules see them as blank cells listed in errorValues
  return new ValidationContext(separateErrorValues(data), resolveOptions(options));
}

/**
 * A rule's issues by row, ascending (stable: a row's issues keep the rule's order), whatever
 * order the rule found them in: a row's issues can then be re-checked alone and put back in place.
 */
export function inRowOrder(issues: Issue[]): Issue[] {
  for (let k = 1; k < issues.length; k++)
    if (issues[k].row < issues[k - 1].row) return issues.slice().sort((a, b) => a.row - b.row);
  return issues;
}

/** Runs every applicable rule; returns the issues in rule order, rows ascending within a rule. */
export function validateWorkbook(data: WorkbookData, options: ValidationOptions): Issue[] {
  const ctx = createValidationContext(data, options);
  const only = options.only ? new Set(options.only) : null;
  const skip = new Set(options.skip ?? []);
  const out: Issue[] = [];
  const capped = (options.maxIssuesPerRule ?? Infinity) !== Infinity;
  for (const r of RULES) {
    if ((only && !only.has(r.id)) || skip.has(r.id) || !ctx.canRun(r)) continue;
    // with a cap, the summary of the rest comes last (at the header row): the order is the rule's
    const issues = capped ? r.check(ctx) : inRowOrder(r.check(ctx));
    for (let i = 0; i < issues.length; i++) out.push(issues[i]);
  }
  return out;
}
