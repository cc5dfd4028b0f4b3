/**
 * A dealer's basic information (regulations §5 安全性: 经销商客户基本信息的变化也应及时反映): the
 * customer fields whose change on a dealer's row (客户类型 = 经销商客户) gets its own "dealer
 * information changed" Audit entry, and is listed by the daily summary. Data, not code: a field
 * added here is logged and listed with no other change.
 */
import { CUSTOMERS, type FieldDef } from './schema';
import { parseEnum } from './headers';
import type { CellValue } from './table';

/** Name, USCC (IdNumber holds the 统一社会信用代码 of a company), address, contact, phone. */
export const DEALER_BASIC_FIELDS: readonly string[] = ['Name', 'IdNumber', 'Address', 'Contact', 'Phone'];

const KIND: FieldDef = CUSTOMERS.fields.find((f) => f.key === 'Kind')!;

/** Whether a Kind cell says dealer (经销商客户, 经销商, Dealer... as the schema's enum reads it). */
export function isDealerKind(value: CellValue | undefined): boolean {
  return parseEnum(KIND, value) === 'Dealer';
}

/** Whether a change of this Customers field on a dealer's row is a change of its basic information. */
export function isDealerBasicField(field: string): boolean {
  return DEALER_BASIC_FIELDS.includes(field);
}
