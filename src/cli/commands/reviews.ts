/**
 * `showroom-desk reviews FILE [--json] [--today YYYY-MM-DD] [--lang zh|en]`
 * Due and overdue reviews by kind, the review rows to create, and dealers with abnormal volume swings.
 */
import type { Lang } from '../../domain/schema';
import { field } from '../../domain/schema';
import { enumLabel } from '../../domain/headers';
import { parseDate } from '../../domain/normalise';
import { REVIEW_KIND_KEYS, runReviews, type ReviewsResult } from '../../domain/reviews';
import { parseLang, t } from '../../i18n';
import { readWorkbookData } from '../../workbook/file';

export interface CommandIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface ReviewCliOptions {
  file: string;
  json: boolean;
  today: number;
  lang: Lang;
}

/** Parses FILE, --json, --today D, --lang L (also --opt=value). Throws with a message on a bad option. */
export function parseReviewArgs(argv: readonly string[], now: Date = new Date()): ReviewCliOptions {
  let file = '';
  let json = false;
  let today: number | null = null;
  let lang: Lang = 'zh';
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const next = () => value ?? argv[++i];
    if (a === '--json') json = true;
    else if (a === '--today') {
      const v = next();
      today = parseDate(v);
      if (today === null) throw new Error(`--today: not a date: ${v}`);
    } else if (a === '--lang') lang = parseLang(next());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (!file) file = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!file) throw new Error('missing FILE');
  if (today === null) today = Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
  return { file, json, today, lang };
}

export function formatReviews(res: ReviewsResult, lang: Lang): string {
  const kindField = field('Reviews', 'Kind');
  const lines: string[] = [t(lang, 'reviews.cli.title', { today: res.today })];
  for (const k of REVIEW_KIND_KEYS) {
    lines.push('  ' + t(lang, 'reviews.cli.byKind', { kind: enumLabel(kindField, k, lang), ...res.counts[k] }));
  }
  lines.push('', t(lang, 'reviews.cli.open', { n: res.open.length }));
  for (const o of res.open.filter((x) => x.state !== 'upcoming')) {
    lines.push(
      `  [${t(lang, `reviews.state.${o.state}`)}] ${o.reviewId} ${o.customerId} ${o.customerName} ${o.kind ? enumLabel(kindField, o.kind, lang) : ''} ${o.period} ${o.dueDate ?? ''}`.trimEnd(),
    );
    for (const s of o.stepsText) lines.push(`      ${s}`);
  }
  lines.push('', t(lang, 'reviews.cli.proposals', { n: res.proposals.length }));
  for (const p of res.proposals) {
    lines.push(`  [${t(lang, `reviews.state.${p.state}`)}] ${p.row.ReviewId} ${p.customerId} ${p.customerName} ${enumLabel(kindField, p.kind, lang)} ${p.period} ${p.dueDate}`);
    lines.push(`      ${p.trigger}`);
    for (const s of p.stepsText) lines.push(`      ${s}`);
  }
  lines.push('', t(lang, 'reviews.cli.anomalies', { n: res.anomalies.length }));
  for (const a of res.anomalies) lines.push(`  ${a.customerId} ${a.explanation}`);
  return lines.join('\n');
}

/** The JSON shape: everything but the per-dealer series of dealers that were not flagged. */
export function reviewsJson(res: ReviewsResult): unknown {
  const { swings: _all, ...rest } = res;
  void _all;
  return rest;
}

export async function runReviewsCli(argv: readonly string[], io: CommandIo): Promise<number> {
  let opts: ReviewCliOptions;
  try {
    opts = parseReviewArgs(argv);
  } catch (e) {
    io.err(`reviews: ${(e as Error).message}\nusage: showroom-desk reviews FILE [--json] [--today YYYY-MM-DD] [--lang zh|en]`);
    return 2;
  }
  const data = await readWorkbookData(opts.file, { sheets: ['Customers', 'Ledger', 'Reviews', 'Staff'] });
  const res = runReviews(data, { today: opts.today, lang: opts.lang });
  io.out(opts.json ? JSON.stringify(reviewsJson(res), null, 2) : formatReviews(res, opts.lang));
  return 0;
}

export const command = {
  name: 'reviews',
  usage: 'reviews FILE [--json] [--today YYYY-MM-DD] [--lang zh|en]',
  run: runReviewsCli,
};
export default command;
