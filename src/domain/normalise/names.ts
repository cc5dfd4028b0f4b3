/**
 * Person and company names: traditional -> simplified, full-width -> half-width,
 * lower-case latin, no spaces or punctuation; company names also lose legal suffixes.
 */
import * as OpenCC from 'opencc-js';

let converter: ((s: string) => string) | null = null;
const simplifiedChars = new Map<number, string>();

/** One character (code point) traditional -> simplified, cached: opencc-js is slow per call. */
function simplifiedChar(cp: number, ch: string): string {
  let s = simplifiedChars.get(cp);
  if (s === undefined) {
    if (!converter) converter = OpenCC.Converter({ from: 't', to: 'cn' });
    s = converter(ch);
    simplifiedChars.set(cp, s);
  }
  return s;
}

/**
 * Traditional -> simplified Chinese (opencc-js t -> cn), character by character with a
 * per-character cache. ASCII passes straight through. Returns the input when unchanged.
 */
export function toSimplified(s: string): string {
  let out: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2e80) {
      if (out !== null) out += s[i];
      continue;
    }
    let ch = s[i];
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      ch = s.slice(i, i + 2);
      cp = s.codePointAt(i)!;
      i++;
    }
    const simple = simplifiedChar(cp, ch);
    if (out === null) {
      if (simple === ch) continue;
      out = s.slice(0, i + 1 - ch.length);
    }
    out += simple;
  }
  return out ?? s;
}
