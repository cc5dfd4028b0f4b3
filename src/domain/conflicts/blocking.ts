/**
 * Blocking keys: which rows are ever put side by side. Every key is a 53-bit number
 * (an exact hash of the key text), built without allocating per row where it matters
 * (the masked-phone passes run once per digit position over every row).
 */
import type { BlockingKeyKind } from './config';
import type { PreparedRows } from './prepare';
import { NO_DAY } from './prepare';
import { hashString } from './similarity';
import { KeyGroups } from './key-groups';

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
  const lo = h % 2097152;
  const hi2 = (Math.imul(hi ^ (v | 0), 0x9e3779b1) ^ Math.imul(v >>> 16, 0x85ebca6b)) >>> 0;
  return hi2 * 2097152 + lo;
}

/** How many passes a key kind needs (the masked and transposed phone keys: one per digit position). */
export function passCount(kind: BlockingKeyKind): number {
  if (kind === 'phoneMasked') return MAX_PHONE_DIGITS;
  if (kind === 'phoneTransposed') return MAX_PHONE_DIGITS - 1;
  return 1;
}

/** Builds the key groups of one pass of a blocking key kind. */
export function buildGroups(kind: BlockingKeyKind, pass: number, p: PreparedRows, reuse?: KeyGroups): KeyGroups {
  const n = p.n;
  let groups: KeyGroups;
  if (reuse) {
    reuse.reset();
    groups = reuse;
  } else groups = new KeyGroups(kind.startsWith('phone') ? Math.ceil(n * 1.1) : n);
  const addPhone = (s: string, i: number) => {
    if (!s) return;
    if (kind === 'phone') groups.add(hashString(s, 11), i);
    else if (kind === 'phoneMasked') {
      if (pass < s.length) groups.add(hashSkipping(s, pass, 12), i);
    } else if (kind === 'phoneTransposed') {
      // equal neighbouring digits: a swap changes nothing, so no key
      if (pass + 1 < s.length && s.charCodeAt(pass) !== s.charCodeAt(pass + 1))
        groups.add(hashSortedPair(s, pass, 13), i);
    }
  };
  for (let i = 0; i < n; i++) {
    switch (kind) {
      case 'phone':
      case 'phoneMasked':
      case 'phoneTransposed':
        addPhone(p.phoneA[i], i);
        addPhone(p.phoneB[i], i);
        break;
      case 'idKey':
        if (p.idKey[i]) groups.add(hashString(p.idKey[i], 21), i);
        break;
      case 'nameSoundBirth':
        if (p.sound[i] && p.birth[i] !== NO_DAY && p.isCompany[i] === 0)
          groups.add(mix(hashString(p.sound[i], 31), p.birth[i]), i);
        break;
      case 'companyCore':
        if (p.sound[i] && p.isCompany[i] === 1) groups.add(hashString(p.sound[i], 41), i);
        break;
      case 'contactCity':
        if (p.contactSound[i] && p.city[i] >= 0 && p.isCompany[i] === 1)
          groups.add(mix(hashString(p.contactSound[i], 51), p.city[i]), i);
        break;
    }
  }
  return groups;
}

/** Secondary sort key for sorted-neighbourhood windows inside an oversized weak block. */
export function neighbourhoodKey(p: PreparedRows, i: number): string {
  return `${p.phoneA[i]}|${p.idKey[i]}|${p.name[i]}`;
}
