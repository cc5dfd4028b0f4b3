import { createValidationContext } from '../../../../src/domain/validation';
import { checkStatusColumnsAreOurs, firstUserValue } from '../../../../src/domain/validation/customers/status-columns';
import { runCheck } from '../../../../src/domain/engine';
import { endCustomer, makeTable, options, day, TODAY } from '../make-table';

describe('customers/status-columns', () => {
  test("the add-in's own statuses (marker first) and blanks are its own; anything else is the user's", () => {
    const ours = makeTable('Customers', [
      endCustomer({ Check: '✖ 电话格式错误', ConflictGroup: '⚑ G1 冲突' }),
      endCustomer({ CustomerId: 'C002', Check: null, ConflictGroup: ' ' }),
      endCustomer({ CustomerId: 'C003', Check: '⚠ 客户长期未跟进', ConflictGroup: '◆ G2 重复' }),
    ]);
    expect(firstUserValue(ours, 'Check')).toBe(-1);
    expect(firstUserValue(ours, 'ConflictGroup')).toBe(-1);
    expect(checkStatusColumnsAreOurs(createValidationContext({ Customers: ours }, options()))).toEqual([]);

    const mine = makeTable('Customers', [
      endCustomer({ Check: null }),
      endCustomer({ CustomerId: 'C002', Check: '我的校验列' }),
      endCustomer({ CustomerId: 'C003', Check: 'OK' }),
    ]);
    const issues = checkStatusColumnsAreOurs(createValidationContext({ Customers: mine }, options({ lang: 'zh' })));
    expect(issues.map((i) => [i.row, i.field, i.severity])).toEqual([[3, 'Check', 'error']]);
    expect(issues[0].message).toContain('「我的校验列」');
    expect(issues[0].message).toContain('请把您的这一列改名');
  });

  test('runCheck leaves a status column holding user text out of its status, and keeps the other', () => {
    const table = makeTable('Customers', [
      endCustomer({ Check: '我的校验列' }),
      endCustomer({ CustomerId: 'C002', Owner: 'S002' }), // same customer, another owner: a conflict
    ]);
    const result = runCheck({ Customers: table }, { today: day(TODAY), lang: 'en' });
    expect(result.status.Customers!.map((c) => c.field)).toEqual(['ConflictGroup']);
    expect(result.issues.some((i) => i.rule === 'customer.status.user' && i.row === 2)).toBe(true);
    expect(result.clusters).toHaveLength(1);
  });
});
