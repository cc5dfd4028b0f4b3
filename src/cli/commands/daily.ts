/**
 * `showroom-desk daily FILE [--since last|YYYY-MM-DD] [--date YYYY-MM-DD] [--json] [--lang] [--today]`:
 * the supervisor's daily check against the snapshot the last check stored (check --out writes it
 * into the copy). A file without a snapshot is an error (exit 1) that says to check it first:
 * listing every customer as new would bury the day's few changes under the whole file.
 */
import type { Lang } from '../../domain/schema';
import { CUSTOMERS, field, label } from '../../domain/schema';
import { formatDay, parseDate } from '../../domain/normalise';
import type { DailyReport, NewConflict, RowChange, Since } from '../../domain/daily';
import { dailySummary } from '../../app/daily-summary';
import { pendingLines, type PendingEntry } from '../../app/pending';
import { t } from '../../i18n';
import { parseArgs, type ParsedArgs } from '../args';
import { fileArgument } from '../io';
import { checkFile, openForCheck } from '../check/run';
import { UsageError, UserError, type Command } from '../types';

const LIST_LIMIT = 20;

function dayValue(v: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseDate(v) : null;
}

function sinceOption(args: ParsedArgs): Since {
  const v = args.options.since;
  if (v === undefined || v === 'last') return 'last';
  const d = dayValue(String(v));
  if (d === null || d > args.todayDay)
    throw new UsageError(t(args.lang, 'daily.error.since', { value: String(v), today: args.today }));
  return d;
}

function dateOption(args: ParsedArgs): number {
  const v = args.options.date;
  if (v === undefined) return args.todayDay;
  const d = dayValue(String(v));
  if (d === null) throw new UsageError(t(args.lang, 'daily.error.date', { value: String(v) }));
  return d;
}

const rowJson = (r: RowChange) => ({
  customerId: r.customerId,
  key: r.key,
  row: r.row,
  owner: r.owner,
  name: r.name,
  ...(r.fields ? { fields: r.fields } : {}),
});

const conflictJson = (c: NewConflict) => ({
  id: c.id,
  kind: c.kind,
  rows: c.rows,
  customerIds: c.customerIds,
  owners: c.owners,
  suggestedOwner: c.suggestedOwner,
  reasons: c.reasons,
  newRows: c.newRows,
});

/** The JSON contract (DESIGN.md, README): new, changed, removed, newConflicts; the rest are extra keys. */
export function dailyJson(report: DailyReport, today: number, pending: readonly PendingEntry[] = []): string {
  return JSON.stringify(
    {
      today: formatDay(today),
      since: report.since === 'last' ? 'last' : formatDay(report.since),
      lastCheck: report.lastCheck === null ? null : formatDay(report.lastCheck),
      knownFrom: formatDay(report.knownFrom),
      date: formatDay(report.date),
      new: report.new.map(rowJson),
      changed: report.changed.map(rowJson),
      removed: report.removed.map(rowJson),
      newConflicts: report.newConflicts.map(conflictJson),
      oldConflicts: report.oldConflicts.length,
      created: report.created.map(rowJson),
      followedUp: report.followedUp.map(rowJson),
      owners: report.owners,
      dealerInfo: report.dealerInfo.map(rowJson),
      dealerInfoLogged: report.dealerInfoLogged,
      pending,
    },
    null,
    2,
  );
}

/** A Customers field's label (a field the schema does not know keeps its text, as the Audit holds it). */
function customerFieldLabel(key: string, lang: Lang): string {
  const f = CUSTOMERS.fields.find((x) => x.key === key);
  return f ? label(f, lang) : key;
}

/** A section of at most LIST_LIMIT lines, with "... and n more". */
function section(lines: string[], lang: Lang, title: string, items: string[]): void {
  if (!items.length) return;
  lines.push('', title, ...items.slice(0, LIST_LIMIT).map((s) => '  ' + s));
  if (items.length > LIST_LIMIT) lines.push('  ' + t(lang, 'check.more', { n: items.length - LIST_LIMIT }));
}

