/**
 * Types shared by the validation rules. A rule is a named function over a
 * ValidationContext that returns Issue[]; its RuleSpec says which sheet and fields
 * it needs, so validateWorkbook can skip it (silently) when they are absent.
 */
import type { Issue, Severity } from '../issues';
import type { Lang, SheetKey } from '../schema';
import type { DutyPolicy } from '../duty/policy';

export interface ValidationOptions {
  /** Today as a day number (days since 1970-01-01 UTC), see normalise/dates. */
  today: number;
  lang: Lang;
  /** An active customer with no follow-up for more than this many days is stale. */
  staleDays: number;
  /**
   * Latest time of day (minutes after midnight) on the outing day at which an outing may
   * still be registered. Default 540 (09:00: the salesperson reports at the showroom first).
   */
  outingDeadlineMinutes?: number;
  /** People on duty a day, per showroom and weekday (settings' dutyPeople; default 2 a day). */
  dutyPolicy?: DutyPolicy;
  /**
   * End of a duty day (minutes after midnight): an outing that starts at or after it does not
   * clash with duty. Default 1080 (18:00, the working day's end).
   */
  dutyEndMinutes?: number;
  /**
   * End of the working day, minutes after midnight (default 18:00, domain/operations/policy): an
   * outing registered the evening before must be registered before it (前一天下班前).
   */
  workdayEndMinutes?: number;
  /** Days after a week's end within which the supervisor checks its work log (default 7). */
  logCheckDays?: number;
  /**
   * At most this many issues per rule are listed; the rest are counted in one summary
   * issue of the same rule at the header row. Default: no cap.
   */
  maxIssuesPerRule?: number;
  /** Run only these rule ids (default: all). */
  only?: readonly string[];
  /** Skip these rule ids. */
  skip?: readonly string[];
}

export type ResolvedOptions = Required<Omit<ValidationOptions, 'only' | 'skip'>> &
  Pick<ValidationOptions, 'only' | 'skip'>;

export const DEFAULT_OUTING_DEADLINE_MINUTES = 9 * 60;
export const DEFAULT_STALE_DAYS = 30;
export const DEFAULT_DUTY_END_MINUTES = 18 * 60;

/** What a rule is and what it needs; the check function is registered next to it. */
export interface RuleSpec {
  /** Stable id, e.g. 'customer.phone.format'. Message keys: validation.<id>[.<variant>]. */
  id: string;
  /** The sheet its issues point at. */
  sheet: SheetKey;
  severity: Severity;
  /** Sheets and fields the rule needs; when any is absent the rule does not run. */
  needs: Partial<Record<SheetKey, readonly string[]>>;
}

export interface RuleInfo extends RuleSpec {
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  /** Name of the module, for people looking for where a rule lives. */
  module: string;
  check: (ctx: import('./context').ValidationContext) => Issue[];
}
