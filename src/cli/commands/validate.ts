/** `showroom-desk validate FILE [--json] [--lang zh|en] [--today D]`: the validation issues alone. */
import { t } from '../../i18n';
import { parseArgs } from '../args';
import { fileArgument } from '../io';
import { checkFile, issuesJson, openForCheck, summaryText } from '../check/run';
import type { Command } from '../types';

const command: Command = {
  name: 'validate',
  describe: (lang) => t(lang, 'validate.describe'),
  usage: 'validate FILE [--json] [--lang zh|en] [--today YYYY-MM-DD]',
  async run(argv, io) {
    const args = parseArgs(argv);
    const file = fileArgument(args.positionals, args.lang);
    const input = await openForCheck(file, args.lang, false);
    const { result } = await checkFile(input, file, {
      today: args.todayDay,
      lang: args.lang,
      only: 'validation',
      write: false,
    });
    io.out(args.json ? issuesJson(result) : summaryText(result, args.lang, { issues: true, conflicts: false }));
    return 0;
  },
};
export default command;