export function dailyText(report: DailyReport, today: number, lang: Lang): string {
  const owner = (o: string) => o || t(lang, 'daily.noOwner');
  const fieldNames = (keys: string[]) =>
    keys.map((k) => label(field('Customers', k), lang)).join(t(lang, 'pane.list.sep'));
  const row = (r: RowChange) =>
    t(lang, 'daily.row', { row: r.row, id: r.customerId, name: r.name, owner: owner(r.owner) }) +
    (r.fields === undefined
      ? ''
      : r.fields.length
        ? t(lang, 'daily.row.fields', { fields: fieldNames(r.fields) })
        : t(lang, 'daily.row.fieldsUnknown'));
  const title =
    report.since === 'last'
      ? t(lang, 'daily.title.last', { today: formatDay(today), lastCheck: formatDay(report.lastCheck ?? today) })
      : t(lang, 'daily.title.since', { today: formatDay(today), since: formatDay(report.since) });
  const date = formatDay(report.date);
  const lines = [title];
  if (report.since !== 'last' && report.since < report.knownFrom)
    lines.push(t(lang, 'daily.knownFrom', { day: formatDay(report.knownFrom) }));
  lines.push(
    t(lang, 'daily.totals', {
      new: report.new.length,
      changed: report.changed.length,
      removed: report.removed.length,
      date,
      created: report.created.length,
      followedUp: report.followedUp.length,
      newConflicts: report.newConflicts.length,
      oldConflicts: report.oldConflicts.length,
    }),
  );
  if (report.owners.length) {
    lines.push('', t(lang, 'daily.byOwner'));
    for (const o of report.owners) lines.push(t(lang, 'daily.ownerLine', { ...o, owner: owner(o.owner) }));
  }
  section(lines, lang, t(lang, 'daily.section.new'), report.new.map(row));
  section(lines, lang, t(lang, 'daily.section.changed'), report.changed.map(row));
  section(
    lines,
    lang,
    t(lang, 'daily.section.removed'),
    report.removed.map((r) =>
      t(lang, 'daily.removedRow', { id: r.customerId || r.key, owner: owner(r.owner), row: r.row }),
    ),
  );
  section(
    lines,
    lang,
    t(lang, 'daily.section.newConflicts'),
    report.newConflicts.map((c) =>
      t(lang, 'daily.conflict', {
        id: c.id,
        kind: t(lang, `conflicts.kind.${c.kind}`),
        rows: c.rows.join(', '),
        ids: c.customerIds.join(', '),
        owners: c.owners.join(', '),
        suggested: c.suggestedOwner,
        newRows: c.newRows.join(', '),
      }),
    ),
  );
  section(lines, lang, t(lang, 'daily.section.created', { date }), report.created.map(row));
  section(lines, lang, t(lang, 'daily.section.followedUp', { date }), report.followedUp.map(row));
  section(lines, lang, t(lang, 'daily.section.dealerInfo'), report.dealerInfo.map(row));
  section(
    lines,
    lang,
    t(lang, 'daily.section.dealerInfoLogged', { date }),
    report.dealerInfoLogged.map((d) =>
      t(lang, 'daily.dealerInfoLogged', { ...d, id: d.customerId, field: customerFieldLabel(d.field, lang) }),
    ),
  );
  return lines.join('\n');
}

const command: Command = {
  name: 'daily',
  describe: (lang) => t(lang, 'daily.describe'),
  usage: (lang) => t(lang, 'daily.usage'),
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['since', 'date'] });
    const file = fileArgument(args.positionals, args.lang);
    const since = sinceOption(args);
    const date = dateOption(args);
    const input = await openForCheck(file, args.lang, false);
    const options = { today: args.todayDay, lang: args.lang };
    const checked = await checkFile(input, file, { ...options, write: false });
    const summary = await dailySummary(input.port, { ...options, since, date, checked });
    if (summary.outcome !== 'report') throw new UserError(t(args.lang, 'daily.error.noSnapshot', { file }));
    io.out(
      args.json
        ? dailyJson(summary.report, args.todayDay, summary.pending)
        : [dailyText(summary.report, args.todayDay, args.lang), ...pendingLines(summary.pending, args.lang)].join('\n'),
    );
    return 0;
  },
};
export default command;
