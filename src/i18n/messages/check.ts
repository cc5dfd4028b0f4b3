import type { MessageTable } from '../index';

/** The check / validate / conflicts commands. */
export const messages: MessageTable = {
  zh: {
    'check.describe': '校验客户档案并检查客户冲突，可写出带标注的副本',
    'validate.describe': '只做校验，列出问题（行、字段、规则、级别）',
    'conflicts.describe': '列出同一客户的各组记录（冲突或重复）',
    'check.outType': '--out 只能写 .xlsx 文件，而不是“{file}”。请换一个以 .xlsx 结尾的文件名。',
    'check.summary':
      '客户 {customers} 行：错误 {errors} 个，警告 {warnings} 个；客户冲突 {conflicts} 组，重复记录 {duplicates} 组。',
    'check.summary.issues': '客户 {customers} 行：错误 {errors} 个，警告 {warnings} 个。',
    'check.summary.conflicts': '客户 {customers} 行：客户冲突 {conflicts} 组，重复记录 {duplicates} 组。',
    'check.byRule': '按规则：',
    'check.more': '……另有 {n} 条',
    'check.groups': '同一客户的记录组：',
    'check.group': '{id} {kind}：第 {rows} 行，客户编号 {ids}，负责销售 {owners}，建议归属 {suggested}',
    'check.suspicious': '电话相同但证件号不同（可能是家人共用电话，未合并，请人工确认）：{n} 对',
    'check.written': '已写出带标注的副本：{file}',
    'check.notRecognised':
      '在{where}中没有找到客户档案：需要名为“客户档案”（或 Customers）的工作表，或表头含“客户编号、客户名称、电话”等列的表格。请确认选对了文件；若表头在第一行之下，请删去上面的标题行。',
    'check.notRecognised.file': '文件 {file} ',
    'check.notRecognised.workbook': '当前工作簿',
  },
  en: {
    'check.describe': 'Validate the customer files and find customer conflicts; optionally write an annotated copy',
    'validate.describe': 'Validation only: the issues with row, field, rule and severity',
    'conflicts.describe': 'Every group of rows that are the same customer (conflict or duplicate)',
    'check.outType': '--out writes .xlsx files only, not "{file}". Choose a file name ending in .xlsx.',
    'check.summary':
      '{customers} customer rows: {errors} errors, {warnings} warnings; {conflicts} customer conflicts, {duplicates} duplicate groups.',
    'check.summary.issues': '{customers} customer rows: {errors} errors, {warnings} warnings.',
    'check.summary.conflicts':
      '{customers} customer rows: {conflicts} customer conflicts, {duplicates} duplicate groups.',
    'check.byRule': 'By rule:',
    'check.more': '... and {n} more',
    'check.groups': 'Groups of rows that are the same customer:',
    'check.group': '{id} {kind}: rows {rows}, customer IDs {ids}, owners {owners}, suggested owner {suggested}',
    'check.suspicious':
      'Same phone but different ID numbers (perhaps family members sharing a phone; not merged, please confirm): {n} pairs',
    'check.written': 'Annotated copy written: {file}',
    'check.notRecognised':
      'No customer file found in {where}: it needs a sheet named 客户档案 (or Customers), or a table whose header has columns such as 客户编号 / Customer ID, 客户名称 / Name, 电话 / Phone. Check that this is the right file; if the header is below a title row, delete the title row.',
    'check.notRecognised.file': '{file}',
    'check.notRecognised.workbook': 'this workbook',
  },
};
