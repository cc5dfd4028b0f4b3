import { createValidationContext } from '../../../../src/domain/validation';
import {
  checkOwnerActive,
  checkOwnerOnRoster,
  checkOwnerShowroom,
} from '../../../../src/domain/validation/customers/owner-in-roster';
import { dealer, endCustomer, makeWorkbook, options, staffRows } from '../make-table';

describe('customers/owner-in-roster', () => {
  test("owners on the roster, active, in the end customer's showroom pass; dealers may be owned by the manager", () => {
    const data = makeWorkbook({
      Customers: [endCustomer({ Owner: 's001 ' }), dealer({ Owner: 'M001' }), dealer({ Owner: 'S002' })],
      Staff: staffRows(),
    });
    const ctx = createValidationContext(data, options());
    expect([...checkOwnerOnRoster(ctx), ...checkOwnerActive(ctx), ...checkOwnerShowroom(ctx)]).toEqual([]);
  });

  test('unknown, inactive and other-showroom owners are reported', () => {
    const data = makeWorkbook({
      Customers: [endCustomer({ Owner: 'S999' }), endCustomer({ Owner: 'S003' }), endCustomer({ Owner: 'S002' })],
      Staff: staffRows(),
    });
    const ctx = createValidationContext(data, options());
    expect(checkOwnerOnRoster(ctx).map((i) => [i.row, i.rule, i.severity])).toEqual([
      [2, 'customer.owner.unknown', 'error'],
    ]);
    expect(checkOwnerActive(ctx).map((i) => [i.row, i.rule])).toEqual([[3, 'customer.owner.inactive']]);
    const showroom = checkOwnerShowroom(ctx);
    expect(showroom.map((i) => [i.row, i.field])).toEqual([[4, 'Owner']]);
    expect(showroom[0].message).toContain('一号展厅');
    expect(showroom[0].message).toContain('二号展厅');
  });
});
