/** `showroom-desk check FILE [--out annotated.xlsx] [--json] [--lang zh|en] [--today D]`: validation and conflicts together. */
import { t } from '../../i18n';
import { updateScores } from '../../app/review-scores';
import { parseArgs } from '../args';
import { fileArgument } from '../io';
import { checkOutputTarget, outputTarget, reportWritten, writeOutput, type Written } from '../output';
import { checkFile, openForCheck, summaryText } from '../check/run';
import type { Command } from '../types';
import { UsageError } from '../types';

const command: Command = {
  name: 'check',
  describe: (lang) => t(lang, 'check.describe'),
  usage: 'check FILE [--out annotated.xlsx [--in-place]] [--json] [--lang zh|en] [--today YYYY-MM-DD]',
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['out'], flags: ['in-place'] });
    const file = fileArgument(args.positionals, args.lang);
    const target = outputTarget(args, file);
    const out = target?.file;
    if (out !== undefined && !/\.xlsx$/i.test(out)) throw new UsageError(t(args.lang, 'check.outType', { file: out }));
    if (target) await checkOutputTarget(target, args.lang);
    const input = await openForCheck(file, args.lang, out !== undefined);
    // The verdict goes into the loaded workbook only when a copy is written.
    const { data, result } = await checkFile(input, file, {
      today: args.todayDay,
      lang: args.lang,
      write: out !== undefined,
    });
    let written: Written | undefined;
    if (target && input.workbook) {
      if (data.Reviews) await updateScores(input.workbook, { today: args.todayDay, lang: args.lang });
      written = await writeOutput(input.workbook, target, args.lang);
    }
    if (args.json) {
      io.out(
        JSON.stringify(
          {
            today: args.today,
            stats: result.stats,
            issues: result.issues,
            clusters: result.clusters,
            suspicious: result.suspicious,
          },
          null,
          2,
        ),
      );
    } else {
      io.out(summaryText(result, args.lang, { issues: true, conflicts: true }));
      if (out !== undefined) io.out('\n' + t(args.lang, 'check.written', { file: out }));
    }
    reportWritten(io, args.lang, args.json, written);
    return 0;
  },
};
export default command;
