/**
 * Every rule has zh and en titles, descriptions and messages; every message names the
 * sheet, the worksheet row and the column (as found in the sheet) in both languages.
 */
import { RULES, validateWorkbook } from '../../../src/domain/validation';
import { messages } from '../../../src/i18n/messages/validation';
import { dealer, endCustomer, makeTable, makeWorkbook, options, staffRows } from './make-table';

const keysOf = (id: string, lang: 'zh' | 'en') =>
  Object.keys(messages[lang]).filter((k) => k === 'validation.' + id || k.startsWith('validation.' + id + '.'));

describe('validation messages', () => {
  test('zh and en have the same keys', () => {
    expect(Object.keys(messages.zh).sort()).toEqual(Object.keys(messages.en).sort());
  });

  test('every rule has a title, a description and at least one message in both languages', () => {
    expect(RULES.length).toBeGreaterThan(40);
    for (const r of RULES) {
      for (const lang of ['zh', 'en'] as const) {
        expect([r.id, lang, typeof messages[lang]['validation.' + r.id + '.title']]).toEqual([r.id, lang, 'string']);
        expect([r.id, lang, typeof messages[lang]['validation.' + r.id + '.desc']]).toEqual([r.id, lang, 'string']);
        const bodies = keysOf(r.id, lang).filter((k) => !k.endsWith('.title') && !k.endsWith('.desc'));
        expect([r.id, bodies.length > 0]).toEqual([r.id, true]);
      }
      expect(r.title.zh).not.toBe(r.title.en);
    }
  });

  test('rule ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  // A workbook that trips many rules, with headers the company typed itself.
  const bad = () =>
    makeWorkbook({
      Customers: makeTable(
        'Customers',
        [
          endCustomer({
            Phone: '123',
            IdNumber: '110105194912310021',
            BirthDate: '1990-01-01',
            Owner: 'S999',
            Stage: '???',
            LastContact: '2020-01-01',
          }),
          dealer({ Contact: '', IdNumber: 360426199101010071, Stage: '已签约' }),
          dealer({ CustomerId: 'D001', IdNumber: '91110000600037341M' }),
        ],
        { headers: { Phone: '手机号', Owner: '销售顾问' } },
      ),
      Staff: [...staffRows(), { StaffId: 'S001', Role: '实习生', Showroom: '三号展厅' }],
      Ledger: [
        {
          TxnId: 'T1',
          CustomerId: 'X1',
          Date: '2026-11-01',
          Model: 'A',
          Quantity: 2,
          UnitPrice: 10,
          Amount: 21,
          Status: '已结清',
          PaidDate: null,
          PaidAmount: 21,
        },
        {
          TxnId: 'T1',
          CustomerId: 'X1',
          Date: '2026-11-02',
          Model: 'A',
          Quantity: 2,
          UnitPrice: 10,
          Amount: 20,
          Status: '已签约',
          PaidDate: '2026-11-02',
        },
      ],
      Duty: [{ Date: '2026-11-27', Showroom: '一号展厅', DutyLead: 'Z1', OnDuty: 'Z2' }],
      Outings: [
        { Date: '2026-11-27', StaffId: 'S001', Purpose: 'x', RegisteredAt: '2026-11-27 11:00', ApprovedBy: '' },
      ],
    });

  test.each(['zh', 'en'] as const)('every %s message names the sheet, row and column', (lang) => {
    const issues = validateWorkbook(bad(), options({ lang }));
    const fired = new Set(issues.map((i) => i.rule));
    expect(fired.size).toBeGreaterThanOrEqual(20);
    const rowWord = lang === 'zh' ? (row: number) => `第 ${row} 行` : (row: number) => `row ${row}`;
    for (const i of issues) {
      expect([i.rule, i.message.includes(rowWord(i.row))]).toEqual([i.rule, true]);
      const sheetName = {
        Customers: '客户档案',
        Ledger: '经销商台账',
        Staff: '人员',
        Duty: '值班表',
        Outings: '外出登记',
      }[i.sheet as string]!;
      expect([i.rule, i.message.startsWith(sheetName)]).toEqual([i.rule, true]);
      if (i.field) {
        const label = (
          lang === 'zh'
            ? ({ Phone: '手机号', Owner: '销售顾问' } as Record<string, string>)
            : ({ Phone: '手机号 (Phone)', Owner: '销售顾问 (Owner)' } as Record<string, string>)
        )[i.field];
        if (i.sheet === 'Customers' && label) expect(i.message).toContain(label);
      }
      expect(i.message).not.toMatch(/\{\w+\}/); // every placeholder filled
      expect(i.message).not.toMatch(/validation\./); // no missing key
      const rule = RULES.find((r) => r.id === i.rule)!;
      expect([i.rule, i.severity]).toEqual([rule.id, rule.severity]);
    }
  });
});
