/**
 * The Audit sheet (变更日志): one row per user cell an action changed, per row it archived,
 * marked or created. Written only by the use cases of a person's explicit action.
 */
import type { Lang } from '../domain/schema';
import { SHEET_BY_KEY, label } from '../domain/schema';
import type { CellValue } from '../domain/table';
import { t } from '../i18n';
import type { AuditEntry, WorkbookPort } from '../workbook/port';

export function auditHeaders(lang: Lang): string[] {
  return ['at', 'who', 'action', 'sheet', 'row', 'field', 'before', 'after', 'note'].map((k) =>
    t(lang, `audit.header.${k}`),
  );
}

export function auditRow(e: AuditEntry, lang: Lang): CellValue[] {
  const sheet = SHEET_BY_KEY[e.sheet];
  const f = sheet.fields.find((x) => x.key === e.field);
  return [
    e.at,
    e.who,
    t(lang, `audit.action.${e.action}`),
    label(sheet, lang),
    e.row,
    f ? label(f, lang) : e.field,
    e.before,
    e.after,
    e.note ?? '',
  ];
}

export async function appendAudit(port: WorkbookPort, entries: AuditEntry[], lang: Lang): Promise<void> {
  if (entries.length === 0) return;
  await port.appendRows(
    'Audit',
    auditHeaders(lang),
    entries.map((e) => auditRow(e, lang)),
    lang,
  );
}
