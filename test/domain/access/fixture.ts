/**
 * A company of three showrooms in two departments, every customer with a name, phone and ID number of
 * its own (so a leak test can search a written file for them), plus the rows that name each customer.
 *   汽车部: 一店 (supervisor S004; sales S010, S011), 二店 (supervisor S005; sales S020)
 *   二手车部: 三店 (supervisor S031; sales S030)
 *   manager S001 (汽车部), manager S002 (二手车部), GM S090, finance S080, S099 a salesperson who has left.
 */
import type { CellValue } from '../../../src/domain/table';
import type { Lang, SheetKey } from '../../../src/domain/schema';
import { MemoryWorkbook } from '../../../src/workbook/memory';

type Row = Record<string, CellValue>;

export const STAFF: Row[] = [
  { StaffId: 'S001', Name: '经理甲', Role: '部门经理', Department: '汽车部', Active: '是' },
  { StaffId: 'S002', Name: '经理乙', Role: '部门经理', Department: '二手车部', Active: '是' },
  { StaffId: 'S004', Name: '主管一', Role: '展厅主管', Showroom: '一店', Department: '汽车部', Active: '是' },
  { StaffId: 'S005', Name: '主管二', Role: '展厅主管', Showroom: '二店', Department: '汽车部', Active: '是' },
  { StaffId: 'S031', Name: '主管三', Role: '展厅主管', Showroom: '三店', Department: '二手车部', Active: '是' },
  { StaffId: 'S010', Name: '销售十', Role: '销售员', Showroom: '一店', Department: '汽车部', Active: '是' },
  { StaffId: 'S011', Name: '销售十一', Role: '销售员', Showroom: '一店', Department: '汽车部', Active: '是' },
  { StaffId: 'S020', Name: '销售二十', Role: '销售员', Showroom: '二店', Department: '汽车部', Active: '是' },
  { StaffId: 'S030', Name: '销售三十', Role: '销售员', Showroom: '三店', Department: '二手车部', Active: '是' },
  { StaffId: 'S080', Name: '财务八十', Role: '财务', Active: '是' },
  { StaffId: 'S090', Name: '总经理九十', Role: '总经理', Active: '是' },
  { StaffId: 'S099', Name: '离职九九', Role: '销售员', Showroom: '一店', Department: '汽车部', Active: '否' },
];

export interface FixtureCustomer {
  id: string;
  name: string;
  phone: string;
  idNumber: string;
  kind: 'End' | 'Dealer';
  showroom: string;
  owner: string;
  coOwner?: string;
}

/** Names, phones and ID numbers unique in the whole file (searchable as plain strings). */
export const CUSTOMERS: FixtureCustomer[] = [
  {
    id: 'C1001',
    name: '甲一客户',
    phone: '13810001001',
    idNumber: '110105199001011001',
    kind: 'End',
    showroom: '一店',
    owner: 'S010',
  },
  {
    id: 'C1002',
    name: '甲二客户',
    phone: '13810001002',
    idNumber: '110105199001011002',
    kind: 'End',
    showroom: '一店',
    owner: 'S011',
    coOwner: 'S010',
  },
  {
    id: 'C1003',
    name: '甲三客户',
    phone: '13810001003',
    idNumber: '110105199001011003',
    kind: 'End',
    showroom: '一店',
    owner: 'S011',
  },
  {
    id: 'C2001',
    name: '乙一客户',
    phone: '13820002001',
    idNumber: '110105199002021001',
    kind: 'End',
    showroom: '二店',
    owner: 'S020',
  },
  {
    id: 'C2002',
    name: '乙二车行有限公司',
    phone: '13820002002',
    idNumber: '91110000600037341L',
    kind: 'Dealer',
    showroom: '二店',
    owner: 'S020',
  },
  {
    id: 'C3001',
    name: '丙一客户',
    phone: '13830003001',
    idNumber: '110105199003031001',
    kind: 'End',
    showroom: '三店',
    owner: 'S030',
  },
  {
    id: 'C3002',
    name: '丙二汽贸有限公司',
    phone: '13830003002',
    idNumber: '91110000600037342X',
    kind: 'Dealer',
    showroom: '三店',
    owner: 'S030',
  },
  // no showroom on the row: the owner's (S011, 一店) counts
  {
    id: 'C1004',
    name: '甲四客户',
    phone: '13810001004',
    idNumber: '110105199001011004',
    kind: 'End',
    showroom: '',
    owner: 'S011',
  },
];

