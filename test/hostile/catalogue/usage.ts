/** The command line called wrongly (the careful tester): each gets a message, exit 2, and the usage line. */
import { t } from '../../../src/i18n';
import { COMMANDS } from '../../../src/cli';
import { CONFLICT_ROWS, csv } from './common';
import type { CliCase, Files, Sees } from './types';

const both = (key: string, params: Record<string, string> = {}): Sees => ({
  zh: t('zh', key, params),
  en: t('en', key, params),
});

const usage = (
  id: string,
  title: { zh: string; en: string },
  argv: (f: Files) => string[],
  sees: (f: Files) => Sees,
): CliCase => ({
  kind: 'cli',
  id,
  source: 'careful tester',
  title,
  build: (dir) => ({ input: csv(dir, '客户.csv', CONFLICT_ROWS) }),
  argv,
  code: 2,
  sees,
});

export const USAGE_CASES: CliCase[] = [
  usage(
    'unknown-command',
    { zh: '不存在的命令', en: 'an unknown command' },
    (f) => ['chekc', f.input],
    () => both('cli.error.unknownCommand', { name: 'chekc', commands: COMMANDS.map((c) => c.name).join(', ') }),
  ),
  usage(
    'bad-today',
    { zh: '--today 不是日期(2026-13-45)', en: '--today that is not a date (2026-13-45)' },
    (f) => ['check', f.input, '--today', '2026-13-45'],
    () => both('cli.error.today', { value: '2026-13-45' }),
  ),
  usage(
    'bad-today-february-30',
    { zh: '--today 是不存在的日子(2月30日)', en: '--today on a day that does not exist (February 30)' },
    (f) => ['check', f.input, '--today', '2026-02-30'],
    () => both('cli.error.today', { value: '2026-02-30' }),
  ),
  usage(
    'bad-lang',
    { zh: '--lang 不是 zh 或 en', en: '--lang that is neither zh nor en' },
    (f) => ['check', f.input, '--lang', 'fr'],
    () => both('cli.error.lang', { value: 'fr' }),
  ),
  usage(
    'unknown-option',
    { zh: '不认识的选项', en: 'an unknown option' },
    (f) => ['check', f.input, '--fast'],
    () => both('cli.error.unknownOption', { option: '--fast' }),
  ),
  usage(
    'option-without-value',
    { zh: '选项缺少取值(--out 后面没有文件)', en: 'an option without its value (--out and no file)' },
    (f) => ['check', f.input, '--out'],
    () => both('cli.error.missingValue', { option: '--out' }),
  ),
  usage(
    'missing-file-argument',
    { zh: '没有给出文件', en: 'no file given' },
    () => ['check'],
    () => both('cli.error.missingFile'),
  ),
  usage(
    'two-files',
    { zh: '给了两个文件(路径含空格没加引号)', en: 'two files (a path with a space, unquoted)' },
    (f) => ['check', f.input, 'copy.xlsx'],
    () => both('cli.error.extraArgument', { value: 'copy.xlsx' }),
  ),
];
