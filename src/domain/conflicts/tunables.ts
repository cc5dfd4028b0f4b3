/**
 * The numbers of the matcher's configuration (config.ts) a supervisor may tune, with their
 * bounds: what the Settings tab offers, what a workbook saves (Settings.matchThresholds
 * {key: number}, Settings.staleDays) and what every host applies before a check. Values
 * out of range or of unknown keys are ignored, so a damaged or hand-edited setting can
 * never reach the matcher. Display (labels, error text) is the pane's (taskpane/matchSettings.ts).
 */
import { DEFAULT_MATCH_CONFIG, resolveMatchConfig, type ComparisonLevel, type MatchConfig } from './config';
import { DEFAULT_STALE_DAYS } from '../validation/types';

/** Where a tunable is shown: next to the decision, a comparison, or a blocking rule. */
export type TunableSection = 'decision' | `comparison:${string}` | `blocking:${string}`;

export interface Tunable {
  /** Key in Settings.matchThresholds, e.g. 'decision', 'nameSimilar', 'maxBlock.phone'. */
  key: string;
  section: TunableSection;
  /** i18n key of its label (params: see labelParams). */
  labelKey: string;
  labelParams?: Record<string, string | number>;
  min: number;
  max: number;
  step: number;
  integer: boolean;
  get(config: MatchConfig): number;
  set(config: MatchConfig, value: number): void;
}

function level(
  config: MatchConfig,
  comparison: string,
  when: ComparisonLevel['when'],
  company = false,
): ComparisonLevel | undefined {
  const c = config.comparisons.find((x) => x.id === comparison);
  return (company ? c?.companyLevels : c?.levels)?.find((l) => l.when === when);
}

function levelTunable(
  key: string,
  comparison: string,
  when: ComparisonLevel['when'],
  prop: 'weight' | 'threshold',
  range: { min: number; max: number; step: number },
  company = false,
): Tunable {
  return {
    key,
    section: `comparison:${comparison}`,
    labelKey: `pane.tune.${key}`,
    ...range,
    integer: false,
    get: (config) => level(config, comparison, when, company)?.[prop] ?? 0,
    set: (config, value) => {
      const l = level(config, comparison, when, company);
      if (l) l[prop] = value;
    },
  };
}

/** Every number the supervisor may tune, in the order the Settings tab shows them. */
export const TUNABLES: readonly Tunable[] = [
  {
    key: 'decision',
    section: 'decision',
    labelKey: 'pane.tune.decision',
    min: 1,
    max: 30,
    step: 0.5,
    integer: false,
    get: (c) => c.decision.threshold,
    set: (c, v) => {
      c.decision.threshold = v;
    },
  },
  // Typo rules: a one-digit typo or two swapped digits of a phone count this much (0 turns the rule off).
  levelTunable('phoneTypo', 'phone', 'oneEdit', 'weight', { min: 0, max: 6, step: 0.5 }),
  levelTunable('phoneSwap', 'phone', 'transposed', 'weight', { min: 0, max: 6, step: 0.5 }),
  levelTunable('nameSimilar', 'name', 'similar', 'threshold', { min: 0.8, max: 0.99, step: 0.01 }),
  levelTunable('companySimilar', 'name', 'similar', 'threshold', { min: 0.8, max: 0.99, step: 0.01 }, true),
  ...DEFAULT_MATCH_CONFIG.blocking.map((rule): Tunable => ({
    key: `maxBlock.${rule.id}`,
    section: `blocking:${rule.id}`,
    labelKey: 'pane.tune.maxBlock',
    min: 10,
    max: 1000,
    step: 1,
    integer: true,
    get: (c) => c.blocking.find((b) => b.id === rule.id)?.maxBlock ?? rule.maxBlock,
    set: (c, v) => {
      const b = c.blocking.find((x) => x.id === rule.id);
      if (b) b.maxBlock = v;
    },
  })),
];

export const TUNABLE_BY_KEY: ReadonlyMap<string, Tunable> = new Map(TUNABLES.map((x) => [x.key, x]));

/** Days without a follow-up before a customer is stale (validation's customer.stale rule). */
export const STALE_DAYS = {
  key: 'staleDays',
  min: 1,
  max: 3650,
  step: 1,
  integer: true,
  default: DEFAULT_STALE_DAYS,
} as const;

/** The saved values that are known tunables, finite and in range (anything else is ignored). */
export function savedTunables(saved: unknown, legacyDecision?: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  const src = saved && typeof saved === 'object' ? (saved as Record<string, unknown>) : {};
  // Older workbooks stored only Settings.matchThreshold.
  if (typeof legacyDecision === 'number' && !('decision' in src)) out.decision = legacyDecision;
  for (const [key, value] of Object.entries(src)) if (typeof value === 'number') out[key] = value;
  for (const [key, value] of Object.entries(out)) {
    const tn = TUNABLE_BY_KEY.get(key);
    if (!tn || checkTunable(tn, String(value)).error) delete out[key];
  }
  return out;
}

/** The full config with the saved values applied (the defaults where nothing valid is saved). */
export function tunedConfig(saved: Record<string, number>): MatchConfig {
  const config = resolveMatchConfig();
  for (const [key, value] of Object.entries(saved)) TUNABLE_BY_KEY.get(key)?.set(config, value);
  return config;
}

/** The override runCheck takes (undefined when nothing is tuned: the engine's defaults). */
export function matchOverrideFrom(saved: Record<string, number>): Partial<MatchConfig> | undefined {
  if (Object.keys(saved).length === 0) return undefined;
  const c = tunedConfig(saved);
  return { blocking: c.blocking, comparisons: c.comparisons, decision: c.decision };
}

export type TunableError = 'empty' | 'notNumber' | 'notInteger' | 'tooLow' | 'tooHigh';

/** Parses what was typed (a comma as decimal point is accepted) and says what is wrong. */
export function checkTunable(
  range: { min: number; max: number; integer: boolean },
  raw: string,
): { value: number; error?: undefined } | { value?: undefined; error: TunableError } {
  const s = raw.trim().replace(',', '.');
  if (s === '') return { error: 'empty' };
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { error: 'notNumber' };
  const n = Number(s);
  if (!Number.isFinite(n)) return { error: 'notNumber' };
  if (range.integer && !Number.isInteger(n)) return { error: 'notInteger' };
  if (n < range.min) return { error: 'tooLow' };
  if (n > range.max) return { error: 'tooHigh' };
  return { value: n };
}
