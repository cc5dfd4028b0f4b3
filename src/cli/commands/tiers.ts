/**
 * `showroom-desk tiers FILE [--json] [--today YYYY-MM-DD] [--lang zh|en]`
 * Score breakdown per dealer, proposed tier and policy terms, and the general manager's decision flags.
 */
import type { Lang } from '../../domain/schema';
import { field } from '../../domain/schema';
import { enumLabel } from '../../domain/headers';
import type { TiersResult } from '../../domain/reviews';
import { TIER_SHEETS, dealerTiers } from '../../app/reviews';
import { updateScores } from '../../app/review-scores';
import { TablesPort } from '../../workbook/memory/tables-port';
import { t } from '../../i18n';
import { loadInput, readInput } from '../io';
import { checkOutputTarget, reportWritten, writeOutput } from '../output';
import { UserError, type Command, type CommandIo } from '../types';
import { parseReviewArgs } from './reviews';

const fmt = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '-' : String(Math.round(v * 10 ** digits) / 10 ** digits);

export function formatTiers(res: TiersResult, lang: Lang): string {
  const crit = field('Weights', 'Criterion');
  const tier = (k: string | null) => k ?? '-';
  const lines = [
    t(lang, 'tiers.cli.title', { today: res.today, source: t(lang, `tiers.cli.source.${res.weights.source}`) }),
  ];
  for (const d of res.dealers) {
    lines.push(
      t(lang, 'tiers.cli.dealer', {
        id: d.customerId,
        name: d.customerName,
        total: fmt(d.total),
        tier: tier(d.proposedTier),
        current: tier(d.currentTier),
        approved: tier(d.latestApprovedTier),
      }),
    );
    for (const l of d.breakdown) {
      if (l.score === null || l.weight === 0) continue;
      lines.push(
        t(lang, 'tiers.cli.line', {
          criterion: enumLabel(crit, l.criterion, lang),
          score: l.score,
          weight: fmt(l.effectiveWeight, 3),
          points: fmt(l.contribution),
        }),
      );
    }
    if (d.terms) {
      const e = (f: string, v: string | null) => (v ? enumLabel(field('Policy', f), v, lang) : '-');
      lines.push(
        t(lang, 'tiers.cli.terms', {
          discount: fmt(d.terms.priceDiscount, 4),
          settlement: e('Settlement', d.terms.settlement),
          days: fmt(d.terms.creditDays, 0),
          limit: fmt(d.terms.creditLimit, 0),
          service: e('ServiceLevel', d.terms.serviceLevel),
          visit: e('VisitBy', d.terms.visitBy),
        }),
      );
    }
  }
  lines.push('', t(lang, 'tiers.cli.flags', { n: res.issues.length }));
  for (const i of res.issues) lines.push(`  ${i.sheet} #${i.row} ${i.field ?? ''}: ${i.message}`);
  return lines.join('\n');
}

export async function runTiersCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const opts = parseReviewArgs(argv, undefined, true);
  if (opts.out !== undefined) {
    // The scored copy: the Reviews add-in columns as values and live formulas, the same engine run printed below.
    await checkOutputTarget(opts.out, opts.lang);
    const workbook = await loadInput(opts.file, opts.lang);
    const written = await updateScores(workbook, { today: opts.today, lang: opts.lang });
    if (!written) throw new UserError(t(opts.lang, 'tiers.cli.noReviews'));
    const saved = await writeOutput(workbook, opts.out, opts.lang);
    const res = written.tiers;
    io.out(opts.json ? JSON.stringify(res, null, 2) : formatTiers(res, opts.lang));
    if (!opts.json)
      io.out(
        '\n' +
          t(opts.lang, 'tiers.cli.written', { file: opts.out.file, rows: written.rows, formulas: written.formulas }),
      );
    reportWritten(io, opts.lang, opts.json, saved);
    return 0;
  }
  const port = new TablesPort(await readInput(opts.file, opts.lang, TIER_SHEETS));
  const res = await dealerTiers(port, { today: opts.today, lang: opts.lang });
  io.out(opts.json ? JSON.stringify(res, null, 2) : formatTiers(res, opts.lang));
  return 0;
}

export const command: Command = {
  name: 'tiers',
  describe: (lang) => t(lang, 'tiers.cli.describe'),
  usage: 'tiers FILE [--out scored.xlsx [--in-place]] [--json] [--today YYYY-MM-DD] [--lang zh|en]',
  run: runTiersCli,
};
export default command;
