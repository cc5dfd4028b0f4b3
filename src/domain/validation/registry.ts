/**
 * RULES: every validation rule, with its id, sheet, severity, zh/en title and
 * description (from src/i18n/messages/validation.ts) and its check function.
 * validateWorkbook runs them in this order; the pane groups issues by it.
 */
import { messages } from '../../i18n/messages/validation';
import type { Issue } from '../issues';
import type { ValidationContext } from './context';
import type { RuleInfo, RuleSpec } from './types';
import type { SheetKey } from '../schema';
import * as requiredColumns from './common/required-columns';
import * as requiredFields from './common/required-fields';
import * as dateFormat from './common/date-format';
import * as uncalculated from './common/uncalculated-formula';
import * as fileQuote from './common/file-quote';
import * as fileBytes from './common/file-bytes';
import * as fileLimits from './common/file-limits';
import * as errorValue from './common/error-value';
import * as controlCharacters from './common/control-characters';
import * as cellTooLong from './common/cell-too-long';
import * as requiredByKind from './customers/required-by-kind';
import * as phoneFormat from './customers/phone-format';
import * as idNumber from './customers/id-number';
import * as birthDate from './customers/birth-date-matches-id';
import * as enumValues from './customers/enum-values';
import * as dateOrder from './customers/date-order';
import * as ownerInRoster from './customers/owner-in-roster';
import * as duplicateCustomerId from './customers/duplicate-customer-id';
import * as idStoredAsNumber from './customers/id-stored-as-number';
import * as staleFollowUp from './customers/stale-follow-up';
import * as statusColumns from './customers/status-columns';
import * as customerExists from './ledger/customer-exists';
import * as amount from './ledger/amount-equals-quantity-times-price';
import * as statusBackwards from './ledger/status-moves-backwards';
import * as paid from './ledger/paid-without-date';
import * as dealLedger from './ledger/deal-without-ledger-row';
import * as policySettlement from './ledger/policy-settlement';
import * as policyCreditDays from './ledger/policy-credit-days';
import * as policyCreditLimit from './ledger/policy-credit-limit';
import * as policyDiscount from './ledger/policy-discount';
import * as keyVisits from './customers/key-customer-visits';
import * as uniqueIds from './staff/unique-ids';
import * as validRoles from './staff/valid-roles';
import * as supervisor from './staff/showroom-has-supervisor';
import * as duty from './duty/duty-lead-on-roster';
import * as dutyDayMissing from './duty/duty-day-missing';
import * as dutyPeopleCount from './duty/duty-people-count';
import * as dutyLeadCount from './duty/duty-lead-count';
import * as dutyPersonTwice from './duty/duty-person-twice';
import * as dutyTwoShowrooms from './duty/duty-two-showrooms';
import * as dutyLeadShowroom from './duty/duty-lead-showroom';
import * as dutyPersonOut from './duty/duty-person-out';
import * as outings from './outings/registered-before-leaving';
import * as outingDayEnd from './outings/registered-before-day-end';
import * as outingApprover from './outings/approved-by-own-supervisor';
import * as outingOnDuty from './outings/not-on-duty-day';
import * as outingCustomer from './outings/customer-of-salesperson';
import * as outingOpen from './outings/back-by-day-end';
import * as callsRecorded from './calls/recorded-by-duty-lead';
import * as phoneOwner from './calls/phone-of-another-salesperson';
import * as visitsRecorded from './visits/recorded-by-duty-staff';
import * as sourceRecorded from './customers/call-or-visit-recorded';
import * as worklogEveryWeek from './worklogs/log-every-week';
import * as worklogChecked from './worklogs/checked-in-time';
import * as keyOvernight from './keys/returned-same-day';
import * as keyApproved from './keys/approved-by-supervisor';
import * as keySupervisorOut from './keys/taken-while-supervisor-out';

function rule(module: string, spec: RuleSpec, check: (ctx: ValidationContext) => Issue[]): RuleInfo {
  const key = `validation.${spec.id}`;
  return {
    ...spec,
    module,
    check,
    title: { zh: messages.zh[`${key}.title`] ?? spec.id, en: messages.en[`${key}.title`] ?? spec.id },
    description: { zh: messages.zh[`${key}.desc`] ?? '', en: messages.en[`${key}.desc`] ?? '' },
  };
}

