/** Every hostile-input case, and the docs page made from them (docs/hostile-inputs.md). */
import { FILE_KIND_CASES } from './file-kinds';
import { OUTPUT_CASES } from './output';
import { CSV_CASES } from './csv';
import { CELL_CASES } from './cells';
import { LAYOUT_CASES } from './layout';
import { USAGE_CASES } from './usage';
import { PANE_CASES } from './pane';
import { REGISTERED_CASES } from './registered';
import { AUDIT_LOG_CASES } from './audit-log';
import { commandsOf, statusOf, type Files, type HostileCase, type Said } from './types';

export const CATALOGUE: HostileCase[] = [
  ...FILE_KIND_CASES,
  ...OUTPUT_CASES,
  ...CSV_CASES,
  ...CELL_CASES,
  ...LAYOUT_CASES,
  ...USAGE_CASES,
  ...PANE_CASES,
  ...AUDIT_LOG_CASES,
  ...REGISTERED_CASES,
];

/** File paths in a message as the table shows them: FILE for the input, OUT, … for the others. */
const PLACEHOLDERS = new Proxy({} as Files, {
  get: (_, k) => (k === 'input' ? 'FILE' : String(k).toUpperCase()),
});

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
const saidText = (s: Said) => (s instanceof RegExp ? `pattern \`${s.source}\`` : s);

function sees(c: HostileCase): { zh: string; en: string } {
  if (c.kind === 'registered') return c.sees;
  const s = c.kind === 'cli' ? c.sees(PLACEHOLDERS) : c.sees;
  return { zh: saidText(s.zh), en: saidText(s.en) };
}

function how(c: HostileCase): string {
  if (c.kind === 'cli') {
    return (
      commandsOf(c, PLACEHOLDERS)
        .map((r) => `\`${r.join(' ')}\``)
        .join('<br>') + `<br>exit ${c.code}`
    );
  }
  if (c.kind === 'port') return 'the pane (memory port / Office.js fake)';
  return `${c.coveredBy.file}: ${c.why}`;
}

const writes = (c: HostileCase) => (c.kind === 'cli' ? (c.writes ? 'yes' : 'no') : c.writes ? 'yes' : 'no');

function status(c: HostileCase): string {
  if (c.pending) return `pending: ${c.pending.branch}`;
  return c.fails ? 'fails' : 'passes';
}

/** The counts the closing note of issue 15 gives, and the reason for each case that does not pass. */
function counts(): string[] {
  const of = (s: string) => CATALOGUE.filter((c) => statusOf(c) === s);
  const fromIssue = CATALOGUE.filter((c) => c.source.includes('issue 15')).length;
  const open = CATALOGUE.filter((c) => statusOf(c) !== 'passes').map(
    (c) => `- **${c.id}** (${status(c)}): ${c.pending ? c.pending.why : c.fails}`,
  );
  return [
    `**${CATALOGUE.length} cases** (${fromIssue} from issue 15, the rest a careful tester's): ` +
      `**${of('passes').length} pass**, **${of('fails').length} fail** (known defects, each with its reason below), ` +
      `**${of('pending').length} pending** (fixed on a branch not yet merged).`,
    '',
    ...(open.length
      ? [
          'Cases that do not pass yet, and why (one run here still runs and must fail until fixed; one whose tests are on its branch is a todo):',
          '',
          ...open,
          '',
        ]
      : []),
  ];
}

/** The page: the counts, then one row per case. */
export function catalogueTable(): string {
  const rows = CATALOGUE.map((c) => {
    const s = sees(c);
    return `| ${c.id} | ${cell(c.title.zh)}<br>${cell(c.title.en)} | ${cell(c.source)} | ${cell(how(c))} | ${cell(s.zh)} | ${cell(s.en)} | ${writes(c)} | ${status(c)} |`;
  });
  return [
    '# Hostile inputs',
    '',
    '<!-- Made from test/hostile/catalogue by test/hostile/catalogue.test.ts: do not edit by hand.',
    '     UPDATE_HOSTILE_DOC=1 npx jest test/hostile/catalogue.test.ts rewrites it. -->',
    '',
    `The catalogue of issue 15: ${CATALOGUE.length} cases of bad input and faults. \`test/hostile/catalogue.test.ts\` (in`,
    '`npm test`) runs each case run by the command line or the pane in zh-CN and en-US. Each run checks the exit',
    'code, the message below, that nothing crashed (no stack trace, no "unexpected error"), that no file but the one',
    'written changed, and for each case that writes, a cell-by-cell comparison of every sheet before and after',
    "(values, formulas, number formats, links, notes) that finds no difference but the add-in's own sheets, status",
    'columns and the cells a person asked it to change. Cases run elsewhere (a real process, the Office.js fake, a',
    'browser, a build, sizes that take minutes) name the test that covers them; the runner checks that test is still',
    'there. A case that fails, or waits for a branch, still runs and must keep failing until it is fixed. In the',
    'messages, FILE is the input and OUT the output path.',
    '',
    ...counts(),
    '| id | case | from | run | the user gets (zh-CN) | the user gets (en-US) | writes | status |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
