/** What the pane says the first check will add, in both languages. */
import { firstWriteItems } from '../../src/taskpane/firstWrite';

describe('firstWriteItems', () => {
  const plan = {
    customersSheet: '客户名单',
    columns: ['Check', 'ConflictGroup'] as ['Check', 'ConflictGroup'],
    sheets: ['Issues', 'Conflicts'] as ['Issues', 'Conflicts'],
    hiddenSheets: ['Snapshot'] as ['Snapshot'],
    otherTables: [],
  };

  it('names the two columns on the customer sheet, the two sheets, the hidden snapshot and the formats', () => {
    expect(firstWriteItems(plan, 'zh')).toEqual([
      '在“客户名单”表格的最右侧加两列：“校验”、“冲突组”。',
      '两个新工作表：“校验问题”、“冲突”（问题清单和冲突清单，每行可跳到对应的单元格）。',
      '一个隐藏的工作表“快照”：每位客户一行（客户编号、负责销售和一串校验码），下次检查据此找出新增、修改和删除的客户。',
      '条件格式：有错误、警告、冲突或重复的行，按这两列着色。',
    ]);
    expect(firstWriteItems(plan, 'en')[0]).toBe(
      'Two columns at the right edge of the table on "客户名单": "Check", "Conflict group".',
    );
  });

  it('mentions the other tables that get a Check column where they have problems', () => {
    const items = firstWriteItems({ ...plan, otherTables: ['Ledger', 'Staff'] }, 'en');
    expect(items).toHaveLength(5);
    expect(items[4]).toMatch(/^Ledger, Staff: a "Check" column/);
  });
});