type SheetCheck = (ctx: ValidationContext) => Issue[];

/**
 * The rules about the file and its cells themselves, the same on every sheet: what the reader met
 * (an unclosed quote, unreadable bytes, a file larger than a sheet) and what a cell holds (an
 * error value, control characters, more text than Excel keeps). They come first in each sheet's
 * group: they explain findings further down.
 */
function fileAndCellRules(
  sheet: SheetKey,
  checks: [SheetCheck, SheetCheck, SheetCheck, SheetCheck, SheetCheck, SheetCheck],
): RuleInfo[] {
  const [quote, bytes, limits, errors, controls, long] = checks;
  return [
    rule('common/file-limits', fileLimits.fileLimitSpec(sheet), limits),
    rule('common/file-quote', fileQuote.fileQuoteSpec(sheet), quote),
    rule('common/file-bytes', fileBytes.fileBytesSpec(sheet), bytes),
    rule('common/error-value', errorValue.errorValueSpec(sheet), errors),
    rule('common/control-characters', controlCharacters.controlCharactersSpec(sheet), controls),
    rule('common/cell-too-long', cellTooLong.cellTooLongSpec(sheet), long),
  ];
}

/**
 * The rules every showroom-operations register has (来电登记, 来访登记, 工作周志, 车钥匙): a missing
 * column, the file and its cells, formulas without a result, required cells, unreadable dates.
 */
function registerRules(sheet: SheetKey): RuleInfo[] {
  return [
    rule('common/required-columns', requiredColumns.requiredColumnsSpec(sheet), (ctx) =>
      requiredColumns.checkRequiredColumns(ctx, sheet),
    ),
    ...fileAndCellRules(sheet, [
      (ctx) => fileQuote.checkFileQuotes(ctx, sheet),
      (ctx) => fileBytes.checkFileBytes(ctx, sheet),
      (ctx) => fileLimits.checkFileLimits(ctx, sheet),
      (ctx) => errorValue.checkErrorValues(ctx, sheet),
      (ctx) => controlCharacters.checkControlCharacters(ctx, sheet),
      (ctx) => cellTooLong.checkCellTooLong(ctx, sheet),
    ]),
    rule('common/uncalculated-formula', uncalculated.uncalculatedFormulaSpec(sheet), (ctx) =>
      uncalculated.checkUncalculatedFormulas(ctx, sheet),
    ),
    rule('common/required-fields', requiredFields.requiredFieldsSpec(sheet), (ctx) =>
      requiredFields.checkRequiredFields(ctx, sheet),
    ),
    rule('common/date-format', dateFormat.dateFormatSpec(sheet), (ctx) => dateFormat.checkDateFormat(ctx, sheet)),
  ];
}

