/**
 * OfficeWorkbook with no injected dependencies, against office-addin-mock's `Office` global:
 * an older version's document settings and requirement-set checks come from Office.context,
 * and batches go through the global Excel.run (delegating to the recording fake workbook).
 *
 * office-addin-mock cannot stand in for the workbook object model itself here: its load()
 * cannot navigate collection paths such as 'items/name', so the fake covers that part.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { OfficeWorkbook, SETTINGS_KEY } from '../../../src/workbook/office';
import { SETTINGS_SHEET } from '../../../src/workbook/memory';
import { FakeExcel } from './fake-excel';

/** What the mocked Office records, kept outside the mock (its properties need load/sync to read). */
interface OfficeRecord {
  settings: Record<string, unknown>;
  saved: number;
  checked: string[];
}

const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };

function installOffice(supported: string): OfficeRecord {
  const record: OfficeRecord = { settings: {}, saved: 0, checked: [] };
  globals.Office = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (name: string) => record.settings[name] ?? null,
          set: (name: string, value: unknown) => {
            record.settings[name] = value;
          },
          saveAsync: (callback: (r: { status: string }) => void) => {
            record.saved++;
            callback({ status: 'succeeded' });
          },
        },
      },
      requirements: {
        isSetSupported: (name: string, version: string) => {
          record.checked.push(`${name} ${version}`);
          return name === 'ExcelApi' && Number(version) <= Number(supported);
        },
      },
    },
  });
  return record;
}

function installExcel(fx: FakeExcel): void {
  globals.Excel = new OfficeMockObject({
    run: async (batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(fx.context()),
  });
}

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

function seed(fx: FakeExcel): void {
  fx.addTableSheet('客户档案', 'Customers', [
    ['客户编号', '客户名称', '电话', '负责销售'],
    ['C1', '王伟', '13800000001', 'S001'],
    ['C2', '王玮', '13800000001', 'S002'],
  ]);
}

test('settings go to the workbook’s settings sheet through the global Excel.run; the document’s old value is taken over', async () => {
  const office = installOffice('1.9');
  office.settings[SETTINGS_KEY] = JSON.stringify({ staleDays: 60 });
  const fx = new FakeExcel();
  installExcel(fx);
  const wb = new OfficeWorkbook();
  await wb.saveSettings({ lang: 'zh' });
  expect(office.saved).toBe(0);
  expect(JSON.parse(String(fx.get(SETTINGS_SHEET, 0, 0))).settings).toEqual({ staleDays: 60, lang: 'zh' });
  expect(await new OfficeWorkbook().loadSettings()).toEqual({ staleDays: 60, lang: 'zh' });
});

test('batches go through Excel.run; screen updating is suspended only where ExcelApi 1.9 is supported', async () => {
  for (const [supported, screen] of [
    ['1.9', 1],
    ['1.8', 0],
  ] as const) {
    const office = installOffice(supported);
    const fx = new FakeExcel();
    seed(fx);
    installExcel(fx);
    const wb = new OfficeWorkbook();
    const data = await wb.read();
    expect(data.Customers!.columns.Owner).toEqual(['S001', 'S002']);
    await wb.updateCells([{ sheet: 'Customers', row: 3, field: 'Owner', value: 'S001' }]);
    expect(fx.get('客户档案', 2, 3)).toBe('S001');
    expect(fx.requests.filter((r) => r.suspendedScreen)).toHaveLength(screen);
    expect(fx.requests.filter((r) => r.suspendedCalculation)).toHaveLength(1);
    expect(office.checked).toContain('ExcelApi 1.9');
  }
});
