/** Normalisers for the data this market has: phones, identity numbers, names, dates. */
export { toHalfWidth, looseKey, cellText } from './text';
export {
  normalisePhone,
  normalisePhones,
  type NormalisedPhone,
  type PhoneColumn,
  PHONE_BLANK,
  PHONE_MOBILE,
  PHONE_LANDLINE,
  PHONE_UNKNOWN,
} from './phone';
export { residentIdCheckDigit, isValidResidentId, residentBirthDay, upgradeResident15 } from './resident-id';
export { usccCheckChar, isValidUscc, USCC_ALPHABET } from './uscc';
export {
  parseIdNumber,
  normaliseIdText,
  type ParsedId,
  type IdColumn,
  ID_BLANK,
  ID_RESIDENT,
  ID_RESIDENT15,
  ID_USCC,
  ID_UNKNOWN,
  ID_HK_MACAU,
  ID_TAIWAN,
  ID_PASSPORT,
  ID_KIND_NAMES,
  ID_FORMAT_OK,
  ID_CHECK_OK,
  NO_BIRTH_DATE,
} from './ids';
export {
  toSimplified,
  normaliseName,
  companyCore,
  nameSound,
  placesDisagree,
  surnamePinyin,
  leadingPlacesEnd,
} from './names';
export { isLatinText, foldLatin, normaliseLatinName, foldPinyin, romanisedKey, pinyinKey } from './latin';
export { normaliseAddress } from './address';
export { parseDate, formatDay, excelSerialToDay, dayToExcelSerial, dayFromYMD, dayToYMD } from './dates';
export { mapColumn, phoneColumn, idColumn, dayColumn } from './columns';
