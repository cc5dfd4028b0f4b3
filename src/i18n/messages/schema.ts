import type { MessageTable } from '../index';

/** schema messages (zh-CN default, en-US): header recognition and sheet identification. */
export const messages: MessageTable = {
  zh: {
    'schema.headers.missing': '「{sheet}」缺少必填列：{fields}',
    'schema.headers.extra': '「{sheet}」中以下列未识别，将保持原样：{headers}',
    'schema.headers.matched': '「{header}」识别为「{field}」',
    'schema.headers.allMatched': '「{sheet}」的列已全部识别',
    'schema.sheet.notFound': '未找到「{sheet}」表（按表名、工作表名或表头均未识别）',
    'schema.sheet.identified': '工作表「{name}」识别为「{sheet}」',
    'schema.enum.unknown': '「{value}」不是「{field}」的可选值（可选：{allowed}）',
  },
  en: {
    'schema.headers.missing': '{sheet} is missing required columns: {fields}',
    'schema.headers.extra': '{sheet}: these columns were not recognised and are left as they are: {headers}',
    'schema.headers.matched': '"{header}" read as "{field}"',
    'schema.headers.allMatched': 'Every column of {sheet} was recognised',
    'schema.sheet.notFound': 'No {sheet} sheet found (by table name, sheet name or header row)',
    'schema.sheet.identified': 'Sheet "{name}" read as {sheet}',
    'schema.enum.unknown': '"{value}" is not an allowed value of {field} (allowed: {allowed})',
  },
};
