/** String comparisons used by the matcher. Allocation-free: they run once per compared pair. */

/** Same length and exactly one character differs. */
export function isOneSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i) && ++diff > 1) return false;
  }
  return diff === 1;
}

/** Same length and exactly two neighbouring characters swapped (13812345678 / 13812345687). */
export function isAdjacentTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  const n = a.length;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i >= n - 1) return false;
  if (a.charCodeAt(i) !== b.charCodeAt(i + 1) || a.charCodeAt(i + 1) !== b.charCodeAt(i)) return false;
  if (a.charCodeAt(i) === a.charCodeAt(i + 1)) return false;
  for (let k = i + 2; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/**
 * isOneSubstitution and isAdjacentTransposition for two phone keys held as exact numbers
 * (length × 10^13 + digits, see prepare.ts phoneNumber): digit arithmetic instead of loading
 * both strings, which for two random rows of a million are two cache misses per compared pair.
 * The digits are compared from the right; the length counts leading zeros, as the strings do.
 */
export function phoneNumbersOneSubstitution(x: number, y: number): boolean {
  const len = Math.floor(x / 1e13);
  if (len !== Math.floor(y / 1e13)) return false;
  let dx = x - len * 1e13;
  let dy = y - len * 1e13;
  let diff = 0;
  for (let i = 0; i < len && dx !== dy; i++) {
    const qx = Math.floor(dx / 10);
    const qy = Math.floor(dy / 10);
    if (dx - qx * 10 !== dy - qy * 10 && ++diff > 1) return false;
    dx = qx;
    dy = qy;
  }
  return diff === 1;
}

export function phoneNumbersAdjacentTransposition(x: number, y: number): boolean {
  const len = Math.floor(x / 1e13);
  if (len !== Math.floor(y / 1e13)) return false;
  let dx = x - len * 1e13;
  let dy = y - len * 1e13;
  // skip the equal digits on the right
  let i = 0;
  let qx = Math.floor(dx / 10);
  let qy = Math.floor(dy / 10);
  while (i < len && dx - qx * 10 === dy - qy * 10) {
    if (dx === dy) return false; // equal all the way
    dx = qx;
    dy = qy;
    qx = Math.floor(dx / 10);
    qy = Math.floor(dy / 10);
    i++;
  }
  if (i + 1 >= len) return false;
  const x0 = dx - qx * 10;
  const y0 = dy - qy * 10;
  const x1 = qx - Math.floor(qx / 10) * 10;
  const y1 = qy - Math.floor(qy / 10) * 10;
  // the two digits swapped (and different), everything to their left equal
  return x0 === y1 && x1 === y0 && x0 !== x1 && Math.floor(qx / 10) === Math.floor(qy / 10);
}

// Scratch buffers for Jaro-Winkler (names are short; grown when needed).
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4 characters), 0..1. */
export function jaroWinkler(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (a === b) return 1;
  if (la > flagsA.length || lb > flagsB.length) {
    flagsA = new Uint8Array(Math.max(la, lb) * 2);
    flagsB = new Uint8Array(Math.max(la, lb) * 2);
  }
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === c) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Fuzzy pinyin: folds the sounds that speakers and typists confuse, so near-homophone typos
 * share a key. Applied per syllable: zh/ch/sh -> z/c/s, final -ng -> -n (an/ang, en/eng, in/ing).
 * Input is nameSound() output: toneless syllables joined by ' '.
 */
export function foldSound(sound: string): string {
  let out = '';
  const parts = sound.split(' ');
  for (let p of parts) {
    if (p.length > 1 && (p[0] === 'z' || p[0] === 'c' || p[0] === 's') && p[1] === 'h') p = p[0] + p.slice(2);
    if (p.length > 2 && p.endsWith('ng') && p !== 'ng') p = p.slice(0, -1);
    out += out ? ' ' + p : p;
  }
  return out;
}

/**
 * 53-bit hash of a string (two 32-bit FNV-1a variants combined), used as a numeric blocking key.
 * A collision only puts two unrelated rows side by side once; the comparator then rejects them.
 */
export function hashString(s: string, seed = 0): number {
  let h1 = 0x811c9dc5 ^ seed;
  let h2 = 0x01000193 ^ Math.imul(seed, 0x9e3779b1);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 2097152 + ((h2 >>> 11) & 0x1fffff);
}

/** Folded sound per BMP code unit ('' = not computed yet). */
const foldedOfChar: string[] = new Array<string>(0x10000).fill('');

function foldToken(token: string): string {
  let p = token;
  if (p.length > 1 && (p[0] === 'z' || p[0] === 'c' || p[0] === 's') && p[1] === 'h') p = p[0] + p.slice(2);
  if (p.length > 2 && p.endsWith('ng') && p !== 'ng') p = p.slice(0, -1);
  return p;
}

/**
 * foldSound(nameSound(name)), with the folded syllable of each character cached by code unit:
 * one array read per character instead of building and re-splitting the pinyin string.
 * `sound` is nameSound (passed in so this module stays free of the pinyin dictionary).
 */
export function fuzzySound(name: string, sound: (s: string) => string): string {
  let out = '';
  let runStart = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x2e80) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) return foldSound(sound(name)); // astral characters: the slow, general path
    if (runStart >= 0) {
      const tok = foldToken(name.slice(runStart, i));
      out = out ? out + ' ' + tok : tok;
      runStart = -1;
    }
    let f = foldedOfChar[c];
    if (f === '') f = foldedOfChar[c] = foldSound(sound(name[i]));
    out = out ? out + ' ' + f : f;
  }
  if (runStart >= 0) {
    const tok = foldToken(name.slice(runStart));
    out = out ? out + ' ' + tok : tok;
  }
  return out;
}