export const KIND_LABEL = { End: '最终客户', Dealer: '经销商客户' } as const;

function customerRow(c: FixtureCustomer): Row {
  return {
    CustomerId: c.id,
    Kind: KIND_LABEL[c.kind],
    Name: c.name,
    Contact: c.kind === 'Dealer' ? c.name.slice(0, 2) + '联系人' : null,
    Phone: c.phone,
    IdNumber: c.idNumber,
    City: '北京',
    Address: `${c.name}地址`,
    Showroom: c.showroom || null,
    Owner: c.owner,
    CoOwner: c.coOwner ?? null,
    FirstContact: '2026-01-05',
    Stage: '洽谈',
  };
}

export const ROWS: Partial<Record<SheetKey, Row[]>> = {
  Staff: STAFF,
  Customers: CUSTOMERS.map(customerRow),
  Ledger: CUSTOMERS.map((c, i) => ({
    TxnId: `T${i + 1}`,
    CustomerId: c.id,
    Date: '2026-02-01',
    Model: '轩逸',
    Quantity: 1,
    UnitPrice: 100000,
    Amount: 100000,
    Status: '已签约',
    Owner: c.owner,
  })),
  Reviews: CUSTOMERS.map((c, i) => ({ ReviewId: `R${i + 1}`, CustomerId: c.id, Kind: '年度评审', Period: '2026' })),
  Outings: [
    ...CUSTOMERS.map((c) => ({
      Date: '2026-02-02',
      StaffId: c.owner,
      Purpose: `拜访${c.name}`,
      CustomerId: c.id,
      RegisteredAt: '2026-02-01 17:00',
    })),
    { Date: '2026-02-03', StaffId: 'S010', Purpose: '车展', CustomerId: null, RegisteredAt: '2026-02-02 17:00' },
    { Date: '2026-02-03', StaffId: 'S030', Purpose: '培训', CustomerId: null, RegisteredAt: '2026-02-02 17:00' },
  ],
  Duty: [
    { Date: '2026-02-02', Showroom: '一店', DutyLead: 'S010', OnDuty: 'S011' },
    { Date: '2026-02-02', Showroom: '二店', DutyLead: 'S020', OnDuty: 'S020' },
    { Date: '2026-02-02', Showroom: '三店', DutyLead: 'S030', OnDuty: 'S030' },
  ],
};

/** The fixture as a workbook set up in `lang` (labels above are zh; the reader knows both). */
export function fixtureWorkbook(lang: Lang = 'zh'): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.setupSync(lang);
  for (const [sheet, rows] of Object.entries(ROWS)) wb.appendTableRowsSync(sheet as SheetKey, rows!);
  return wb;
}

/** Which customers each person may see. */
export const EXPECTED: Record<string, string[]> = {
  S010: ['C1001', 'C1002'], // own + co-owner
  S011: ['C1002', 'C1003', 'C1004'],
  S004: ['C1001', 'C1002', 'C1003', 'C1004'], // 一店, C1004 by its owner's showroom
  S005: ['C2001', 'C2002'],
  S001: ['C1001', 'C1002', 'C1003', 'C2001', 'C2002', 'C1004'], // 汽车部: 一店 + 二店
  S002: ['C3001', 'C3002'], // 二手车部: 三店
  S080: ['C2002', 'C3002'], // finance: dealers
  S090: CUSTOMERS.map((c) => c.id), // GM: all
  S099: [], // has left
};
