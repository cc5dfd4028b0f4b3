/**
 * `showroom-desk reviews FILE [--json] [--today YYYY-MM-DD] [--lang zh|en]`
 * Due and overdue reviews by kind, the review rows to create, and dealers with abnormal volume swings.
 */
import type { Lang } from '../../domain/schema';
import { field } from '../../domain/schema';
import { enumLabel } from '../../domain/headers';
import { REVIEW_KIND_KEYS, type ReviewsResult } from '../../domain/reviews';
import { REVIEW_SHEETS, reviewSchedule } from '../../app/reviews';
import { TablesPort } from '../../workbook/memory/tables-port';
import { t } from '../../i18n';
import { parseArgs } from '../args';
import { fileArgument, readInput } from '../io';
import { outputTarget, type OutputTarget } from '../output';
import { UsageError, type Command, type CommandIo } from '../types';

export interface ReviewCliOptions {
  file: string;
  json: boolean;
  today: number;
  lang: Lang;
  /** --out FILE.xlsx [--in-place] (commands that write a scored copy). */
  out?: OutputTarget;
}

/**
 * FILE plus the global options (--json, --today YYYY-MM-DD, --lang zh|en), and --out FILE.xlsx when `withOut`.
 * Throws UsageError when called wrongly.
 */
export function parseReviewArgs(argv: readonly string[], now: Date = new Date(), withOut = false): ReviewCliOptions {
  const a = parseArgs(argv, withOut ? { values: ['out'], flags: ['in-place'] } : {}, now);
  if (a.positionals.length !== 1) throw new UsageError(t(a.lang, 'reviews.cli.fileArg'));
  const file = fileArgument(a.positionals, a.lang);
  const out = outputTarget(a, file);
  if (out !== undefined && !/\.xlsx$/i.test(out.file))
    throw new UsageError(t(a.lang, 'check.outType', { file: out.file }));
  return { file, json: a.json, today: a.todayDay, lang: a.lang, out };
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
    lines.push(
      `  [${t(lang, `reviews.state.${p.state}`)}] ${p.row.ReviewId} ${p.customerId} ${p.customerName} ${enumLabel(kindField, p.kind, lang)} ${p.period} ${p.dueDate}`,
    );
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
  const opts = parseReviewArgs(argv);
  const port = new TablesPort(await readInput(opts.file, opts.lang, REVIEW_SHEETS));
  const res = await reviewSchedule(port, { today: opts.today, lang: opts.lang });
  io.out(opts.json ? JSON.stringify(reviewsJson(res), null, 2) : formatReviews(res, opts.lang));
  return 0;
}

export const command: Command = {
  name: 'reviews',
  describe: (lang) => t(lang, 'reviews.cli.describe'),
  usage: 'reviews FILE [--json] [--today YYYY-MM-DD] [--lang zh|en]',
  run: runReviewsCli,
};
export default command;
