/**
 * The pane's change log path without a browser: a person's edits in the memory workbook (userEdit,
 * which raises the same events as Excel's onChanged) go through services.recordChanges to the Audit
 * sheet under the name saved in the workbook's settings (the first-run prompt); the add-in's own
 * writes raise 'addin' events, which are not logged.
 */
import { readAudit } from '../../src/app/audit';
import { LOGGED_SHEETS } from '../../src/app/change-log';
import type { TableChangeEvent } from '../../src/domain/changes';
import { parseDate } from '../../src/domain/normalise';
import { buildSampleWorkbook } from '../../src/sample';
import { createDefaultServices } from '../../src/taskpane/defaultServices';

test('edits typed while the pane listens are logged under the saved name; the add-in’s own writes are not', async () => {
  const wb = buildSampleWorkbook({ seed: 9, today: '2026-06-30', lang: 'zh', customers: 30 });
  await wb.saveSettings({ who: '王婷' });
  const services = createDefaultServices({ today: parseDate('2026-06-30')! });
  const heard: TableChangeEvent[] = [];
  const stop = await wb.onTablesChanged([...LOGGED_SHEETS], (e) => heard.push(e));
  const data = await wb.read();
  const row = data.Customers!.rowNumbers[3];
  wb.userEdit([{ sheet: 'Customers', row, field: 'Notes', value: '周五回电' }]);
  await wb.updateCells([{ sheet: 'Customers', row, field: 'Notes', value: '由操作写入' }]);
  stop();
  expect(heard.map((e) => e.source)).toEqual(['user', 'addin']);
  const result = await services.recordChanges!(wb, heard, 'zh');
  expect(result).toMatchObject({ edits: 1, dealerInfo: 0 });
  const audit = await readAudit(wb, 'zh');
  expect(audit.map((r) => [r.who, r.action, r.row, r.field, r.after])).toEqual([
    ['王婷', 'edit', row, 'Notes', '周五回电'],
  ]);
});
