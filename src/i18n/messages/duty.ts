import type { MessageTable } from '../index';

/** The duty rota (值班表): the `rota` command and the pane's 展厅 tab. */
export const messages: MessageTable = {
  zh: {
    'rota.cli.describe': '生成某月的值班表（每天 N 人，一名值班长，公平轮换），打印值班表和每人值班天数的差距',
    'rota.cli.fileArg': '请给出一个工作簿文件：showroom-desk rota FILE --month 2026-12',
    'rota.cli.month': '请用 --month YYYY-MM 给出月份（例如 --month 2026-12），而不是「{value}」。',
    'rota.cli.outType': '值班表只能写入 .xlsx 副本：「{file}」不是 .xlsx 文件。',
    'rota.cli.noStaff': '人员表中没有展厅的在职销售员，无法排班。请在人员表中填写销售员的展厅并标明在职。',
    'rota.cli.unknownShowroom': '人员表中没有展厅「{showroom}」的在职销售员。可选的展厅：{known}。',
    'rota.cli.title': '{month} 值班表 · {showroom}',
    'rota.cli.row': '  {date} {weekday}  值班长 {lead}  值班 {people}',
    'rota.cli.kept': '  已有的 {n} 天保持不变（主管手工排的行不会被覆盖）。',
    'rota.cli.none': '  没有需要生成的日子（已排好，或都在今天之前）。',
    'rota.cli.short': '  {date} 可排人数 {available}，需要 {needed}：请调整外出或人数设置。',
    'rota.cli.spreadTitle': '  每人本月值班天数（含已有的行）：',
    'rota.cli.spreadHead': '  工号      姓名      值班  值班长',
    'rota.cli.spread': '  差距（最多 − 最少）：值班 {duty} 天，值班长 {lead} 天',
    'rota.cli.written': '已在「{file}」的值班表末尾加入 {n} 行，并记入变更日志。',
    'rota.cli.dryRun': '（只打印，没有写入任何文件：加 --out FILE.xlsx 写入副本。）',
    'rota.weekday.1': '周一',
    'rota.weekday.2': '周二',
    'rota.weekday.3': '周三',
    'rota.weekday.4': '周四',
    'rota.weekday.5': '周五',
    'rota.weekday.6': '周六',
    'rota.weekday.7': '周日',
  },
  en: {
    'rota.cli.describe':
      "generate a month's duty rota (N people a day, one lead, fair rotation); print it and the spread of duty days",
    'rota.cli.fileArg': 'Give one workbook file: showroom-desk rota FILE --month 2026-12',
    'rota.cli.month': 'Give the month as --month YYYY-MM (e.g. --month 2026-12), not "{value}".',
    'rota.cli.outType': 'The rota is written to an .xlsx copy only: "{file}" is not an .xlsx file.',
    'rota.cli.noStaff':
      'The Staff sheet has no active salespeople with a showroom: nobody to put on duty. Fill in their Showroom and Active.',
    'rota.cli.unknownShowroom':
      'The Staff sheet has no active salespeople in showroom "{showroom}". Showrooms: {known}.',
    'rota.cli.title': 'Duty rota {month} · {showroom}',
    'rota.cli.row': '  {date} {weekday}  lead {lead}  on duty {people}',
    'rota.cli.kept':
      "  {n} days already on the sheet are kept as they are (a supervisor's rows are never overwritten).",
    'rota.cli.none': '  No days to generate (already on the rota, or before today).',
    'rota.cli.short':
      '  {date}: {available} people available, {needed} needed. Change the outings or the people per day.',
    'rota.cli.spreadTitle': '  Duty days per person this month (rows already there included):',
    'rota.cli.spreadHead': '  Staff ID  Name      Duty  Lead',
    'rota.cli.spread': '  Spread (most − fewest): duty {duty} days, lead {lead} days',
    'rota.cli.written': 'Added {n} rows at the end of the Duty table of "{file}", recorded in the Audit sheet.',
    'rota.cli.dryRun': '(Printed only, no file written: add --out FILE.xlsx to write a copy.)',
    'rota.weekday.1': 'Mon',
    'rota.weekday.2': 'Tue',
    'rota.weekday.3': 'Wed',
    'rota.weekday.4': 'Thu',
    'rota.weekday.5': 'Fri',
    'rota.weekday.6': 'Sat',
    'rota.weekday.7': 'Sun',
  },
};
