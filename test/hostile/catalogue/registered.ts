/**
 * Cases other test files cover: a real process killed mid-write, two processes at once, the
 * recording Office.js fake, sizes that take a minute, the built pages and the browser, property
 * tests. The runner checks that each named test is still there; a case fixed on a branch not yet
 * merged is listed as pending, with what the branch brings.
 */
import { t } from '../../../src/i18n';
import { summary } from './common';
import type { RegisteredCase } from './types';

/** Text stays text in Excel: what the user sees in the cell. */
const TEXT_IN_CELL = {
  zh: '单元格里是原样的文字（不是公式，没有被执行）',
  en: 'the cell holds the text as typed (not a formula, nothing runs)',
};

const NO_MESSAGE_WHOLE_FILE = {
  zh: '（进程被强行结束，没有消息）文件名下仍是完整的旧文件；下次运行清理留下的临时文件',
  en: '(the process is killed: no message) the old file is still under its name, whole; the next run removes the temporary file',
};

const CSP = {
  zh: '（无消息）页面只从自身和 Office.js 的来源加载脚本，不向其他来源发出任何请求',
  en: "(no message) pages load scripts from themselves and office.js's origin only, and make no request elsewhere",
};

const PROPERTY = {
  zh: '（无消息）检查结果与输入的写法和行序无关',
  en: '(no message) what the check finds does not depend on how the input is typed or ordered',
};

const registered = (c: Omit<RegisteredCase, 'kind'>): RegisteredCase => ({ kind: 'registered', ...c });

const PROCESS = 'a real process killed with SIGKILL while it writes';

