/**
 * A tiny argument parser (no dependency): positionals, `--name value`, `--name=value`,
 * boolean flags, and the global options every command takes: --lang, --today, --json.
 */
import type { Lang } from '../domain/schema';
import { parseDate, formatDay } from '../domain/normalise';
import { t } from '../i18n';
import { localToday } from '../app/today';
import { UsageError } from './types';

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
  lang: Lang;
  /** 'YYYY-MM-DD' */
  today: string;
  /** today as a day number (days since 1970-01-01) */
  todayDay: number;
  json: boolean;
  help: boolean;
}

export interface ArgSpec {
  /** Options that take a value (without the dashes), beyond lang and today. */
  values?: string[];
  /** Flags without a value, beyond json and help. */
  flags?: string[];
}

/** The language asked for anywhere in argv (for messages before full parsing succeeds). */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang') return argv[i + 1] === 'en' ? 'en' : 'zh';
    if (a.startsWith('--lang=')) return a.slice(7) === 'en' ? 'en' : 'zh';
  }
  return 'zh';
}

export function parseArgs(argv: readonly string[], spec: ArgSpec = {}, now: Date = new Date()): ParsedArgs {
  const values = new Set(['lang', 'today', ...(spec.values ?? [])]);
  const flags = new Set(['json', 'help', ...(spec.flags ?? [])]);
  const lang0 = langFromArgv(argv);
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') {
      options.help = true;
      continue;
    }
    if (!a.startsWith('--') || a === '--') {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (flags.has(name)) {
      if (eq > 0) throw new UsageError(t(lang0, 'cli.error.flagValue', { option: `--${name}` }));
      options[name] = true;
    } else if (values.has(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || (eq < 0 && v.startsWith('--')))
        throw new UsageError(t(lang0, 'cli.error.missingValue', { option: `--${name}` }));
      options[name] = v;
    } else throw new UsageError(t(lang0, 'cli.error.unknownOption', { option: `--${name}` }));
  }
  const langOpt = options.lang;
  if (langOpt !== undefined && langOpt !== 'zh' && langOpt !== 'en') {
    throw new UsageError(t(lang0, 'cli.error.lang', { value: String(langOpt) }));
  }
  const lang: Lang = langOpt === 'en' ? 'en' : 'zh';
  let todayDay = localToday(now);
  if (options.today !== undefined) {
    const v = String(options.today);
    const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseDate(v) : null;
    if (d === null) throw new UsageError(t(lang, 'cli.error.today', { value: v }));
    todayDay = d;
  }
  return {
    positionals,
    options,
    lang,
    today: formatDay(todayDay),
    todayDay,
    json: options.json === true,
    help: options.help === true,
  };
}

/** A whole number option within bounds, or the fallback. */
export function intOption(args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const v = args.options[name];
  if (v === undefined) return fallback;
  const s = String(v).replace(/_/g, '');
  const n = /^-?\d+$/.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(t(args.lang, 'cli.error.int', { option: `--${name}`, value: String(v), min, max }));
  }
  return n;
}