export const RULES: readonly RuleInfo[] = [
  // Customers
  rule(
    'common/required-columns',
    requiredColumns.requiredColumnsSpec('Customers'),
    requiredColumns.checkCustomerColumns,
  ),
  ...fileAndCellRules('Customers', [
    fileQuote.checkCustomerQuotes,
    fileBytes.checkCustomerBytes,
    fileLimits.checkCustomerLimits,
    errorValue.checkCustomerErrors,
    controlCharacters.checkCustomerControls,
    cellTooLong.checkCustomerCellLength,
  ]),
  rule(
    'common/uncalculated-formula',
    uncalculated.uncalculatedFormulaSpec('Customers'),
    uncalculated.checkCustomerFormulas,
  ),
  rule('customers/required-by-kind', requiredByKind.REQUIRED_BY_KIND, requiredByKind.checkRequiredByKind),
  rule('customers/enum-values', enumValues.enumValuesSpec('Customers'), enumValues.checkCustomerEnums),
  rule('common/date-format', dateFormat.dateFormatSpec('Customers'), dateFormat.checkCustomerDates),
  rule('customers/phone-format', phoneFormat.PHONE_FORMAT, phoneFormat.checkPhoneFormat),
  rule('customers/id-number', idNumber.ID_FORMAT, idNumber.checkIdFormat),
  rule('customers/id-number', idNumber.RESIDENT_ID_CHECK, idNumber.checkResidentIdCheckDigit),
  rule('customers/id-number', idNumber.USCC_CHECK, idNumber.checkUsccCheckDigit),
  rule('customers/id-number', idNumber.ID_KIND, idNumber.checkIdMatchesKind),
  rule('customers/id-stored-as-number', idStoredAsNumber.NUMBER_DAMAGED, idStoredAsNumber.checkNumberDamaged),
  rule('customers/id-stored-as-number', idStoredAsNumber.STORED_AS_NUMBER, idStoredAsNumber.checkStoredAsNumber),
  rule('customers/birth-date-matches-id', birthDate.BIRTH_DATE_MATCHES_ID, birthDate.checkBirthDateMatchesId),
  rule('customers/date-order', dateOrder.DATE_ORDER, dateOrder.checkDateOrder),
  rule(
    'customers/duplicate-customer-id',
    duplicateCustomerId.DUPLICATE_CUSTOMER_ID,
    duplicateCustomerId.checkDuplicateCustomerId,
  ),
  rule('customers/owner-in-roster', ownerInRoster.OWNER_UNKNOWN, ownerInRoster.checkOwnerOnRoster),
  rule('customers/owner-in-roster', ownerInRoster.OWNER_INACTIVE, ownerInRoster.checkOwnerActive),
  rule('customers/owner-in-roster', ownerInRoster.OWNER_SHOWROOM, ownerInRoster.checkOwnerShowroom),
  rule('customers/stale-follow-up', staleFollowUp.STALE_FOLLOW_UP, staleFollowUp.checkStaleFollowUp),
  rule(
    'customers/call-or-visit-recorded',
    sourceRecorded.CALL_OR_VISIT_RECORDED,
    sourceRecorded.checkCallOrVisitRecorded,
  ),
  rule('customers/status-columns', statusColumns.STATUS_COLUMN_USER, statusColumns.checkStatusColumnsAreOurs),
  rule('customers/key-customer-visits', keyVisits.KEY_CUSTOMER_VISITS, keyVisits.checkKeyCustomerVisits),
  rule('ledger/deal-without-ledger-row', dealLedger.DEAL_WITHOUT_LEDGER, dealLedger.checkDealWithoutLedgerRow),
  // Ledger
  rule('common/required-columns', requiredColumns.requiredColumnsSpec('Ledger'), requiredColumns.checkLedgerColumns),
  ...fileAndCellRules('Ledger', [
    fileQuote.checkLedgerQuotes,
    fileBytes.checkLedgerBytes,
    fileLimits.checkLedgerLimits,
    errorValue.checkLedgerErrors,
    controlCharacters.checkLedgerControls,
    cellTooLong.checkLedgerCellLength,
  ]),
  rule('common/uncalculated-formula', uncalculated.uncalculatedFormulaSpec('Ledger'), uncalculated.checkLedgerFormulas),
  rule('common/required-fields', requiredFields.requiredFieldsSpec('Ledger'), requiredFields.checkLedgerRequired),
  rule('customers/enum-values', enumValues.enumValuesSpec('Ledger'), enumValues.checkLedgerEnums),
  rule('common/date-format', dateFormat.dateFormatSpec('Ledger'), dateFormat.checkLedgerDates),
  rule('ledger/amount-equals-quantity-times-price', amount.LEDGER_NUMBER, amount.checkLedgerNumbers),
  rule('ledger/customer-exists', customerExists.LEDGER_CUSTOMER_EXISTS, customerExists.checkLedgerCustomerExists),
  rule('ledger/amount-equals-quantity-times-price', amount.AMOUNT_MISMATCH, amount.checkAmountEqualsQuantityTimesPrice),
  rule('ledger/status-moves-backwards', statusBackwards.STATUS_BACKWARDS, statusBackwards.checkStatusMovesBackwards),
  rule('ledger/paid-without-date', paid.PAID_WITHOUT_DATE, paid.checkPaidWithoutDate),
  rule('ledger/paid-without-date', paid.PAID_DATE_WITHOUT_AMOUNT, paid.checkPaidDateWithoutAmount),
  rule('ledger/deal-without-ledger-row', dealLedger.LEDGER_FOR_LEAD, dealLedger.checkLedgerRowForLead),
  rule('ledger/policy-settlement', policySettlement.POLICY_SETTLEMENT, policySettlement.checkPolicySettlement),
  rule('ledger/policy-credit-days', policyCreditDays.POLICY_CREDIT_DAYS, policyCreditDays.checkPolicyCreditDays),
  rule('ledger/policy-credit-limit', policyCreditLimit.POLICY_CREDIT_LIMIT, policyCreditLimit.checkPolicyCreditLimit),
  rule('ledger/policy-discount', policyDiscount.POLICY_DISCOUNT, policyDiscount.checkPolicyDiscount),
  // Staff
  rule('common/required-columns', requiredColumns.requiredColumnsSpec('Staff'), requiredColumns.checkStaffColumns),
  ...fileAndCellRules('Staff', [
    fileQuote.checkStaffQuotes,
    fileBytes.checkStaffBytes,
    fileLimits.checkStaffLimits,
    errorValue.checkStaffErrors,
    controlCharacters.checkStaffControls,
    cellTooLong.checkStaffCellLength,
  ]),
  rule('common/uncalculated-formula', uncalculated.uncalculatedFormulaSpec('Staff'), uncalculated.checkStaffFormulas),
  rule('common/required-fields', requiredFields.requiredFieldsSpec('Staff'), requiredFields.checkStaffRequired),
  rule('customers/enum-values', enumValues.enumValuesSpec('Staff'), enumValues.checkStaffEnums),
  rule('staff/unique-ids', uniqueIds.STAFF_UNIQUE_IDS, uniqueIds.checkStaffUniqueIds),
  rule('staff/valid-roles', validRoles.VALID_ROLES, validRoles.checkValidRoles),
  rule('staff/showroom-has-supervisor', supervisor.SHOWROOM_HAS_SUPERVISOR, supervisor.checkShowroomHasSupervisor),
  // Duty
  rule('common/required-columns', requiredColumns.requiredColumnsSpec('Duty'), requiredColumns.checkDutyColumns),
  ...fileAndCellRules('Duty', [
    fileQuote.checkDutyQuotes,
    fileBytes.checkDutyBytes,
    fileLimits.checkDutyLimits,
    errorValue.checkDutyErrors,
    controlCharacters.checkDutyControls,
    cellTooLong.checkDutyCellLength,
  ]),
  rule('common/uncalculated-formula', uncalculated.uncalculatedFormulaSpec('Duty'), uncalculated.checkDutyFormulas),
  rule('common/required-fields', requiredFields.requiredFieldsSpec('Duty'), requiredFields.checkDutyRequired),
  rule('common/date-format', dateFormat.dateFormatSpec('Duty'), dateFormat.checkDutyDates),
  rule('duty/duty-lead-on-roster', duty.DUTY_LEAD_ON_ROSTER, duty.checkDutyLeadOnRoster),
  rule('duty/duty-lead-on-roster', duty.DUTY_STAFF_ON_ROSTER, duty.checkDutyStaffOnRoster),
  rule('duty/duty-day-missing', dutyDayMissing.DUTY_DAY_MISSING, dutyDayMissing.checkDutyDayMissing),
  rule('duty/duty-people-count', dutyPeopleCount.DUTY_PEOPLE_COUNT, dutyPeopleCount.checkDutyPeopleCount),
  rule('duty/duty-lead-count', dutyLeadCount.DUTY_LEAD_COUNT, dutyLeadCount.checkDutyLeadCount),
  rule('duty/duty-person-twice', dutyPersonTwice.DUTY_PERSON_TWICE, dutyPersonTwice.checkDutyPersonTwice),
  rule('duty/duty-two-showrooms', dutyTwoShowrooms.DUTY_TWO_SHOWROOMS, dutyTwoShowrooms.checkDutyTwoShowrooms),
  rule('duty/duty-lead-showroom', dutyLeadShowroom.DUTY_LEAD_SHOWROOM, dutyLeadShowroom.checkDutyLeadShowroom),
  rule('duty/duty-person-out', dutyPersonOut.DUTY_PERSON_OUT, dutyPersonOut.checkDutyPersonOut),
  // Outings
  rule('common/required-columns', requiredColumns.requiredColumnsSpec('Outings'), requiredColumns.checkOutingColumns),
  ...fileAndCellRules('Outings', [
    fileQuote.checkOutingQuotes,
    fileBytes.checkOutingBytes,
    fileLimits.checkOutingLimits,
    errorValue.checkOutingErrors,
    controlCharacters.checkOutingControls,
    cellTooLong.checkOutingCellLength,
  ]),
  rule(
    'common/uncalculated-formula',
    uncalculated.uncalculatedFormulaSpec('Outings'),
    uncalculated.checkOutingFormulas,
  ),
  rule('common/required-fields', requiredFields.requiredFieldsSpec('Outings'), requiredFields.checkOutingRequired),
  rule('common/date-format', dateFormat.dateFormatSpec('Outings'), dateFormat.checkOutingDates),
  rule('outings/registered-before-leaving', outings.REGISTERED_BEFORE_LEAVING, outings.checkRegisteredBeforeLeaving),
  rule('outings/registered-before-leaving', outings.OUTING_APPROVED, outings.checkOutingApproved),
  rule('outings/registered-before-leaving', outings.OUTING_APPROVER_ROLE, outings.checkOutingApproverRole),
  rule(
    'outings/registered-before-day-end',
    outingDayEnd.REGISTERED_BEFORE_DAY_END,
    outingDayEnd.checkRegisteredBeforeDayEnd,
  ),
  rule(
    'outings/approved-by-own-supervisor',
    outingApprover.APPROVED_BY_OWN_SUPERVISOR,
    outingApprover.checkApprovedByOwnSupervisor,
  ),
  rule('outings/not-on-duty-day', outingOnDuty.NOT_ON_DUTY_DAY, outingOnDuty.checkNotOnDutyDay),
  rule(
    'outings/customer-of-salesperson',
    outingCustomer.CUSTOMER_OF_SALESPERSON,
    outingCustomer.checkCustomerOfSalesperson,
  ),
  rule('outings/back-by-day-end', outingOpen.BACK_BY_DAY_END, outingOpen.checkBackByDayEnd),
  // Calls
  ...registerRules('Calls'),
  rule('calls/recorded-by-duty-lead', callsRecorded.CALL_RECORDED_BY_LEAD, callsRecorded.checkCallRecordedByLead),
  rule('calls/phone-of-another-salesperson', phoneOwner.CALL_PHONE_OTHER_OWNER, phoneOwner.checkCallPhoneOwner),
  // Visits
  ...registerRules('Visits'),
  rule('visits/recorded-by-duty-staff', visitsRecorded.VISIT_RECORDED_BY_DUTY, visitsRecorded.checkVisitRecordedByDuty),
  rule('calls/phone-of-another-salesperson', phoneOwner.VISIT_PHONE_OTHER_OWNER, phoneOwner.checkVisitPhoneOwner),
  // Work logs
  ...registerRules('WorkLogs'),
  rule('worklogs/log-every-week', worklogEveryWeek.WORKLOG_WEEK_FORMAT, worklogEveryWeek.checkWorkLogWeekFormat),
  rule('worklogs/log-every-week', worklogEveryWeek.WORKLOG_MISSING, worklogEveryWeek.checkWorkLogEveryWeek),
  rule('worklogs/checked-in-time', worklogChecked.WORKLOG_CHECKED, worklogChecked.checkWorkLogChecked),
  // Keys
  ...registerRules('Keys'),
  rule('keys/returned-same-day', keyOvernight.KEY_OVERNIGHT, keyOvernight.checkKeyReturnedSameDay),
  rule('keys/approved-by-supervisor', keyApproved.KEY_APPROVED, keyApproved.checkKeyApproved),
  rule(
    'keys/taken-while-supervisor-out',
    keySupervisorOut.KEY_SUPERVISOR_OUT,
    keySupervisorOut.checkKeyTakenWhileSupervisorOut,
  ),
];

export const RULE_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((r) => [r.id, r]));
