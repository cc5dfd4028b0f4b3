/** A recording fake seeded with a realistic Customers table, and an OfficeWorkbook over it. */
import { CUSTOMERS, userFields } from '../../../src/domain/schema';
import { OfficeWorkbook, type SettingsStore } from '../../../src/workbook/office';
import { FakeExcel } from './fake-excel';

export const CUSTOMER_FIELDS = userFields(CUSTOMERS);

export function fakeSettings(): SettingsStore & { data: Record<string, unknown>; saves: number } {
  const store = {
    data: {} as Record<string, unknown>,
    saves: 0,
    get: (name: string) => store.data[name],
    set: (name: string, value: unknown) => {
      store.data[name] = value;
    },
    saveAsync: (cb?: (r: Office.AsyncResult<void>) => void) => {
      store.saves++;
      cb?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>);
    },
  };
  return store;
}

/** A customer row in schema order with realistic Chinese text. */
export function customerRow(i: number): (string | number)[] {
  const id = `C${String(i).padStart(6, '0')}`;
  const byKey: Record<string, string | number> = {
    CustomerId: id,
    Kind: i % 5 === 0 ? '经销商客户' : '最终客户',
    Name: i % 5 === 0 ? `华东汽车贸易有限公司${i}` : `王伟${i % 100}`,
    Contact: i % 5 === 0 ? '李娜' : '',
    Phone: `138${String(i).padStart(8, '0')}`,
    IdNumber: '360426199101010071',
    BirthDate: 33239,
    City: '南京',
    Address: '江苏省南京市鼓楼区中山北路100号',
    Showroom: '一号展厅',
    Owner: `S${String(i % 30).padStart(3, '0')}`,
    Source: '到店',
    FirstContact: 46000 + (i % 300),
    LastContact: 46100 + (i % 300),
    Stage: '洽谈',
    CreditStatus: '良好',
    PaymentAbility: '强',
    SalesCapacity: '',
    LocationRating: '',
    Tier: '',
    Notes: i % 7 === 0 ? '客户要求周末联系' : '',
  };
  return CUSTOMER_FIELDS.map((f) => byKey[f.key] ?? '');
}

export function seedCustomers(fx: FakeExcel, n: number): void {
  const rows: (string | number)[][] = [CUSTOMER_FIELDS.map((f) => f.zh)];
  for (let i = 1; i <= n; i++) rows.push(customerRow(i));
  fx.addTableSheet('客户档案', 'Customers', rows);
}

export function workbook(fx: FakeExcel, settings = fakeSettings()): OfficeWorkbook {
  return new OfficeWorkbook({ run: fx.runner(), settings, isSetSupported: () => true });
}
