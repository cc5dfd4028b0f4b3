/**
 * Character-level helpers shared by the normalisers and the header recogniser.
 * Written as plain char-code loops: they run once per cell on million-row sheets.
 */

/**
 * Full-width ASCII (U+FF01..U+FF5E) -> ASCII, ideographic space (U+3000) and
 * no-break space -> ' '. Everything else is kept. Returns the input itself when
 * nothing changes (no allocation on the common path).
 */
export function toHalfWidth(s: string): string {
  let i = 0;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0x00a0) break;
  }
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0x00a0) out += ' ';
    else out += s[i];
  }
  return out;
}

/** Is this (non-ASCII) code unit punctuation or a space that loose comparison ignores? */
export function isWideSeparator(c: number): boolean {
  return (
    c === 0x00a0 || // no-break space
    c === 0x00b7 || // middle dot ·
    (c >= 0x2000 && c <= 0x206f) || // general punctuation: spaces, dashes, quotes, ‧ …
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation: 、。《》「」【】〔〕
    c === 0x30fb || // katakana middle dot ・
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xff01 && c <= 0xff0f) || // full-width ! " # $ % & ' ( ) * + , - . /
    (c >= 0xff1a && c <= 0xff20) || // full-width : ; < = > ? @
    (c >= 0xff3b && c <= 0xff40) || // full-width [ \ ] ^ _ `
    (c >= 0xff5b && c <= 0xff65) || // full-width { | } ~ and half-width CJK punctuation
    c === 0xfeff // byte-order mark
  );
}

/**
 * A key for loose comparison of labels: full-width folded, ASCII letters lower-cased,
 * spaces and punctuation removed ('（）()：:' etc.), other characters (CJK) kept.
 * '客户编号（必填）' -> '客户编号必填', ' Phone Number: ' -> 'phonenumber', 'Ｅ－ｍａｉｌ' -> 'email'.
 */
export function looseKey(s: string): string {
  // Copies unchanged runs with slice and returns s itself when nothing changes: building the
  // result char by char makes a rope that every later charCodeAt has to flatten.
  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const raw = s.charCodeAt(i);
    let c = raw;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    let keep: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      keep = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else {
      keep = !isWideSeparator(c);
    }
    if (keep && c === raw) continue;
    out += s.slice(runStart, i);
    if (keep) out += String.fromCharCode(c);
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/** Removes bracketed parts: '单价（元）' -> '单价', 'Amount [CNY]' -> 'Amount '. */
export function stripBracketed(s: string): string {
  return s.replace(/[（(【[〔［][^）)】\]〕］]*[）)】\]〕］]/g, '');
}

/** Cell value -> text ('' for null/undefined). */
/** Is every character of s an ASCII digit 0-9? (true for ''.) */
export function asciiDigitsOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function cellText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw;
  if (raw instanceof Date) return isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10);
  return String(raw);
}

/**
 * Digits of a number as Excel shows a code typed as a number: integers without exponent
 * notation, and beyond 2^53 only 15 significant digits followed by zeros (Excel keeps no
 * more), so every adapter reports the same damaged ID the user sees in the cell.
 */
export function numberAsCode(n: number): string {
  if (Number.isSafeInteger(n) || !Number.isInteger(n)) return String(n);
  return n.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 });
}
