/**
 * `showroom-desk resolve FILE --accept-all [--merge] --who NAME --out FILE2 [--in-place] [--json]`:
 * accept every standing suggestion (the first registration's salesperson) as one audited batch,
 * the use cases the pane's "accept all" runs (app/accept-all). With --merge the groups that are
 * then one customer are merged (references re-pointed, merged rows archived whole); without it
 * only owners change. The copy is written through the CLI's safe output; a workbook the add-in
 * has checked before gets fresh status columns too, one that has none stays without them.
 */
import type { Lang } from '../../domain/schema';
import { t } from '../../i18n';
import { applyAcceptAll, planAcceptAll, type AcceptAllPlan, type AcceptedGroup } from '../../app/accept-all';
import { firstWritePlan } from '../../app/check-workbook';
import type { AuditEntry } from '../../workbook/port';
import { parseArgs } from '../args';
import { fileArgument } from '../io';
import { checkOutputTarget, outputTarget, reportWritten, writeOutput } from '../output';
import { checkFile, openForCheck } from '../check/run';
import { UsageError, UserError, type Command } from '../types';

/** What the run changed, as printed (text or JSON). */
interface ResolveReport {
  batch: string;
  plan: AcceptAllPlan;
  /** Rows of other sheets re-pointed to a kept customer. */
  repointed: number;
  after: { conflicts: number; duplicates: number };
}

const command: Command = {
  name: 'resolve',
  describe: (lang) => t(lang, 'resolve.describe'),
  usage:
    'resolve FILE --accept-all [--merge] --who NAME --out FILE2.xlsx [--in-place] [--json] [--lang zh|en] [--today YYYY-MM-DD]',
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['out', 'who'], flags: ['in-place', 'accept-all', 'merge'] });
    const { lang } = args;
    const file = fileArgument(args.positionals, lang);
    if (args.options['accept-all'] !== true) throw new UsageError(t(lang, 'resolve.acceptAllOnly'));
    const who = typeof args.options.who === 'string' ? args.options.who.trim() : '';
    if (!who) throw new UsageError(t(lang, 'resolve.who'));
    const target = outputTarget(args, file);
    if (!target) throw new UsageError(t(lang, 'resolve.out'));
    if (!/\.xlsx$/i.test(target.file)) throw new UsageError(t(lang, 'check.outType', { file: target.file }));
    await checkOutputTarget(target, lang);

    const input = await openForCheck(file, lang, true);
    const workbook = input.workbook!;
    const options = { today: args.todayDay, lang, write: false };
    const { data, result } = await checkFile(input, file, options);
    const plan = planAcceptAll(data, result, { merge: args.options.merge === true });
    let outcome: { batch: string; audit: AuditEntry[] };
    try {
      outcome = await applyAcceptAll(workbook, data, plan, { who, lang });
    } catch (e) {
      throw new UserError((e as Error).message); // the use cases' messages are the user's, in `lang`
    }
    const annotated = firstWritePlan(data) === null;
    const after = await checkFile(input, file, { ...options, write: annotated });
    const written = await writeOutput(workbook, target, lang);
    const report: ResolveReport = {
      batch: outcome.batch,
      plan,
      repointed: outcome.audit.filter((e) => e.sheet !== 'Customers').length,
      after: {
        conflicts: after.result.clusters.filter((c) => c.kind === 'conflict').length,
        duplicates: after.result.clusters.filter((c) => c.kind === 'duplicate').length,
      },
    };
    io.out(args.json ? resolveJson(report, target.file) : resolveText(report, target.file, lang));
    reportWritten(io, lang, args.json, written);
    return 0;
  },
};
export default command;

function groupLine(g: AcceptedGroup, lang: Lang): string {
  const sep = t(lang, 'audit.idSeparator');
  const changes: string[] = [];
  if (g.reassigned.length)
    changes.push(
      t(lang, 'resolve.cli.owner', {
        rows: g.reassigned.map((r) => r.row).join(sep),
        from: [...new Set(g.reassigned.map((r) => r.from || '—'))].join(sep),
        owner: g.owner,
      }),
    );
  if (g.merge)
    changes.push(
      t(lang, 'resolve.cli.merge', {
        keep: g.merge.keepRow,
        owner: g.owner || '—',
        archived: g.merge.archived.join(sep),
      }),
    );
  const ids = g.cluster.customerIds.join(sep);
  return (
    '  ' +
    t(lang, 'resolve.cli.group', {
      group: g.cluster.id,
      ids,
      changes: changes.join(t(lang, 'resolve.cli.partSeparator')),
    })
  );
}

export function resolveText(r: ResolveReport, out: string, lang: Lang): string {
  const { plan } = r;
  const lines: string[] = [];
  if (plan.groups.length) {
    lines.push(t(lang, 'resolve.cli.title', { groups: plan.groups.length, batch: r.batch }));
    for (const g of plan.groups) lines.push(groupLine(g, lang));
  } else lines.push(t(lang, 'resolve.cli.nothing'));
  if (plan.skipped.length) {
    lines.push(t(lang, 'resolve.cli.skipped', { groups: plan.skipped.length }));
    for (const s of plan.skipped)
      lines.push('  ' + t(lang, 'resolve.cli.skip', { group: s.cluster.id, why: t(lang, `resolve.skip.${s.reason}`) }));
  }
  lines.push(
    t(lang, 'resolve.cli.totals', {
      reassigned: plan.totals.reassigned,
      merged: plan.totals.merged,
      archived: plan.totals.archived,
      repointed: r.repointed,
    }),
  );
  lines.push(t(lang, 'resolve.cli.after', r.after));
  lines.push(t(lang, 'resolve.cli.written', { file: out }));
  return lines.join('\n');
}

function resolveJson(r: ResolveReport, out: string): string {
  return JSON.stringify(
    {
      batch: r.batch,
      out,
      groups: r.plan.groups.map((g) => ({
        group: g.cluster.id,
        customerIds: g.cluster.customerIds,
        owner: g.owner,
        reassigned: g.reassigned,
        merge: g.merge ? { keepRow: g.merge.keepRow, archived: g.merge.archived } : null,
      })),
      skipped: r.plan.skipped.map((s) => ({ group: s.cluster.id, reason: s.reason })),
      totals: { ...r.plan.totals, repointed: r.repointed },
      after: r.after,
    },
    null,
    2,
  );
}
