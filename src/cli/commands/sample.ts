/** `showroom-desk sample FILE.xlsx [--customers N] [--seed S] [--lang zh|en] [--today D] [--json]` */
import { t } from '../../i18n';
import { buildSample } from '../../sample';
import { parseArgs, intOption } from '../args';
import { fileArgument, writeOutput } from '../io';
import type { Command } from '../types';

const command: Command = {
  name: 'sample',
  describe: (lang) => t(lang, 'cli.sample.describe'),
  usage: 'sample FILE.xlsx [--customers N] [--seed S] [--lang zh|en] [--today YYYY-MM-DD] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['customers', 'seed'] });
    const file = fileArgument(args.positionals, args.lang);
    const customers = intOption(args, 'customers', 300, 40, 1048575);
    const seed = intOption(args, 'seed', 20260101, 0, 2 ** 32 - 1);
    const { workbook, plants, data } = buildSample({ customers, seed, lang: args.lang, today: args.today });
    await writeOutput(workbook, file, args.lang);
    const counts = {
      customers: data!.sheets.Customers.length,
      ledger: data!.sheets.Ledger.length,
      plants: plants.length,
    };
    if (args.json)
      io.out(JSON.stringify({ file, seed, today: args.today, lang: args.lang, ...counts, plants }, null, 2));
    else io.out(t(args.lang, 'cli.sample.done', { file, ...counts, seed }));
    return 0;
  },
};
export default command;
