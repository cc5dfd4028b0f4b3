/**
 * Blocking keys: which rows are ever put side by side. Every key is a 53-bit number
 * (an exact hash of the key text), built without allocating per row where it matters
 * (the masked-phone passes run once per digit position over every row).
 */
import type { BlockingKeyKind } from './config';
import type { PreparedRows } from './prepare';
import { NO_DAY, PHONE_TEXT, POW10, ROMAN_TAG } from './prepare';
import { hashString } from './similarity';
import { KeyEntries, KeyGroups } from './key-groups';

/** Longest phone key given typo passes (landline with a 4-digit area code: 12 digits). */
const MAX_PHONE_DIGITS = 12;

/** Hash of s with position skip left out (skip = -1: none), mixed with a tag. */
function hashSkipping(s: string, skip: number, tag: number): number {
  let h1 = 0x811c9dc5 ^ tag;
  let h2 = Math.imul(0x01000193 ^ tag, 0x9e3779b1);
  for (let i = 0; i < s.length; i++) {
    if (i === skip) continue;
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (skip + 1), 0x01000193);
  h1 = Math.imul(h1 ^ s.length, 0x01000193);
  return (h1 >>> 0) * 2097152 + ((h2 >>> 11) & 0x1fffff);
}

/** Hash of s with the characters at pos and pos+1 put in ascending order, mixed with pos. */
function hashSortedPair(s: string, pos: number, tag: number): number {
  let h1 = 0x811c9dc5 ^ tag;
  let h2 = Math.imul(0x01000193 ^ tag, 0x9e3779b1);
  const lo = Math.min(s.charCodeAt(pos), s.charCodeAt(pos + 1));
  const hi = Math.max(s.charCodeAt(pos), s.charCodeAt(pos + 1));
  for (let i = 0; i < s.length; i++) {
    const c = i === pos ? lo : i === pos + 1 ? hi : s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (pos + 1), 0x01000193);
  return (h1 >>> 0) * 2097152 + ((h2 >>> 11) & 0x1fffff);
}

function mix(h: number, v: number): number {
  // keep within 53 bits: fold v into the high part
  const hi = Math.floor(h / 2097152);
  const lo = h - hi * 2097152; // exact, and no float modulo (a libc call)
  const hi2 = (Math.imul(hi ^ (v | 0), 0x9e3779b1) ^ Math.imul(v >>> 16, 0x85ebca6b)) >>> 0;
  return hi2 * 2097152 + lo;
}

/** Longest document number given typo passes (an old permanent-residence card: 3 letters + 12 digits). */
const MAX_DOCUMENT_LENGTH = 15;

/** How many passes a key kind needs (the masked and transposed phone and document keys: one per position). */
export function passCount(kind: BlockingKeyKind): number {
  if (kind === 'phoneMasked') return MAX_PHONE_DIGITS;
  if (kind === 'phoneTransposed') return MAX_PHONE_DIGITS - 1;
  if (kind === 'idMasked') return MAX_DOCUMENT_LENGTH;
  if (kind === 'idTransposed') return MAX_DOCUMENT_LENGTH - 1;
  return 1;
}

/** Phones in the prepared rows (first and second), counted once per preparation: the most keys a phone pass adds. */
const phoneCounts = new WeakMap<PreparedRows, number>();
function phoneCount(p: PreparedRows): number {
  let count = phoneCounts.get(p);
  if (count === undefined) {
    count = 0;
    for (let i = 0; i < p.n; i++) {
      if (p.phoneNumA[i] !== -1) count++;
      if (p.phoneNumB[i] !== -1) count++;
    }
    phoneCounts.set(p, count);
  }
  return count;
}

/** Entry scratch, one per process run (grown when needed, reused by every pass). */
const entries = new KeyEntries();

/**
 * Builds the key groups of one pass of a blocking key kind: keys are collected into typed
 * arrays and grouped by one radix sort (key-groups.ts); only keys seen twice are kept.
 */
