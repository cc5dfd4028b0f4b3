import type { MessageTable } from '../index';

/** workbook messages (zh-CN default, en-US). */
export const messages: MessageTable = {
  zh: {
    'workbook.error.noTable':
      '找不到「{sheet}」表。请在任务窗格的「工作簿」页点「设置/修复工作簿」创建它，或检查工作表名称和表头。',
    'workbook.error.notAddinField': '「{field}」不是本插件的状态列,插件不会写入用户数据列。',
    'workbook.error.noColumn':
      '「{sheet}」表中没有「{field}」列。请在任务窗格的「工作簿」页点「设置/修复工作簿」添加缺少的列。',
    'workbook.error.rowOutside': '第 {row} 行不在「{sheet}」表的数据范围内(第 {first}–{last} 行)。',
    'workbook.error.rowOccupied': '无法在「{sheet}」表下方追加:第 {row} 行已有内容。请先移开表格下方的内容。',
    'workbook.error.noStatusColumn': '「{sheet}」表中还没有状态列「{field}」,请先写入状态列再设置格式。',
    'workbook.error.unknownField': '「{sheet}」表没有字段「{field}」。',
    'workbook.lists.header': '{sheet}.{field}',
    'workbook.ownSheet.suffix': ' (展厅助手)',
    'workbook.statusNote': '检查结果在本表最右侧：{columns}。每次运行检查都会更新；全部问题见「{issues}」表。',
    'workbook.statusNote.column': '{column} 列「{field}」',
    'workbook.statusNote.separator': '、',
  },
  en: {
    'workbook.error.noTable':
      'Cannot find the "{sheet}" table. In the Setup tab of the task pane, press "Set up or repair workbook" to create it, or check the sheet name and headers.',
    'workbook.error.notAddinField':
      '"{field}" is not one of the add-in\'s status columns; the add-in never writes user columns.',
    'workbook.error.noColumn':
      'The "{sheet}" table has no "{field}" column. In the Setup tab of the task pane, press "Set up or repair workbook" to add the missing columns.',
    'workbook.error.rowOutside': 'Row {row} is outside the data of the "{sheet}" table (rows {first}–{last}).',
    'workbook.error.rowOccupied':
      'Cannot append below the "{sheet}" table: row {row} is not empty. Move what is below the table first.',
    'workbook.error.noStatusColumn':
      'The "{sheet}" table has no "{field}" status column yet; write the status columns before formatting.',
    'workbook.error.unknownField': 'The "{sheet}" table has no field "{field}".',
    'workbook.lists.header': '{sheet}.{field}',
    'workbook.ownSheet.suffix': ' (Showroom Desk)',
    'workbook.statusNote':
      'The check\'s results are at the right edge of this table: {columns}. Each check updates them; every issue is listed on the "{issues}" sheet.',
    'workbook.statusNote.column': 'column {column} "{field}"',
    'workbook.statusNote.separator': ', ',
  },
};
