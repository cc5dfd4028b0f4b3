/** `showroom-desk conflicts FILE [--json] [--lang zh|en] [--today D]`: every group of rows that are the same customer. */
import { t } from '../../i18n';
import { parseArgs } from '../args';
import { fileArgument } from '../io';
import { checkFile, conflictsJson, openForCheck, summaryText } from '../check/run';
import type { Command } from '../types';

const command: Command = {
  name: 'conflicts',
  describe: (lang) => t(lang, 'conflicts.describe'),
  usage: 'conflicts FILE [--json] [--lang zh|en] [--today YYYY-MM-DD]',
  async run(argv, io) {
    const args = parseArgs(argv);
    const file = fileArgument(args.positionals, args.lang);
    const input = await openForCheck(file, args.lang, false);
    const { result } = await checkFile(input, file, {
      today: args.todayDay,
      lang: args.lang,
      only: 'matching',
      write: false,
    });
    io.out(
      args.json ? conflictsJson(result) : summaryText(result, args.lang, { issues: false, conflicts: true }, Infinity),
    );
    return 0;
  },
};
export default command;