export function buildGroups(
  kind: BlockingKeyKind,
  pass: number,
  p: PreparedRows,
  typoCandidates?: TypoCandidates,
  rareCount = RARE_NAME_ROWS,
): KeyGroups {
  entries.count = 0;
  // sized once for the biggest pass (a key per row, or per phone), not grown by doubling
  entries.reserve(Math.max(p.n, phoneCount(p)));
  fillGroups(kind, pass, p, entries, typoCandidates, rareCount);
  return KeyGroups.fromEntries(entries);
}

/**
 * Every key one pass gives the rows of p, none dropped for being alone and every phone taken
 * (no typo candidates): to tell whether a row's keys are among other rows' keys.
 */
export function blockingKeys(
  kind: BlockingKeyKind,
  pass: number,
  p: PreparedRows,
  rareCount = RARE_NAME_ROWS,
): Float64Array {
  const own = new KeyEntries();
  own.reserve(Math.max(p.n, phoneCount(p)));
  fillGroups(kind, pass, p, own, undefined, rareCount);
  return own.keys.slice(0, own.count);
}

/** A name on at most this many rows is rare (tfAdjust.rareCount, when the matcher passes none). */
const RARE_NAME_ROWS = 8;

/**
 * Which phones can have a one-digit typo or swap partner, found in 7 passes instead of looking
 * in all 23 typo passes. A phone is cut into parts of PART digits (11 digits: 3+3+3+2). Two
 * numbers one substitution apart agree on every part but the one holding the difference, so
 * they meet when that part is masked; two numbers an adjacent swap apart meet when that part
 * is masked, or, for a swap across two parts, when the two swapped digits are masked. Masking
 * 3 digits still leaves most phones alone: only phones grouped with another *different* number
 * are candidates (bit per masking), and the typo pass for a position reads only the candidates
 * of the masking that covers it. Its groups are then exactly those a pass over every row finds,
 * less groups of one repeated number, whose pairs the exact phone pass has compared already.
 */
export interface TypoCandidates {
  /** Per row, bits of the maskings its first (a) and second (b) phone has a partner under. */
  a: Uint8Array;
  b: Uint8Array;
}

const PART = 3;
/** Masking bits: parts 0-3 (12 digits at most), then the part boundaries 3, 6, 9 (bits 4-6). */
const ALL_MASKINGS = 0x7f;

/** The masking bit a typo pass needs (masked digit `pass`, or swapped digits pass, pass+1). */
function maskingBit(kind: number, pass: number): number {
  const part = Math.floor(pass / PART);
  if (kind === MASKED || Math.floor((pass + 1) / PART) === part) return 1 << part;
  return 1 << (4 + part); // the boundary after part `part`
}

/** A phone number (length × 10^13 + digits) with digits [from, to) counted from the left set to 0; -1 when outside. */
function maskDigits(num: number, from: number, to: number): number {
  const len = Math.floor(num / 1e13);
  if (from >= len) return -1;
  const end = Math.min(to, len);
  const digits = num - len * 1e13;
  const low = POW10[len - end];
  const q = Math.floor(digits / low);
  const part = q - Math.floor(q / POW10[end - from]) * POW10[end - from];
  return num - part * low;
}

export function findTypoCandidates(p: PreparedRows): TypoCandidates {
  const n = p.n;
  const out: TypoCandidates = { a: new Uint8Array(n), b: new Uint8Array(n) };
  const numA = p.phoneNumA;
  const numB = p.phoneNumB;
  // text phones (not plain numbers up to 12 digits) are rare: always candidates
  for (let i = 0; i < n; i++) {
    if (numA[i] === PHONE_TEXT) out.a[i] = ALL_MASKINGS;
    if (numB[i] === PHONE_TEXT) out.b[i] = ALL_MASKINGS;
  }
  const number = (entry: number) => (entry & 1 ? numB[entry >>> 1] : numA[entry >>> 1]);
  for (let bit = 0; bit < 7; bit++) {
    // bits 0-3: mask part `bit`; bits 4-6: mask the two digits around boundary 3, 6, 9
    const from = bit < 4 ? bit * PART : (bit - 3) * PART - 1;
    const to = bit < 4 ? from + PART : from + 2;
    entries.count = 0;
    entries.reserve(phoneCount(p));
    addMaskedPhoneKeys(numA, numB, n, from, to);
    KeyGroups.fromEntries(entries).forEachGroup((members, count) => {
      const first = number(members[0]);
      let distinct = false;
      for (let k = 1; k < count && !distinct; k++) distinct = number(members[k]) !== first;
      if (!distinct) return; // one number typed on several rows: no typo partner here
      for (let k = 0; k < count; k++) {
        const e = members[k];
        if (e & 1) out.b[e >>> 1] |= 1 << bit;
        else out.a[e >>> 1] |= 1 << bit;
      }
    });
  }
  return out;
}