export const REGISTERED_CASES: RegisteredCase[] = [
  registered({
    id: 'kill-during-out',
    source: 'issue 15: 2 (kill -9 during the write left a truncated zip under the final name)',
    title: { zh: '写入 --out 时进程被 kill -9', en: 'kill -9 while check --out writes' },
    writes: true,
    sees: NO_MESSAGE_WHOLE_FILE,
    coveredBy: {
      file: 'hostile/atomic-write.test.ts',
      tests: ['kill -9 during check --out leaves the old file under the name, whole; the next run cleans up'],
    },
    why: PROCESS,
  }),
  registered({
    id: 'kill-during-in-place',
    source: 'issue 15: 2 (with --out = input a 30k-customer original was destroyed)',
    title: { zh: '--in-place 写入时进程被 kill -9', en: 'kill -9 while check --in-place writes' },
    writes: true,
    sees: {
      zh: '（进程被强行结束，没有消息）输入文件完整，备份也在',
      en: '(the process is killed: no message) the input is whole, and so is its backup',
    },
    coveredBy: {
      file: 'hostile/atomic-write.test.ts',
      tests: ['kill -9 during check --in-place leaves the input whole, and its backup'],
    },
    why: PROCESS,
  }),
  registered({
    id: 'two-runs-same-out',
    source: 'issue 15: 3 (two runs writing the same --out left a zip with a CRC error)',
    title: { zh: '两个进程同时写同一个 --out', en: 'two runs writing the same --out at once' },
    writes: true,
    sees: {
      zh: '两次都正常结束；文件是后完成的那次写出的完整副本',
      en: 'both end normally; the file is the whole copy of the run that finished last',
    },
    coveredBy: {
      file: 'hostile/atomic-write.test.ts',
      tests: ['two runs writing the same --out: the last one to finish wins, whole'],
    },
    why: 'two real processes at once',
  }),
  registered({
    id: 'writer-fails-half-way',
    source: 'careful tester (a write that fails part-way)',
    title: { zh: '写到一半失败', en: 'a write that fails half-way' },
    writes: true,
    sees: {
      zh: '写入失败的消息；原有文件不变，不留临时文件',
      en: 'a message that the write failed; the existing file is unchanged and no temporary file is left',
    },
    coveredBy: {
      file: 'hostile/atomic-write.test.ts',
      tests: [
        'a writer that fails half-way leaves the target as it was and no temporary file',
        'a rename that fails (the target became a folder) removes the temporary file',
      ],
    },
    why: 'the atomic writer, with a failing writer function',
  }),
  registered({
    id: 'office-report-sheet-injection',
    source: 'issue 15: formula injection (writeReportSheet: a customer ID =HYPERLINK(...) became a live formula)',
    title: { zh: '报告表里看起来像公式的客户编号', en: 'a customer ID that looks like a formula, in a report sheet' },
    writes: true,
    sees: TEXT_IN_CELL,
    coveredBy: {
      file: 'hostile/office-injection.test.ts',
      tests: ['report sheets: a linked row’s first cell and every other cell'],
    },
    why: 'the Office.js adapter against the recording fake (Excel is not here)',
  }),
  registered({
    id: 'office-appended-rows-injection',
    source: 'issue 15: formula injection (appendRows: Audit, Archive)',
    title: { zh: '审计、归档行里以 =、+、-、@ 开头的文字', en: 'text starting =, +, - or @ in Audit and Archive rows' },
    writes: true,
    sees: TEXT_IN_CELL,
    coveredBy: {
      file: 'hostile/office-injection.test.ts',
      tests: [
        'report rows without a link, and rows appended to Audit, Archive and Decisions',
        'appendTableRows into a table and into a plain range',
      ],
    },
    why: 'the Office.js adapter against the recording fake',
  }),
  registered({
    id: 'office-update-cells-injection',
    source: 'issue 15: formula injection (updateCells: resolve, merge)',
    title: { zh: '解决冲突、合并时写入的公式样文字', en: 'formula-like text written by resolve and merge' },
    writes: true,
    sees: TEXT_IN_CELL,
    coveredBy: {
      file: 'hostile/office-injection.test.ts',
      tests: ['updateCells (resolve, merge) writes a person’s value as text; numbers and dates stay numbers'],
    },
    why: 'the Office.js adapter against the recording fake',
  }),
  registered({
    id: 'office-status-column-injection',
    source: 'careful tester (the status columns through the Office.js adapter)',
    title: { zh: '状态列里的公式样文字', en: 'formula-like text in the status columns' },
    writes: true,
    sees: TEXT_IN_CELL,
    coveredBy: {
      file: 'hostile/office-injection.test.ts',
      tests: ['status columns, with and without the add-in’s formulas in the same column'],
    },
    why: 'the Office.js adapter against the recording fake',
  }),
  registered({
    id: 'office-user-sheet-named-like-a-report',
    source: 'issue 15: 5, in Excel (a user sheet named 冲突)',
    title: { zh: 'Excel 中用户自己的「冲突」表', en: "the user's own 冲突 sheet, in Excel" },
    writes: true,
    sees: summary(3, 0, 0, 1),
    coveredBy: {
      file: 'hostile/own-sheets.test.ts',
      tests: [
        'a user’s 冲突 sheet keeps its cells; the registry in the settings sheet names the add-in’s',
        'an older version’s workbook (its settings in the document): 冲突 is recognised as the add-in’s',
      ],
    },
    why: 'the Office.js adapter against the recording fake',
  }),
  registered({
    id: 'office-formula-right-of-table',
    source: 'issue 15: 6, in Excel (a formula returning "" right of a plain range)',
    title: { zh: 'Excel 中表格右侧返回空文本的公式', en: 'a formula returning "" right of the table, in Excel' },
    writes: true,
    sees: summary(3, 0, 0, 1),
    coveredBy: {
      file: 'hostile/status-columns.test.ts',
      tests: ['Office adapter: a formula returning "" beside a plain range moves right with its columns'],
    },
    why: 'the Office.js adapter against the recording fake',
  }),
  registered({
    id: 'older-version-workbook',
    source: 'careful tester (a copy an older version wrote, without the own-sheet registry)',
    title: { zh: '旧版本写出的副本再检查', en: 'checking a copy an older version wrote' },
    writes: true,
    sees: summary(3, 0, 0, 1),
    coveredBy: {
      file: 'hostile/own-sheets.test.ts',
      tests: ['a workbook an older version wrote (settings sheet without a registry): its 冲突 is the add-in’s'],
    },
    why: 'builds an older settings sheet by hand; kept with the other own-sheet tests',
  }),
  registered({
    id: 'csv-131k-rows',
    source: 'issue 15: crashes (a CSV of 130k+ rows with --out: "Maximum call stack size exceeded")',
    title: { zh: '13.1 万行的 CSV', en: 'a CSV of 131,000 rows' },
    writes: true,
    sees: summary(131000),
    coveredBy: {
      file: 'hostile/csv.test.ts',
      tests: ['a CSV of 131,000 rows loads for --out (no "Maximum call stack size exceeded")'],
    },
    why: '131,000 rows: seconds, kept out of the runner',
  }),
  registered({
    id: 'report-over-125k-rows',
    source: 'issue 15: crashes (more than ~125k issues: RangeError in writeReportSheet)',
    title: { zh: '超过 12.5 万条问题的报告表', en: 'a report sheet of more than 125,000 issues' },
    writes: true,
    sees: { zh: '（无消息）报告表写出全部行', en: '(no message) the report sheet holds every row' },
    coveredBy: {
      file: 'hostile/csv.test.ts',
      tests: ['a CSV of 131,000 rows loads for --out (no "Maximum call stack size exceeded")'],
    },
    why: "the memory workbook's writeReportSheet with 131,002 rows",
  }),
  registered({
    id: 'csv-16390-columns',
    source: 'issue 15: crashes (a 16,390-column CSV: RangeError with a stack trace)',
    title: { zh: '16,390 列的 CSV', en: 'a CSV of 16,390 columns' },
    writes: true,
    sees: {
      zh:
        'wide 第 1 行：' + t('zh', 'validation.customer.file.limit.columns', { count: '16,390', first: 'XFC', n: '8' }),
      en:
        'wide, row 1: ' + t('en', 'validation.customer.file.limit.columns', { count: '16,390', first: 'XFC', n: '8' }),
    },
    coveredBy: {
      file: 'hostile/csv.test.ts',
      tests: ['columns past what a sheet holds: the rest is checked, the cut is said, the copy is written'],
    },
    why: 'a 16,390-column copy: seconds, kept out of the runner',
  }),
  registered({
    id: 'csv-rows-past-a-sheet',
    source: "careful tester (a CSV longer than a sheet's 1,048,576 rows)",
    title: { zh: '超过 1,048,576 行的 CSV', en: 'a CSV of more rows than a sheet holds' },
    writes: false,
    sees: {
      zh: 'tall 第 1 行：' + t('zh', 'validation.customer.file.limit.rows', { first: '1,048,577', n: '2' }),
      en: 'tall, row 1: ' + t('en', 'validation.customer.file.limit.rows', { first: '1,048,577', n: '2' }),
    },
    coveredBy: {
      file: 'hostile/csv.test.ts',
      tests: ['rows past what a sheet holds: the rows that fit are checked, the rest is said'],
    },
    why: 'a million lines: seconds, kept out of the runner',
  }),
  registered({
    id: 'customers-200k-check-out',
    source: 'issue 15: crashes (a 200k-customer workbook, check --out: V8 heap out of memory after 6 minutes)',
    title: { zh: '20 万客户的工作簿 check --out', en: 'check --out on a workbook of 200,000 customers' },
    writes: true,
    sees: { zh: '已写出带标注的副本：OUT', en: 'Annotated copy written: OUT' },
    coveredBy: {
      file: 'hostile/write.test.ts',
      tests: ['a copy whose report has 200k linked rows is written and read again (the next check --out of it)'],
    },
    why: 'minutes: the bench (bench/write.ts: 200k x 15 check --out 35.9 s, 1.45 GB) with a small twin in test/hostile/write.test.ts',
  }),
  registered({
    id: 'rows-1m-check-out',
    source: 'issue 15: crashes (a 1,048,576-row × 3-column .xlsx, check --out: 272 s and 7.2 GB)',
    title: { zh: '104.8 万行的 .xlsx check --out', en: 'check --out on a 1,048,576-row .xlsx' },
    writes: true,
    sees: { zh: '已写出带标注的副本：OUT', en: 'Annotated copy written: OUT' },
    coveredBy: {
      file: 'hostile/write.test.ts',
      tests: ["the copy writer takes a sheet of Excel's 1,048,576 rows, and refuses one row more"],
    },
    why: 'minutes and gigabytes: the bench (BENCH_WRITE_1M=1 bench/write.ts: 27.3 s, 1.83 GB; goal ≤ 60 s and ≤ 2 GB)',
  }),
  registered({
    id: 'half-truncated-tiers',
    source: 'issue 15: crashes (tiers and reviews on a half-truncated file: exit 0 with no output)',
    title: { zh: '读取永远等不到结尾的命令', en: 'a command whose reading never ends' },
    writes: false,
    sees: { zh: t('zh', 'cli.error.unfinished'), en: t('en', 'cli.error.unfinished') },
    coveredBy: {
      file: 'hostile/process.test.ts',
      tests: ['a command whose work never settles exits 1 with a message, not 0 with nothing'],
    },
    why: 'a real process: Node exits when nothing is left to wait for',
  }),
  registered({
    id: 'playground-file-kinds',
    source: "careful tester (the playground's file open: the same files, the browser-safe path)",
    title: { zh: '演示页打开其他程序写的文件', en: 'the playground opens files other programs wrote' },
    writes: false,
    sees: {
      zh: '与命令行相同的检查结果和文件错误消息',
      en: 'the same findings and file errors as the command line',
    },
    coveredBy: {
      file: 'hostile/other-writers.test.ts',
      tests: ["the playground's file open gets the same typed errors (browser-safe path)"],
    },
    why: "the browser-safe reader, per writer (openpyxl, Excel's tables)",
  }),
  registered({
    id: 'csp-production-pages',
    source: "issue 15: the pane's page (CSP: default-src 'self', scripts from self and office.js, no connect-src)",
    title: { zh: '正式构建的每个页面都带 CSP', en: 'every page of the production build carries the CSP' },
    writes: false,
    sees: CSP,
    coveredBy: {
      file: 'build/webpack-build.test.ts',
      tests: ["every page carries the Content-Security-Policy, with scripts from 'self' and the office.js CDN only"],
    },
    why: 'a webpack build',
  }),
  registered({
    id: 'csp-development-pages',
    source: "issue 15: the pane's page (CSP in every built page, the playground's too)",
    title: { zh: '开发构建的每个页面都带 CSP', en: 'every page of the development build carries the CSP' },
    writes: false,
    sees: CSP,
    coveredBy: {
      file: 'build/webpack-build.test.ts',
      tests: ["every page, the playground's too, carries the Content-Security-Policy, with scripts from 'self' only"],
    },
    why: 'a webpack build',
  }),
  registered({
    id: 'csp-in-the-browser',
    source: "issue 15: the pane's page (the add-in makes no network request: the CSP makes it a promise)",
    title: { zh: '浏览器中的 CSP:不向其他来源发请求', en: 'the CSP in a browser: no request beyond its origin' },
    writes: false,
    sees: CSP,
    coveredBy: {
      file: 'browser/csp.test.ts',
      tests: [
        'runs the pane with no policy violation and no request beyond its origin',
        'blocks and reports a request to another origin (so the checks above can fail)',
      ],
    },
    why: 'Chromium',
  }),
  registered({
    id: 'dev-server-cors',
    source: "issue 15: the pane's page (the dev server sent Access-Control-Allow-Origin: *)",
    title: { zh: '开发服务器不发 CORS 头', en: 'the dev server sends no CORS header' },
    writes: false,
    sees: {
      zh: '（无消息）其他网页读不到开发服务器提供的内容',
      en: '(no message) no other web page can read what the dev server serves',
    },
    coveredBy: {
      file: 'build/webpack-build.test.ts',
      tests: ['sends no Access-Control-Allow-Origin header (no other web page may read what it serves)'],
    },
    why: 'a running dev server',
  }),
  registered({
    id: 'playground-server-cors',
    source: "careful tester (the playground's own server, as the dev server)",
    title: { zh: '演示页服务器不发 CORS 头', en: "the playground's server sends no CORS header" },
    writes: false,
    sees: {
      zh: '（无消息）其他网页读不到演示页服务器提供的内容',
      en: "(no message) no other web page can read what the playground's server serves",
    },
    coveredBy: {
      file: 'build/scripts.test.ts',
      tests: ['sends no Access-Control-Allow-Origin header (no other web page may read what it serves)'],
    },
    why: 'a running server (scripts/serve.js)',
  }),
  registered({
    id: 'property-normalise-twice',
    source: 'issue 15: property tests (normalising twice equals normalising once)',
    title: { zh: '规范化两次等于一次', en: 'normalising twice equals normalising once' },
    writes: false,
    sees: PROPERTY,
    coveredBy: {
      file: 'hostile/properties.test.ts',
      tests: [
        'phones: every typing gives the digits, and the key normalises to itself',
        'resident IDs and credit codes: the normalised text parses to the same reading',
        'dates: every typing gives the day, and its YYYY-MM-DD text parses back to it',
      ],
    },
    why: 'fast-check over generated typings',
  }),
  registered({
    id: 'property-row-order',
    source: 'issue 15: property tests (the row order does not change the clusters)',
    title: { zh: '行序不改变客户分组', en: 'the row order does not change the clusters' },
    writes: false,
    sees: PROPERTY,
    coveredBy: {
      file: 'hostile/properties.test.ts',
      tests: ['the row order does not change the clusters', 'runCheck finds the same clusters in any row order'],
    },
    why: 'fast-check over generated customer files',
  }),
  registered({
    id: 'property-unrelated-row',
    source: 'issue 15: property tests (adding an unrelated row neither splits nor joins clusters)',
    title: { zh: '加一行无关客户不拆分也不合并分组', en: 'an unrelated row neither splits nor joins clusters' },
    writes: false,
    sees: PROPERTY,
    coveredBy: {
      file: 'hostile/properties.test.ts',
      tests: ['adding an unrelated row neither splits nor joins clusters'],
    },
    why: 'fast-check over generated customer files',
  }),
  registered({
    id: 'property-resolve-restore',
    source: 'issue 15: property tests (resolve then restore gives back the original)',
    title: { zh: '解决后再恢复，得回原样', en: 'resolve then restore gives back the original' },
    writes: true,
    sees: PROPERTY,
    coveredBy: {
      file: 'hostile/properties.test.ts',
      tests: [
        'resolve (merge, chosen values, owner, second salesperson) then restore gives back the original',
        'merging groups one after another then restoring them gives back the original',
      ],
    },
    why: 'fast-check over resolve and restore',
  }),
  registered({
    id: 'export-hiding-places',
    source: 'issue 20: a per-person workbook must not leak excluded customers through any part of the package',
    title: {
      zh: '共享工作簿的隐藏表、批注、名称、自定义列、变更日志、归档、设置表里都有其他客户，再为一个人导出',
      en: 'a shared workbook naming every customer in hidden sheets, comments, names, extra columns, Audit, Archive and settings, exported for one person',
    },
    writes: true,
    sees: {
      zh: '导出的工作簿只含此人可查看的行；包内任何部分都不出现其他客户的名称、电话、证件号码',
      en: "the exported workbook holds only the rows the person may see; no part of the package names another customer's name, phone or ID number",
    },
    coveredBy: {
      file: 'app/export-for-person.test.ts',
      tests: [
        'no part of the package names a customer out of scope',
        'every hiding place of the shared workbook names them',
      ],
    },
    why: 'a workbook built with ExcelJS, unzipped part by part, read back with ExcelJS and LibreOffice',
  }),
];
