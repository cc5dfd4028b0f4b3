/**
 * `showroom-desk export FILE --as STAFFID --out FILE.xlsx` and `export FILE --by showroom --out DIR`: a
 * workbook holding only the rows one person (or each showroom) may see (app/export-for-person). Each file
 * is written through the CLI's safe output (temporary name, then renamed).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Lang } from '../../domain/schema';
import { t } from '../../i18n';
import {
  exportByShowroom,
  exportForPerson,
  NoAccessError,
  type ExportForPersonResult,
} from '../../app/export-for-person';
import { MemoryWorkbook } from '../../workbook/memory';
import { parseArgs } from '../args';
import { fileArgument, loadInput } from '../io';
import { checkOutputTarget, writeOutput } from '../output';
import { UsageError, UserError, type Command } from '../types';

/** A showroom's name as a file name: characters a file system refuses become _. */
export function showroomFileName(showroom: string): string {
  const safe = [...showroom]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/^\.+/, '_')
    .trim();
  return (safe || '_') + '.xlsx';
}

function countsOf(r: ExportForPersonResult) {
  const c = r.counts;
  return {
    customers: c.Customers ?? 0,
    ledger: c.Ledger ?? 0,
    reviews: c.Reviews ?? 0,
    outings: c.Outings ?? 0,
    audit: c.Audit ?? 0,
    archive: c.Archive ?? 0,
  };
}

const command: Command = {
  name: 'export',
  describe: (lang) => t(lang, 'export.describe'),
  usage: 'export FILE (--as STAFFID --out FILE.xlsx | --by showroom --out DIR) [--json] [--lang zh|en]',
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['as', 'by', 'out'] });
    const { lang } = args;
    const file = fileArgument(args.positionals, lang);
    const as = typeof args.options.as === 'string' ? args.options.as.trim() : '';
    const by = typeof args.options.by === 'string' ? args.options.by.trim() : '';
    if (as && by) throw new UsageError(t(lang, 'export.cli.both'));
    if (!as && !by) throw new UsageError(t(lang, 'export.cli.who'));
    if (by && by !== 'showroom') throw new UsageError(t(lang, 'export.cli.by', { value: by }));
    const out = typeof args.options.out === 'string' ? args.options.out : '';
    if (!out) throw new UsageError(t(lang, 'export.cli.out'));
    if (as) return exportOne(file, as, out, lang, args.json, io.out);
    return exportShowrooms(file, out, lang, args.json, io.out);
  },
};
export default command;

async function exportOne(
  file: string,
  as: string,
  out: string,
  lang: Lang,
  json: boolean,
  say: (s: string) => void,
): Promise<number> {
  if (!/\.xlsx$/i.test(out)) throw new UsageError(t(lang, 'check.outType', { file: out }));
  const target = { file: out, input: file };
  await checkOutputTarget(target, lang);
  const source = await loadInput(file, lang);
  const copy = new MemoryWorkbook();
  let result: ExportForPersonResult;
  try {
    result = await exportForPerson(source, copy, as, { lang });
  } catch (e) {
    if (e instanceof NoAccessError) throw new UserError(e.message);
    throw e;
  }
  await writeOutput(copy, target, lang);
  const { scope } = result;
  if (json) {
    say(
      JSON.stringify(
        { file: out, staffId: scope.staffId, role: scope.role, level: scope.level, counts: result.counts },
        null,
        2,
      ),
    );
  } else {
    say(
      t(lang, 'export.cli.written', {
        file: out,
        name: scope.name,
        id: scope.staffId,
        level: t(lang, `access.level.${scope.level}`),
        ...countsOf(result),
      }),
    );
    say(t(lang, 'export.cli.note'));
  }
  return 0;
}

async function exportShowrooms(
  file: string,
  dir: string,
  lang: Lang,
  json: boolean,
  say: (s: string) => void,
): Promise<number> {
  const stat = fs.existsSync(dir) ? fs.lstatSync(dir) : null;
  if (stat && !stat.isDirectory()) throw new UserError(t(lang, 'export.cli.outDir', { file: dir }));
  const source = await loadInput(file, lang);
  const copies = new Map<string, MemoryWorkbook>();
  const results = await exportByShowroom(
    source,
    (showroom) => {
      const wb = new MemoryWorkbook();
      copies.set(showroom, wb);
      return wb;
    },
    { lang },
  );
  if (!results.length) throw new UserError(t(lang, 'export.cli.noShowrooms', { file }));
  await fs.promises.mkdir(dir, { recursive: true });
  const written: { showroom: string; file: string; counts: ExportForPersonResult['counts'] }[] = [];
  for (const { showroom, result } of results) {
    const target = path.join(dir, showroomFileName(showroom));
    await writeOutput(copies.get(showroom)!, { file: target, input: file }, lang);
    written.push({ showroom, file: target, counts: result.counts });
    if (!json) say(t(lang, 'export.cli.writtenShowroom', { showroom, file: target, ...countsOf(result) }));
  }
  if (json) say(JSON.stringify({ dir, showrooms: written }, null, 2));
  else say(t(lang, 'export.cli.note'));
  return 0;
}
