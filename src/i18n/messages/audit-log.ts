import type { MessageTable } from '../index';

/** The change log (变更日志) of people's edits, dealer information changes and the log's hash chain (issue 19). */
export const messages: MessageTable = {
  zh: {
    'audit.header.hash': '校验码',
    'audit.action.edit': '用户修改',
    'audit.action.dealerInfo': '经销商信息变更',
    'audit.note.edit': '在表格中直接修改',
    'audit.note.editNoBefore': '在表格中直接修改（粘贴等：Excel 未提供原值）',
    'audit.note.dealerInfo': '经销商 {id}「{name}」的基本信息（{field}）已变更',
    'audit.chain.title': '变更日志被改动',
    'daily.section.dealerInfo': '经销商基本信息有变化（检查发现）：',
    'daily.section.dealerInfoLogged': '{date} 变更日志记录的经销商基本信息变更：',
    'daily.dealerInfoLogged': '{at} {who}：第 {row} 行 {id} {field}「{before}」→「{after}」',
    'pane.today.dealerInfo': '经销商基本信息变更',
    'pane.today.dealerInfo.hint': '请核实变更并及时更新相关措施（制度 §5）。',
    'audit.chain.changed':
      '「{sheet}」第 {row} 行：变更日志从这一行起与记录时不一致（这一行或它上面的一行被修改、删除或清空）。请从备份副本核对这一行和上一行，查明是谁改的；不要自己修复日志。',
    'audit.chain.unhashed':
      '「{sheet}」第 {row} 行：这一行没有校验码，不是本插件记录的（可能是后来插入的）。请从备份副本核对，查明是谁加的；不要自己修复日志。',
  },
  en: {
    'audit.header.hash': 'Chain hash',
    'audit.action.edit': 'User edit',
    'audit.action.dealerInfo': 'Dealer information changed',
    'audit.note.edit': 'Edited in the table',
    'audit.note.editNoBefore': 'Edited in the table (a paste or similar: Excel gave no old value)',
    'audit.note.dealerInfo': "Dealer {id} '{name}': basic information ({field}) changed",
    'audit.chain.title': 'Change log altered',
    'daily.section.dealerInfo': 'Dealer basic information changed (found by the checks):',
    'daily.section.dealerInfoLogged': 'Dealer basic information changes in the change log on {date}:',
    'daily.dealerInfoLogged': "{at} {who}: row {row} {id} {field} '{before}' -> '{after}'",
    'pane.today.dealerInfo': 'Dealer information changes',
    'pane.today.dealerInfo.hint': 'Confirm each change and update the measures that depend on it (regulations §5).',
    'audit.chain.changed':
      "'{sheet}' row {row}: the change log no longer matches what was logged from this row on (this row, or the one above it, was edited, deleted or cleared). Compare this row and the one above with a backup copy and find out who changed it; do not repair the log yourself.",
    'audit.chain.unhashed':
      "'{sheet}' row {row}: this row has no chain hash, so the add-in did not log it (it may have been inserted later). Compare with a backup copy and find out who added it; do not repair the log yourself.",
  },
};