/** Every plain-number phone with digits [from, to) masked, as entries 2i (first phone) and 2i+1 (second). */
function addMaskedPhoneKeys(
  numA: readonly number[],
  numB: readonly number[],
  n: number,
  from: number,
  to: number,
): void {
  for (let i = 0; i < n; i++) {
    const a = numA[i];
    if (a >= 0) {
      const key = maskDigits(a, from, to);
      if (key >= 0) entries.add(key, 2 * i);
    }
    const b = numB[i];
    if (b >= 0) {
      const key = maskDigits(b, from, to);
      if (key >= 0) entries.add(key, 2 * i + 1);
    }
  }
}

const PHONE = 0;
const MASKED = 1;
const TRANSPOSED = 2;

/**
 * The decimal digit of an integer below 2^53 at place value p (a power of ten). Floor and
 * subtract instead of `% 10`: a float modulo is a slow library call, and both are exact here.
 */
function digitAt(digits: number, p: number): number {
  const q = Math.floor(digits / p);
  return q - Math.floor(q / 10) * 10;
}

/**
 * The key of a phone held as an exact number (length × 10^13 + digits): arithmetic, no string per row and pass.
 * Stored straight into the reserved entry arrays (see fillGroups).
 */
function addPhoneNumber(kind: number, pass: number, num: number, i: number, groups: KeyEntries): void {
  if (kind === PHONE) {
    groups.keys[groups.count] = num;
    groups.rows[groups.count++] = i;
    return;
  }
  const len = Math.floor(num / 1e13);
  const digits = num - len * 1e13;
  if (kind === MASKED) {
    if (pass >= len) return;
    const p1 = POW10[len - 1 - pass];
    const d = digitAt(digits, p1);
    // the digit at pass set to 0: numbers differing only there meet
    groups.keys[groups.count] = num - d * p1;
    groups.rows[groups.count++] = i;
    return;
  }
  if (pass + 1 >= len) return;
  const p2 = POW10[len - 2 - pass];
  const p1 = p2 * 10;
  const d1 = digitAt(digits, p1);
  const d2 = digitAt(digits, p2);
  if (d1 === d2) return; // a swap of equal digits changes nothing
  const lo = d1 < d2 ? d1 : d2;
  const hi = d1 < d2 ? d2 : d1;
  groups.keys[groups.count] = num - d1 * p1 - d2 * p2 + lo * p1 + hi * p2;
  groups.rows[groups.count++] = i;
}

/** The key of a phone that is not a plain number up to 12 digits: hashed text. */
function addPhoneText(kind: number, pass: number, s: string, i: number, groups: KeyEntries): void {
  if (!s) return;
  if (kind === PHONE) groups.add(hashString(s, 11), i);
  else if (kind === MASKED) {
    if (pass < s.length) groups.add(hashSkipping(s, pass, 12), i);
  } else if (pass + 1 < s.length && s.charCodeAt(pass) !== s.charCodeAt(pass + 1)) {
    // equal neighbouring digits: a swap changes nothing, so no key
    groups.add(hashSortedPair(s, pass, 13), i);
  }
}

/**
 * Adds the keys of one pass to `groups`. Each key kind has a loop of its own: each is optimised
 * once, for its own arrays, instead of one loop recompiled as each rule brings another kind.
 */
