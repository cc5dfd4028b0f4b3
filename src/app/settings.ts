/**
 * The workbook's settings, read through the port once per use case into one typed,
 * validated shape. Whatever is saved (by the pane's Settings tab, an older version, or a
 * hand-edited settings sheet), a value out of its bounds is ignored and the default used,
 * so every host applies exactly the same thresholds to the same workbook.
 */
import type { Lang } from '../domain/schema';
import type { MatchConfig } from '../domain/conflicts/config';
import { STALE_DAYS, checkTunable, matchOverrideFrom, savedTunables } from '../domain/conflicts/tunables';
import { operationsPolicyFrom, type OperationsPolicy } from '../domain/operations/policy';
import { dutyPolicyFrom, type DutyPolicy } from '../domain/duty/policy';
import { t } from '../i18n';
import type { Settings, WorkbookPort } from '../workbook/port';

export interface WorkbookSettings {
  /** The language chosen for this workbook, when one was. */
  lang?: Lang;
  /** Days without a follow-up before a customer is stale. */
  staleDays: number;
  /** The supervisor's valid match tunables (key -> value); {} when nothing is tuned. */
  tunables: Record<string, number>;
  /** The matcher's override built from the tunables (undefined: the engine's defaults). */
  match?: Partial<MatchConfig>;
  /** People on duty a day, per showroom and weekday (saved as dutyPeople; bounds checked in the domain). */
  dutyPolicy: DutyPolicy;
  /** Who is working, for the Audit sheet; undefined when nobody said. */
  who?: string;
  /** The showroom-operations policy (end of the working day, days to check a work log). */
  operations: OperationsPolicy;
}

/** The typed settings from what a workbook holds. */
export function settingsFrom(saved: Partial<Settings>): WorkbookSettings {
  const tunables = savedTunables(saved.matchThresholds, saved.matchThreshold);
  const stale =
    typeof saved.staleDays === 'number' && !checkTunable(STALE_DAYS, String(saved.staleDays)).error
      ? saved.staleDays
      : STALE_DAYS.default;
  const who = typeof saved.who === 'string' && saved.who.trim() ? saved.who.trim() : undefined;
  return {
    lang: saved.lang === 'zh' || saved.lang === 'en' ? saved.lang : undefined,
    staleDays: stale,
    tunables,
    match: matchOverrideFrom(tunables),
    dutyPolicy: dutyPolicyFrom(saved.dutyPeople),
    who,
    operations: operationsPolicyFrom(saved),
  };
}

export async function readSettings(port: WorkbookPort): Promise<WorkbookSettings> {
  return settingsFrom(await port.loadSettings());
}

/** The name the Audit sheet records for an action: the saved one, or "the supervisor" in the language. */
export function actingPerson(settings: WorkbookSettings, lang: Lang): string {
  return settings.who ?? t(lang, 'pane.who.default');
}
