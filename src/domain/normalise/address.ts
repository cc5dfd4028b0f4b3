/**
 * Addresses for comparison, as words separated by spaces.
 *  - Chinese: full-width digits folded, traditional -> simplified, the leading province and city
 *    dropped (广东省广州市天河区天河路385号 and 天河区天河路385号 are one address), the district a word
 *    of its own, and split at 号/弄/室/栋/幢/单元/楼/层/座, so 3栋2单元501室 and 3-2-501 give the same words.
 *  - Latin letters: case and accents dropped, street types shortened (Road -> rd, Avenue -> ave),
 *    and the words that only announce a number (Flat, Apt, Room, No.) dropped.
 * Numbers lose their leading zeros. '' when nothing is left.
 */
import { cellText, toHalfWidth } from './text';
import { leadingPlacesEnd, toSimplified } from './names';
import { foldLatin } from './latin';

const STREET_WORDS: Record<string, string> = {
  road: 'rd',
  street: 'st',
  str: 'st',
  avenue: 'ave',
  av: 'ave',
  drive: 'dr',
  lane: 'ln',
  place: 'pl',
  court: 'ct',
  crescent: 'cres',
  boulevard: 'blvd',
  terrace: 'tce',
  highway: 'hwy',
  square: 'sq',
  building: 'bldg',
  floor: 'fl',
  mount: 'mt',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
};
const NUMBER_WORDS = new Set(['flat', 'apt', 'apartment', 'unit', 'room', 'rm', 'suite', 'no', 'number', 'house']);
/** What marks the end of a part of a Chinese address (the part keeps no marker). */
const CJK_MARKERS = /单元|[号弄室栋幢座楼层户]/g;
/** A district after the city (天河区, 浦东新区, 昆山市 is a city); not a housing estate (阳光小区, 科技园区). */
const LEADING_DISTRICT = /^[\u4e00-\u9fff]{1,4}?[^小社园校片景厂](?:新区|区|县|旗)/;

function latinWord(w: string): string {
  return STREET_WORDS[w] ?? w;
}

/** A number's digits without leading zeros ('0501' -> '501'). */
function numberWord(w: string): string {
  let k = 0;
  while (k < w.length - 1 && w.charCodeAt(k) === 48) k++;
  return k ? w.slice(k) : w;
}

/** The words of a part of an address: runs of digits, of Latin letters and of characters. */
function pushWords(part: string, out: string[]): void {
  const re = /[0-9]+|[a-z]+|[\u3400-\u9fff]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(part)) !== null) {
    const w = m[0];
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) out.push(numberWord(w));
    else if (c < 128) {
      if (!NUMBER_WORDS.has(w)) out.push(latinWord(w));
    } else out.push(w);
  }
}

export function normaliseAddress(raw: unknown): string {
  const text = cellText(raw).trim();
  if (!text) return '';
  let s = toSimplified(toHalfWidth(text));
  const words: string[] = [];
  if (/[\u3400-\u9fff]/.test(s)) {
    s = s.replace(/\s+/g, '').toLowerCase();
    s = s.slice(leadingPlacesEnd(s));
    // the district is a word of its own: there or not, the rest agrees; two different ones do not
    const district = LEADING_DISTRICT.exec(s);
    if (district && s.length - district[0].length >= 2) {
      words.push(district[0]);
      s = s.slice(district[0].length);
    }
    for (const part of s.split(CJK_MARKERS)) pushWords(part, words);
  } else pushWords(foldLatin(s), words);
  return words.join(' ');
}
