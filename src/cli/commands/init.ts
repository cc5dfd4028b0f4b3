/** `showroom-desk init FILE.xlsx [--lang zh|en]`: the sample's layout, without rows. */
import { t } from '../../i18n';
import { buildSample } from '../../sample';
import { parseArgs } from '../args';
import { fileArgument, writeOutput } from '../io';
import type { Command } from '../types';

const command: Command = {
  name: 'init',
  describe: (lang) => t(lang, 'cli.init.describe'),
  usage: 'init FILE.xlsx [--lang zh|en]',
  async run(argv, io) {
    const args = parseArgs(argv);
    const file = fileArgument(args.positionals, args.lang, ['xlsx']);
    const { workbook } = buildSample({ empty: true, lang: args.lang });
    await writeOutput(workbook, file, args.lang);
    if (args.json) io.out(JSON.stringify({ file, lang: args.lang }));
    else io.out(t(args.lang, 'cli.init.done', { file }));
    return 0;
  },
};
export default command;