function fillGroups(
  kind: BlockingKeyKind,
  pass: number,
  p: PreparedRows,
  groups: KeyEntries,
  typoCandidates: TypoCandidates | undefined,
  rareCount: number,
): void {
  if (kind === 'phone' || kind === 'phoneMasked' || kind === 'phoneTransposed') {
    const k = kind === 'phone' ? PHONE : kind === 'phoneMasked' ? MASKED : TRANSPOSED;
    // at most one key per phone: addPhoneNumber stores without a call (no boxed key)
    groups.reserve(phoneCount(p));
    // only phones with a possible partner under the masking that covers this pass
    if (typoCandidates && k !== PHONE) addCandidatePhoneKeys(k, pass, p, groups, typoCandidates, maskingBit(k, pass));
    else addPhoneKeys(k, pass, p, groups);
  } else if (kind === 'idKey') addIdKeys(p, groups);
  else if (kind === 'nameSoundBirth') addNameSoundBirthKeys(p, groups);
  else if (kind === 'companyCore') addCompanyCoreKeys(p, groups);
  else if (kind === 'contactCity') addContactCityKeys(p, groups);
  else if (kind === 'idMasked' || kind === 'idTransposed') addDocumentTypoKeys(kind === 'idMasked', pass, p, groups);
  else if (kind === 'nameWordBirth') addNameWordBirthKeys(p, groups);
  else if (kind === 'romanisedBirth') addRomanisedBirthKeys(p, groups);
  else if (kind === 'rareNameCity') addRareNameCityKeys(p, groups, rareCount);
  else if (kind === 'nameAddressNumbers') addNameAddressKeys(p, groups);
}

/**
 * The sound of a person's name with the digits of the address, in order (full-width folded): the
 * numbers survive the ways an address is rewritten (Flat/Apt, Rd/Road, 号 or -, the province left
 * out), and reading them needs no normalisation of every address.
 */
function addNameAddressKeys(p: PreparedRows, groups: KeyEntries): void {
  if (!p.hasAddress) return;
  const { soundKey, addressText, isCompany } = p;
  for (let i = 0; i < p.n; i++) {
    if (soundKey[i] < 0 || isCompany[i] === 1 || !addressText[i]) continue;
    const digits = addressDigits(addressText[i]);
    if (digits >= 0) groups.add(mix(soundKey[i], digits), i);
  }
}

/** The digits of a text as one number (up to 15 of them: an exact double), -1 when it has fewer than 2. */
function addressDigits(s: string): number {
  let v = 0;
  let count = 0;
  for (let i = 0; i < s.length && count < 15; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) c -= 0xfee0;
    if (c < 48 || c > 57) continue;
    v = v * 10 + (c - 48);
    count++;
  }
  return count < 2 ? -1 : v * 16 + count;
}

/** A permit's, passport's or other document's number with the character at `pass` masked, or the two at pass, pass+1 ordered. */
function addDocumentTypoKeys(masked: boolean, pass: number, p: PreparedRows, groups: KeyEntries): void {
  const rows = p.documentRows;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const s = p.idKey[i];
    if (!s) continue; // set aside as a placeholder
    if (masked) {
      if (pass < s.length) groups.add(hashSkipping(s, pass, 14), i);
    } else if (pass + 1 < s.length && s.charCodeAt(pass) !== s.charCodeAt(pass + 1))
      groups.add(hashSortedPair(s, pass, 15), i);
  }
}

/** Each word (2+ letters) of a person's name in Latin letters, with the birth date: one word mistyped, the other meets. */
function addNameWordBirthKeys(p: PreparedRows, groups: KeyEntries): void {
  if (p.romanCount === null) return; // no name in Latin letters
  const { names, nameCode, birth, isCompany } = p;
  for (let i = 0; i < p.n; i++) {
    const c = nameCode[i];
    if (names.latin[c] === 0 || birth[i] === NO_DAY || isCompany[i] === 1) continue;
    for (const word of names.name[c].split(' '))
      if (word.length >= 2) groups.add(mix(hashString(word, 71), birth[i]), i);
  }
}

