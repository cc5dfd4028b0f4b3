/**
 * The matcher's configuration as the Settings tab shows it: pure functions, no React, no
 * Office (test/taskpane/matchSettings.test.ts). The tunables themselves, their bounds and
 * how saved values apply live in the domain (domain/conflicts/tunables.ts); here is only
 * their display:
 *
 *  - thresholdViews: every tunable with its saved value, default and range, for the form.
 *  - tunableErrorText: what is wrong with what was typed, and what to do.
 *  - matchConfigView: the config as data rows (blocking keys, comparisons, decision)
 *    with labels in the user's language.
 */
import type { Lang } from '../domain/schema';
import { levelParams, type ComparisonLevel, type MatchConfig } from '../domain/conflicts/config';
import { TUNABLES, tunedConfig, type TunableError } from '../domain/conflicts/tunables';
import type { ThresholdInfo } from './services';
import { t } from '../i18n';

/** Every tunable with the saved value (the default where none is valid), for the Settings form. */
export function thresholdViews(saved: Record<string, number>): ThresholdInfo[] {
  const tuned = tunedConfig(saved);
  const defaults = tunedConfig({});
  return TUNABLES.map((x) => ({
    key: x.key,
    value: x.get(tuned),
    defaultValue: x.get(defaults),
    min: x.min,
    max: x.max,
    step: x.step,
    integer: x.integer,
    section: x.section,
    labelKey: x.labelKey,
  }));
}

/** The error text: what is wrong, then what to do. */
export function tunableErrorText(
  lang: Lang,
  error: TunableError,
  raw: string,
  range: { min: number; max: number; integer: boolean },
): string {
  const what = t(lang, `pane.tune.err.${error}`, { value: raw.trim(), min: range.min, max: range.max });
  const todo = t(lang, range.integer ? 'pane.tune.err.doInteger' : 'pane.tune.err.doNumber', {
    min: range.min,
    max: range.max,
  });
  return `${what} ${todo}`;
}

// ------------------------------------------------------------ the config as data

export type LevelRole = 'for' | 'against' | 'neutral';

export interface LevelRow {
  label: string;
  weight: string;
  role: LevelRole;
}

export interface ComparisonRow {
  id: string;
  field: string;
  normaliser: string;
  levels: LevelRow[];
  companyLevels: LevelRow[];
}

export interface BlockingRow {
  id: string;
  key: string;
  maxBlock: number;
  policy: string;
}

export interface MatchConfigView {
  decision: { threshold: number; rules: string[] };
  blocking: BlockingRow[];
  comparisons: ComparisonRow[];
}

/** The blocking-key names are written for use mid-sentence; as a heading they start with a capital. */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function levelRows(lang: Lang, levels: readonly ComparisonLevel[] | undefined): LevelRow[] {
  return (levels ?? []).map((l) => ({
    label: t(lang, `conflicts.level.${l.when}`) + levelParams(lang, l),
    weight: signed(l.weight),
    role: l.weight > 0 ? 'for' : l.weight < 0 ? 'against' : 'neutral',
  }));
}

/** The matcher's configuration as rows the Settings tab lists, in the user's language. */
export function matchConfigView(config: MatchConfig, lang: Lang): MatchConfigView {
  const rules: string[] = [];
  if (config.decision.requireEvidenceBeyondName) rules.push(t(lang, 'conflicts.describe.nameNotEnough'));
  if (config.decision.differentValidIdsNeverMerge) rules.push(t(lang, 'conflicts.describe.idsNeverMerge'));
  return {
    decision: { threshold: config.decision.threshold, rules },
    blocking: config.blocking.map((b) => ({
      id: b.id,
      key: capitalise(t(lang, `conflicts.blocking.${b.key}`)),
      maxBlock: b.maxBlock,
      policy: t(
        lang,
        b.oversized === 'placeholder' ? 'pane.match.oversized.placeholder' : 'pane.match.oversized.window',
        { window: b.window ?? 0 },
      ),
    })),
    comparisons: config.comparisons.map((c) => ({
      id: c.id,
      field: t(lang, `conflicts.comparison.${c.id}`),
      normaliser: t(lang, `pane.match.normaliser.${c.id}`),
      levels: levelRows(lang, c.levels),
      companyLevels: levelRows(lang, c.companyLevels),
    })),
  };
}
