/** `showroom-desk check FILE [--out annotated.xlsx] [--json] [--lang zh|en] [--today D]`: validation and conflicts together. */
import { t } from '../../i18n';
import { updateScores } from '../../app/review-scores';
import { parseArgs } from '../args';
import { fileArgument, writeOutput } from '../io';
import { checkFile, openForCheck, summaryText } from '../check/run';
import type { Command } from '../types';
import { UsageError } from '../types';

const command: Command = {
  name: 'check',
  describe: (lang) => t(lang, 'check.describe'),
  usage: 'check FILE [--out annotated.xlsx] [--json] [--lang zh|en] [--today YYYY-MM-DD]',
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['out'] });
    const file = fileArgument(args.positionals, args.lang);
    const out = typeof args.options.out === 'string' ? args.options.out : undefined;
    if (out !== undefined && !/\.xlsx$/i.test(out)) throw new UsageError(t(args.lang, 'check.outType', { file: out }));
    const input = await openForCheck(file, args.lang, out !== undefined);
    // The verdict goes into the loaded workbook only when a copy is written.
    const { data, result } = await checkFile(input, file, {
      today: args.todayDay,
      lang: args.lang,
      write: out !== undefined,
    });
    if (out !== undefined && input.workbook) {
      if (data.Reviews) await updateScores(input.workbook, { today: args.todayDay, lang: args.lang });
      await writeOutput(input.workbook, out, args.lang);
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
    return 0;
  },
};
export default command;