/** The pinyin key of a person's name in either script, with the birth date. */
function addRomanisedBirthKeys(p: PreparedRows, groups: KeyEntries): void {
  if (p.romanCount === null) return;
  const { names, nameCode, birth, isCompany } = p;
  for (let i = 0; i < p.n; i++) {
    const roman = names.roman[nameCode[i]];
    if (roman && birth[i] !== NO_DAY && isCompany[i] === 0) groups.add(mix(hashString(roman, ROMAN_TAG), birth[i]), i);
  }
}

/** The sound of a person's name on few rows, with the city: a customer registered again in the same city. */
function addRareNameCityKeys(p: PreparedRows, groups: KeyEntries, rareCount: number): void {
  const { soundKey, soundCount, city, isCompany } = p;
  for (let i = 0; i < p.n; i++) {
    if (soundKey[i] >= 0 && city[i] >= 0 && isCompany[i] === 0 && soundCount[i] <= rareCount)
      groups.add(mix(mix(soundKey[i], city[i]), 0x5ca1ab1e), i);
  }
}

function addCandidatePhoneKeys(
  k: number,
  pass: number,
  p: PreparedRows,
  groups: KeyEntries,
  typoCandidates: TypoCandidates,
  bit: number,
): void {
  const numA = p.phoneNumA;
  const numB = p.phoneNumB;
  const candA = typoCandidates.a;
  const candB = typoCandidates.b;
  for (let i = 0; i < p.n; i++) {
    if (candA[i] & bit) {
      const a = numA[i];
      if (a >= 0) addPhoneNumber(k, pass, a, i, groups);
      else addPhoneText(k, pass, p.phoneA[i], i, groups);
    }
    if (candB[i] & bit) {
      const b = numB[i];
      if (b >= 0) addPhoneNumber(k, pass, b, i, groups);
      else addPhoneText(k, pass, p.phoneB[i], i, groups);
    }
  }
}

function addPhoneKeys(k: number, pass: number, p: PreparedRows, groups: KeyEntries): void {
  const numA = p.phoneNumA;
  const numB = p.phoneNumB;
  for (let i = 0; i < p.n; i++) {
    const a = numA[i];
    if (a >= 0) addPhoneNumber(k, pass, a, i, groups);
    else if (a === PHONE_TEXT) addPhoneText(k, pass, p.phoneA[i], i, groups);
    const b = numB[i];
    if (b >= 0) addPhoneNumber(k, pass, b, i, groups);
    else if (b === PHONE_TEXT) addPhoneText(k, pass, p.phoneB[i], i, groups);
  }
}

/** hashString(idKey, ID_HASH_TAG), computed once in prepare. */
function addIdKeys(p: PreparedRows, groups: KeyEntries): void {
  const idHash = p.idHash;
  for (let i = 0; i < p.n; i++) if (idHash[i] >= 0) groups.add(idHash[i], i);
}

/** soundKey: hashString(sound, 31) for persons, computed once per distinct name in prepare. */
function addNameSoundBirthKeys(p: PreparedRows, groups: KeyEntries): void {
  const { soundKey, birth, isCompany } = p;
  for (let i = 0; i < p.n; i++) {
    if (soundKey[i] >= 0 && birth[i] !== NO_DAY && isCompany[i] === 0) groups.add(mix(soundKey[i], birth[i]), i);
  }
}

/** hashString(sound, 41) for companies. */
function addCompanyCoreKeys(p: PreparedRows, groups: KeyEntries): void {
  const { soundKey, isCompany } = p;
  for (let i = 0; i < p.n; i++) if (soundKey[i] >= 0 && isCompany[i] === 1) groups.add(soundKey[i], i);
}

/** hashString(contact sound, 51), with the city. */
function addContactCityKeys(p: PreparedRows, groups: KeyEntries): void {
  const { contactSoundKey, city, isCompany } = p;
  for (let i = 0; i < p.n; i++) {
    if (contactSoundKey[i] >= 0 && city[i] >= 0 && isCompany[i] === 1) groups.add(mix(contactSoundKey[i], city[i]), i);
  }
}

/** Secondary sort key for sorted-neighbourhood windows inside an oversized weak block. */
export function neighbourhoodKey(p: PreparedRows, i: number): string {
  return `${p.phoneA[i]}|${p.idKey[i]}|${p.names.name[p.nameCode[i]]}`;
}
