/**
 * `showroom-desk rota FILE --month 2026-12 [--showroom 天河展厅] [--out FILE.xlsx [--in-place]]
 *  [--json] [--today YYYY-MM-DD] [--lang zh|en]`
 * The month's duty rota per showroom (the same use case as the pane's 展厅 tab): prints the new rows
 * and the spread table. Without --out nothing is written; with --out the rows are appended to the
 * Duty table of a copy (written to a temporary name, then renamed), audited.
 */
import { parseMonth } from '../../domain/duty/generate';
import { isoWeekday } from '../../domain/duty/policy';
import { formatDay } from '../../domain/normalise';
import type { Lang } from '../../domain/schema';
import { ROTA_SHEETS, generateMonthRota, type RotaResult } from '../../app/generate-rota';
import { TablesPort } from '../../workbook/memory/tables-port';
import { t } from '../../i18n';
import { parseArgs } from '../args';
import { fileArgument, loadInput, readInput } from '../io';
import { checkOutputTarget, outputTarget, reportWritten, writeOutput } from '../output';
import { UsageError, UserError, type Command, type CommandIo } from '../types';

const pad = (s: string, n: number) =>
  s + ' '.repeat(Math.max(1, n - [...s].reduce((w, c) => w + (c > '\u2e80' ? 2 : 1), 0)));

export function formatRota(res: RotaResult, lang: Lang): string {
  const month = `${res.year}-${String(res.month).padStart(2, '0')}`;
  const who = (id: string) => (res.names[id] ? `${id} ${res.names[id]}` : id);
  const lines: string[] = [];
  for (const s of res.showrooms) {
    lines.push(t(lang, 'rota.cli.title', { month, showroom: s.showroom }));
    for (const r of s.rows) {
      lines.push(
        t(lang, 'rota.cli.row', {
          date: formatDay(r.day),
          weekday: t(lang, `rota.weekday.${isoWeekday(r.day)}`),
          lead: who(r.lead),
          people: r.onDuty.map(who).join(lang === 'zh' ? '、' : ', '),
        }),
      );
    }
    if (s.rows.length === 0) lines.push(t(lang, 'rota.cli.none'));
    if (s.keptDays.length) lines.push(t(lang, 'rota.cli.kept', { n: s.keptDays.length }));
    for (const x of s.short) lines.push(t(lang, 'rota.cli.short', { date: formatDay(x.day), ...x }));
    lines.push(t(lang, 'rota.cli.spreadTitle'), t(lang, 'rota.cli.spreadHead'));
    for (const p of s.tally) {
      lines.push(`  ${pad(p.id, 10)}${pad(res.names[p.id] ?? '', 10)}${pad(String(p.duty), 6)}${p.lead}`);
    }
    lines.push(t(lang, 'rota.cli.spread', { duty: s.dutySpread, lead: s.leadSpread }), '');
  }
  return lines.join('\n').trimEnd();
}

export async function runRotaCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const a = parseArgs(argv, { values: ['month', 'showroom', 'out'], flags: ['in-place'] });
  if (a.positionals.length !== 1) throw new UsageError(t(a.lang, 'rota.cli.fileArg'));
  const file = fileArgument(a.positionals, a.lang);
  const monthText = typeof a.options.month === 'string' ? a.options.month : '';
  const month = parseMonth(monthText);
  if (!month) throw new UsageError(t(a.lang, 'rota.cli.month', { value: monthText }));
  const showroom = typeof a.options.showroom === 'string' ? a.options.showroom : undefined;
  const out = outputTarget(a, file);
  if (out !== undefined && !/\.xlsx$/i.test(out.file))
    throw new UsageError(t(a.lang, 'rota.cli.outType', { file: out.file }));
  const options = { year: month[0], month: month[1], showroom, today: a.todayDay, lang: a.lang };

  let res: RotaResult;
  let saved;
  if (out !== undefined) {
    await checkOutputTarget(out, a.lang);
    const workbook = await loadInput(file, a.lang);
    res = await generateMonthRota(workbook, { ...options, write: true });
    check(res, a.lang);
    saved = await writeOutput(workbook, out, a.lang);
  } else {
    const port = new TablesPort(await readInput(file, a.lang, ROTA_SHEETS));
    res = await generateMonthRota(port, { ...options, write: false });
    check(res, a.lang);
  }
  if (a.json) io.out(JSON.stringify(rotaJson(res), null, 2));
  else {
    io.out(formatRota(res, a.lang));
    io.out(
      out ? t(a.lang, 'rota.cli.written', { file: out.file, n: res.written.length }) : t(a.lang, 'rota.cli.dryRun'),
    );
  }
  reportWritten(io, a.lang, a.json, saved);
  return 0;
}

function check(res: RotaResult, lang: Lang): void {
  if (res.unknownShowroom !== undefined)
    throw new UserError(
      t(lang, 'rota.cli.unknownShowroom', { showroom: res.unknownShowroom, known: known(res, lang) }),
    );
  if (res.showrooms.length === 0) throw new UserError(t(lang, 'rota.cli.noStaff'));
}

function known(res: RotaResult, lang: Lang): string {
  return res.knownShowrooms.join(lang === 'zh' ? '、' : ', ');
}

/** The JSON shape: per showroom, the rows (dates as text), the kept days, short days and the tally. */
export function rotaJson(res: RotaResult): unknown {
  return {
    month: `${res.year}-${String(res.month).padStart(2, '0')}`,
    written: res.written,
    showrooms: res.showrooms.map((s) => ({
      showroom: s.showroom,
      rows: s.rows.map((r) => ({ date: formatDay(r.day), lead: r.lead, onDuty: r.onDuty })),
      keptDays: s.keptDays.map(formatDay),
      short: s.short.map((x) => ({ ...x, day: formatDay(x.day) })),
      tally: s.tally,
      dutySpread: s.dutySpread,
      leadSpread: s.leadSpread,
    })),
  };
}

export const command: Command = {
  name: 'rota',
  describe: (lang) => t(lang, 'rota.cli.describe'),
  usage:
    'rota FILE --month YYYY-MM [--showroom NAME] [--out copy.xlsx [--in-place]] [--json] [--today YYYY-MM-DD] [--lang zh|en]',
  run: runRotaCli,
};
export default command;
