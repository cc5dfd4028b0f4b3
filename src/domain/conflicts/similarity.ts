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
  if (a === b) return a.length === 0 ? 0 : 1;
  return jaroWinklerRange(a, 0, a.length, b, 0, b.length);
}

/** jaroWinkler of a[aFrom, aTo) and b[bFrom, bTo) (words of a longer text, without slicing them out). */
export function jaroWinklerRange(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const la = aTo - aFrom;
  const lb = bTo - bFrom;
  if (la <= 0 || lb <= 0) return 0;
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
    const c = a.charCodeAt(aFrom + i);
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(bFrom + j) === c) {
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
    if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + k)) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(aFrom + prefix) === b.charCodeAt(bFrom + prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// ---- words of names and addresses (texts of words separated by single spaces)

/** Most words of a text that are compared (a name or an address has fewer). */
const MAX_WORDS = 24;
/** Word k of the text being read: [start[k], end[k]). */
const startX = new Int32Array(MAX_WORDS);
const endX = new Int32Array(MAX_WORDS);
const startY = new Int32Array(MAX_WORDS);
const endY = new Int32Array(MAX_WORDS);
/** Per word of y: 1 when matched to a word of x. */
const usedY = new Uint8Array(MAX_WORDS);
const usedX = new Uint8Array(MAX_WORDS);

function splitWords(s: string, start: Int32Array, end: Int32Array): number {
  let count = 0;
  let from = 0;
  for (let i = 0; i <= s.length && count < MAX_WORDS; i++) {
    if (i === s.length || s.charCodeAt(i) === 32) {
      if (i > from) {
        start[count] = from;
        end[count++] = i;
      }
      from = i + 1;
    }
  }
  return count;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * How alike word kx of x and ky of y are, 0..1: numbers and one-letter words only when equal (1),
 * longer words by Jaro-Winkler, or `floor` for one letter replaced or two swapped; 0 below `floor`.
 */
function wordSimilarity(x: string, kx: number, y: string, ky: number, floor: number): number {
  const ax = startX[kx];
  const lx = endX[kx] - ax;
  const ay = startY[ky];
  const ly = endY[ky] - ay;
  let equal = lx === ly;
  for (let i = 0; equal && i < lx; i++) equal = x.charCodeAt(ax + i) === y.charCodeAt(ay + i);
  if (equal) return 1;
  if (lx < 2 || ly < 2 || isDigitCode(x.charCodeAt(ax)) || isDigitCode(y.charCodeAt(ay))) return 0;
  const jw = jaroWinklerRange(x, ax, ax + lx, y, ay, ay + ly);
  if (jw >= floor) return jw;
  // Jaro-Winkler looks for a letter only near its place, and a short word has few: kim / kdm, gui / giu
  return lx >= 3 && oneTypoApart(x, ax, y, ay, lx, ly) ? floor : 0;
}

/** Are x[ax, ax+lx) and y[ay, ay+ly) the same but for one letter replaced or two neighbouring letters swapped? */
function oneTypoApart(x: string, ax: number, y: string, ay: number, lx: number, ly: number): boolean {
  if (lx !== ly) return false;
  let i = 0;
  while (i < lx && x.charCodeAt(ax + i) === y.charCodeAt(ay + i)) i++;
  let k = i + 1; // replaced: the rest equal after i
  while (k < lx && x.charCodeAt(ax + k) === y.charCodeAt(ay + k)) k++;
  if (k === lx) return true;
  if (i + 1 >= lx) return false;
  if (x.charCodeAt(ax + i) !== y.charCodeAt(ay + i + 1) || x.charCodeAt(ax + i + 1) !== y.charCodeAt(ay + i))
    return false;
  for (k = i + 2; k < lx; k++) if (x.charCodeAt(ax + k) !== y.charCodeAt(ay + k)) return false;
  return true;
}

/** The result of the last matchWords: words of each text, initials (one-letter words), and pairs matched. */
export const wordMatch = {
  wordsX: 0,
  wordsY: 0,
  initialsX: 0,
  initialsY: 0,
  matched: 0,
  /** The matched words' similarities added up (matched when all were equal). */
  similarity: 0,
  /** Matched words that are equal. */
  equal: 0,
  initialsMatched: 0,
  numbersMatched: 0,
};

/**
 * Matches the words of two texts (each word of x with the most alike unmatched word of y, at
 * least `floor`: wordSimilarity), then, for names (`initials`), each one-letter word (an initial)
 * with the first unmatched word of the other text that starts with it. Writes the counts into wordMatch.
 */
export function matchWords(x: string, y: string, floor: number, initials = true): void {
  const nx = splitWords(x, startX, endX);
  const ny = splitWords(y, startY, endY);
  usedX.fill(0, 0, nx);
  usedY.fill(0, 0, ny);
  let matched = 0;
  let similarity = 0;
  let equal = 0;
  let numbers = 0;
  let initialsX = 0;
  let initialsY = 0;
  const isInitialX = (k: number) => initials && endX[k] - startX[k] === 1 && !isDigitCode(x.charCodeAt(startX[k]));
  const isInitialY = (k: number) => initials && endY[k] - startY[k] === 1 && !isDigitCode(y.charCodeAt(startY[k]));
  for (let kx = 0; kx < nx; kx++) {
    if (isInitialX(kx)) {
      initialsX++;
      continue;
    }
    let best = -1;
    let bestSimilarity = 0;
    for (let ky = 0; ky < ny && bestSimilarity < 1; ky++) {
      if (usedY[ky] || isInitialY(ky)) continue;
      const sim = wordSimilarity(x, kx, y, ky, floor);
      if (sim > bestSimilarity) {
        best = ky;
        bestSimilarity = sim;
      }
    }
    if (best >= 0) {
      usedX[kx] = usedY[best] = 1;
      matched++;
      similarity += bestSimilarity;
      if (bestSimilarity === 1) equal++;
      if (isDigitCode(x.charCodeAt(startX[kx]))) numbers++;
    }
  }
  for (let ky = 0; ky < ny; ky++) if (isInitialY(ky)) initialsY++;
  // initials: W. against an unmatched word starting with w, on either side
  let initialsMatched = 0;
  for (let kx = 0; kx < nx && initialsX + initialsY > 0; kx++) {
    if (usedX[kx] || !isInitialX(kx)) continue;
    for (let ky = 0; ky < ny; ky++) {
      if (usedY[ky] || endY[ky] - startY[ky] < 2 || y.charCodeAt(startY[ky]) !== x.charCodeAt(startX[kx])) continue;
      usedX[kx] = usedY[ky] = 1;
      initialsMatched++;
      break;
    }
  }
  for (let ky = 0; ky < ny && initialsY > 0; ky++) {
    if (usedY[ky] || !isInitialY(ky)) continue;
    for (let kx = 0; kx < nx; kx++) {
      if (usedX[kx] || endX[kx] - startX[kx] < 2 || x.charCodeAt(startX[kx]) !== y.charCodeAt(startY[ky])) continue;
      usedX[kx] = usedY[ky] = 1;
      initialsMatched++;
      break;
    }
  }
  wordMatch.wordsX = nx;
  wordMatch.wordsY = ny;
  wordMatch.initialsX = initialsX;
  wordMatch.initialsY = initialsY;
  wordMatch.matched = matched;
  wordMatch.similarity = similarity;
  wordMatch.equal = equal;
  wordMatch.initialsMatched = initialsMatched;
  wordMatch.numbersMatched = numbers;
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
