import {
  foldSound,
  fuzzySound,
  isAdjacentTransposition,
  isOneSubstitution,
  phoneNumbersAdjacentTransposition,
  phoneNumbersOneSubstitution,
} from '../../../src/domain/conflicts/similarity';
import { phoneNumber } from '../../../src/domain/conflicts/prepare';
import { nameSound } from '../../../src/domain/normalise';

describe('fuzzySound (per-character cached fold)', () => {
  test.each([
    '王伟',
    '张晓明',
    '陈静',
    '欧阳子涵',
    '安达汽贸',
    'abc汽贸',
    'zhang三',
    '汽贸shang',
    'bmw4s店',
    '𠀋王',
    '',
  ])('%s: same as foldSound(nameSound(x))', (name) => {
    expect(fuzzySound(name, nameSound)).toBe(foldSound(nameSound(name)));
  });

  test('folds the confusable sounds', () => {
    expect(fuzzySound('张成', nameSound)).toBe('zan cen');
    expect(fuzzySound('王伟', nameSound)).toBe(fuzzySound('王玮', nameSound));
  });
});

describe('phone typo checks on phone numbers agree with the string checks', () => {
  // random keys of 7-12 digits (leading zeros included), and variants one typo, one swap or more away
  let seed = 4242;
  const rnd = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  const randomKey = (len: number) => Array.from({ length: len }, () => String(rnd(10))).join('');
  const variants = (s: string): string[] => {
    const out = [s, randomKey(s.length), randomKey(s.length + 1)];
    const at = rnd(s.length);
    out.push(s.slice(0, at) + String((Number(s[at]) + 1 + rnd(9)) % 10) + s.slice(at + 1));
    if (at + 1 < s.length) out.push(s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2));
    const at2 = rnd(s.length);
    out.push(out[3].slice(0, at2) + String((Number(out[3][at2]) + 1) % 10) + out[3].slice(at2 + 1));
    return out;
  };

  test('on thousands of pairs, including equal keys, other lengths and swapped equal digits', () => {
    let checked = 0;
    let substitutions = 0;
    let swaps = 0;
    for (let k = 0; k < 3000; k++) {
      const a = randomKey(7 + rnd(6));
      for (const b of [...variants(a), a.replace(/(\d)(\d)/, '$1$1')]) {
        const x = phoneNumber(a);
        const y = phoneNumber(b);
        const sub = isOneSubstitution(a, b);
        const swap = isAdjacentTransposition(a, b);
        expect([a, b, phoneNumbersOneSubstitution(x, y)]).toEqual([a, b, sub]);
        expect([a, b, phoneNumbersAdjacentTransposition(x, y)]).toEqual([a, b, swap]);
        checked++;
        if (sub) substitutions++;
        if (swap) swaps++;
      }
    }
    expect(checked).toBeGreaterThan(15000);
    expect(substitutions).toBeGreaterThan(2500);
    expect(swaps).toBeGreaterThan(2000);
  });

  test('examples', () => {
    expect(phoneNumbersOneSubstitution(phoneNumber('13812345678'), phoneNumber('13812345679'))).toBe(true);
    expect(phoneNumbersOneSubstitution(phoneNumber('13812345678'), phoneNumber('13812345678'))).toBe(false);
    expect(phoneNumbersOneSubstitution(phoneNumber('01062345678'), phoneNumber('11062345678'))).toBe(true);
    expect(phoneNumbersOneSubstitution(phoneNumber('0106234567'), phoneNumber('01062345678'))).toBe(false);
    // 19 -> 21 differs by 2 but in two digits
    expect(phoneNumbersOneSubstitution(phoneNumber('1380000019'), phoneNumber('1380000021'))).toBe(false);
    expect(phoneNumbersAdjacentTransposition(phoneNumber('13812345678'), phoneNumber('13812345687'))).toBe(true);
    expect(phoneNumbersAdjacentTransposition(phoneNumber('01062345678'), phoneNumber('10062345678'))).toBe(true);
    expect(phoneNumbersAdjacentTransposition(phoneNumber('13812345678'), phoneNumber('13812345867'))).toBe(false);
    expect(phoneNumbersAdjacentTransposition(phoneNumber('13812345678'), phoneNumber('13812345678'))).toBe(false);
  });
});
