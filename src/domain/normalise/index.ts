/** Normalisers for the data this market has: phones, identity numbers, names, dates. */
export { toHalfWidth, looseKey, cellText } from './text';
export { normalisePhone, normalisePhones, type NormalisedPhone } from './phone';
export { residentIdCheckDigit, isValidResidentId, residentBirthDay, upgradeResident15 } from './resident-id';
export { usccCheckChar, isValidUscc, USCC_ALPHABET } from './uscc';
export { parseIdNumber, normaliseIdText, type ParsedId } from './ids';
export { toSimplified, normaliseName, companyCore, nameSound } from './names';
export { parseDate, formatDay, excelSerialToDay, dayToExcelSerial, dayFromYMD, dayToYMD } from './dates';
export { mapColumn, phoneColumn, idColumn, dayColumn } from './columns';
