import {
  NOT_RESIDENT18,
  RESIDENT18_BIRTH,
  RESIDENT18_CHECK_OK,
  looksLikeResident18,
  residentBirthDay,
  residentIdCheckDigit,
  residentScan,
  scanResident18,
} from '../../../src/domain/normalise/resident-id';

/** scanResident18 must say what the three separate readings say. */
function separately(s: string): { shape: boolean; check: boolean; birth: number | null } {
  const shape = looksLikeResident18(s);
  return {
    shape,
    check: shape && residentIdCheckDigit(s.slice(0, 17)) === s[17],
    birth: shape ? residentBirthDay(s) : null,
  };
}

function inOnePass(s: string): { shape: boolean; check: boolean; birth: number | null } {
  const scan = scanResident18(s);
  if (scan === NOT_RESIDENT18) return { shape: false, check: false, birth: null };
  return {
    shape: true,
    check: (scan & RESIDENT18_CHECK_OK) !== 0,
    birth: scan & RESIDENT18_BIRTH ? residentScan.birthDay : null,
  };
}

describe('scanResident18 (shape, check character and birth date in one pass)', () => {
  test('a valid ID, a wrong check character, an X, no real birth date, not an ID', () => {
    const body = '11010519491231002';
    const id = body + residentIdCheckDigit(body);
    expect(inOnePass(id)).toEqual({ shape: true, check: true, birth: residentBirthDay(id) });
    expect(inOnePass(id).birth).not.toBeNull();
    const wrong = body + (id[17] === '1' ? '2' : '1');
    expect(inOnePass(wrong)).toEqual({ shape: true, check: false, birth: residentBirthDay(id) });
    expect(inOnePass('11010518991231002X')).toEqual(separately('11010518991231002X')); // year < 1900
    expect(inOnePass('11010519490231002X')).toEqual(separately('11010519490231002X')); // 31 February
    for (const s of ['', '1101051949123100', '11010519491231002x', '1101051949123100Y2', 'A10105194912310021']) {
      expect(inOnePass(s)).toEqual({ shape: false, check: false, birth: null });
    }
  });

  test('agrees with looksLikeResident18, residentIdCheckDigit and residentBirthDay on 20,000 random strings', () => {
    let seed = 4242;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const digits = (k: number) => Array.from({ length: k }, () => String(rnd(10))).join('');
    const mismatches: string[] = [];
    let checked = 0;
    let withBirth = 0;
    for (let i = 0; i < 20000; i++) {
      // area, a plausible or implausible date, sequence, then a digit, X, or something else
      const year = rnd(4) === 0 ? digits(4) : String(1890 + rnd(140));
      const date = year + String(rnd(14)).padStart(2, '0') + String(rnd(33)).padStart(2, '0');
      let s = digits(6) + date + digits(3) + ['X', 'x', '?', String(rnd(10)), String(rnd(10))][rnd(5)];
      if (rnd(10) === 0) s = s.slice(0, 17 - rnd(3)); // wrong length
      const expected = separately(s);
      const got = inOnePass(s);
      if (got.shape !== expected.shape || got.check !== expected.check || got.birth !== expected.birth) {
        mismatches.push(`${s}: ${JSON.stringify(got)} vs ${JSON.stringify(expected)}`);
      }
      if (expected.check) checked++;
      if (expected.birth !== null) withBirth++;
    }
    expect(mismatches).toEqual([]);
    // both outcomes of each reading are well represented
    expect(checked).toBeGreaterThan(500);
    expect(withBirth).toBeGreaterThan(5000);
    expect(20000 - withBirth).toBeGreaterThan(2000);
  });
});
