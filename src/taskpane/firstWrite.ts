/**
 * What the first check will add to a workbook, as the sentences the pane shows before it
 * writes anything (pure: no React; test/taskpane/firstWrite.test.ts).
 */
import type { FirstWritePlan } from '../app/check-workbook';
import { ADDIN_SHEETS, SHEET_BY_KEY, field, label, type Lang } from '../domain/schema';
import { t } from '../i18n';

export function firstWriteItems(plan: FirstWritePlan, lang: Lang): string[] {
  const sep = t(lang, 'pane.list.sep');
  const quoted = (s: string) => (lang === 'zh' ? `“${s}”` : `"${s}"`);
  const items = [
    t(lang, 'pane.firstWrite.columns', {
      sheet: plan.customersSheet,
      columns: plan.columns.map((f) => quoted(label(field('Customers', f), lang))).join(sep),
    }),
    t(lang, 'pane.firstWrite.sheets', { sheets: plan.sheets.map((s) => quoted(ADDIN_SHEETS[s][lang])).join(sep) }),
    t(lang, 'pane.firstWrite.hidden', {
      sheets: plan.hiddenSheets.map((s) => quoted(ADDIN_SHEETS[s][lang])).join(sep),
    }),
    t(lang, 'pane.firstWrite.formats'),
  ];
  if (plan.otherTables.length)
    items.push(
      t(lang, 'pane.firstWrite.others', {
        tables: plan.otherTables.map((k) => label(SHEET_BY_KEY[k], lang)).join(sep),
        column: label(field('Customers', 'Check'), lang),
      }),
    );
  return items;
}
