/**
 * Names written in Latin letters (foreigners, people from Hong Kong, Macau and Taiwan, and
 * Chinese names romanised in pinyin: Zhang Wei, ZHANG Wei, Wei Zhang), and their pinyin key,
 * which a romanised name shares with the same name in characters (Zhang Wei / 张伟).
 */
import { cellText } from './text';

/** Letters NFD does not take apart (ß, æ, ø ...), as ASCII. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};

/** Does the text hold letters and no CJK character (a name written in Latin letters)? */
export function isLatinText(s: string): boolean {
  let letters = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2e80) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) letters = true;
  }
  return letters;
}

/**
 * Lower-case ASCII letters and digits, accents dropped (José -> jose, Müller -> muller, ß -> ss),
 * every other character a space; apostrophes dropped (O'Brien -> obrien).
 */
export function foldLatin(raw: string): string {
  let s = raw;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    s = s.replace(/[ßæÆøØœŒłŁđĐþÞı]/g, (c) => SPECIAL_LETTERS[c]);
    s = s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  }
  return s
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A Latin-script name for comparison: its words (a hyphen or a full stop parts words, so
 * Tai-man is tai man and W. is w), accents and case dropped, in alphabetical order, so that
 * 'ZHANG, Wei', 'Wei Zhang' and 'zhang wei' are one name. '' when there is none.
 */
export function normaliseLatinName(raw: unknown): string {
  const folded = foldLatin(cellText(raw));
  if (!folded) return '';
  const words = folded.split(' ');
  return words.length === 1 ? folded : words.sort().join(' ');
}

/**
 * Folds the spellings pinyin readers confuse or write without marks, over a run of syllables
 * written together: zh/ch/sh -> z/c/s, ng -> n, v (ü) -> u. Applied alike to the pinyin of a
 * name in characters and to a romanised name, so both meet.
 */
export function foldPinyin(s: string): string {
  return s
    .replace(/([zcs])h/g, '$1')
    .replace(/ng/g, 'n')
    .replace(/v/g, 'u');
}

/**
 * The pinyin key of a romanised name: its family name and its given name (the given name's
 * syllables written together), each folded by foldPinyin, in alphabetical order. Words in
 * written order; with three or more, the first is taken as the family name and the rest as the
 * given name (Zhang Xiao Ming). '' for a single word.
 */
export function romanisedKey(wordsInOrder: string[]): string {
  if (wordsInOrder.length < 2) return '';
  const family = foldPinyin(wordsInOrder[0]);
  const given = foldPinyin(wordsInOrder.slice(1).join(''));
  return family < given ? `${family} ${given}` : `${given} ${family}`;
}

/** The same key for a name in characters, from the pinyin of its family name and of its given name. */
export function pinyinKey(familySound: string, givenSound: string): string {
  if (!familySound || !givenSound) return '';
  const family = foldPinyin(familySound.replace(/ /g, ''));
  const given = foldPinyin(givenSound.replace(/ /g, ''));
  return family < given ? `${family} ${given}` : `${given} ${family}`;
}
