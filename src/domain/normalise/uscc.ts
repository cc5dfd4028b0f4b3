/**
 * Unified social credit codes (统一社会信用代码), GB 32100-2015.
 * 18 characters from 0-9 A-Y without I O S V Z: registration authority (1), organisation
 * type (1), administrative division (6 digits), organisation code (9), check character (1).
 * Check = (31 − Σ(value × weight) mod 31) mod 31. Codes from some pilot regions fail the
 * check (91350100M0001TGQXM): callers warn instead of rejecting.
 */

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Value of a USCC character (0..30), -1 if outside the alphabet. */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < USCC_ALPHABET.length; i++) VALUES[USCC_ALPHABET.charCodeAt(i)] = i;

export function usccValue(c: number): number {
  return c < 128 ? VALUES[c] : -1;
}

/** Check character for the first 17 characters, or null if one is outside the alphabet (or length is wrong). */
export function usccCheckChar(body17: string): string | null {
  if (body17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = usccValue(body17.charCodeAt(i));
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Shape test: 18 characters of the alphabet, with the administrative division (characters 3-8) all digits. */
export function looksLikeUscc(s: string): boolean {
  if (s.length !== 18) return false;
  for (let i = 0; i < 18; i++) {
    const c = s.charCodeAt(i);
    if (usccValue(c) < 0) return false;
    if (i >= 2 && i < 8 && (c < 48 || c > 57)) return false;
  }
  return true;
}

/** A well-formed code whose check character is right. Accepts lower case and surrounding spaces. */
export function isValidUscc(code: string): boolean {
  const s = code.trim().toUpperCase();
  return looksLikeUscc(s) && usccCheckChar(s.slice(0, 17)) === s[17];
}
