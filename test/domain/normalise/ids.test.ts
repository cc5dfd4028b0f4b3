import {
  isValidResidentId,
  isValidUscc,
  parseIdNumber,
  residentIdCheckDigit,
  usccCheckChar,
  formatDay,
} from '../../../src/domain/normalise';

describe('resident IDs (GB 11643)', () => {
  test('known-good vectors', () => {
    expect(isValidResidentId('360426199101010071')).toBe(true);
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(residentIdCheckDigit('36042619910101007')).toBe('1');
    expect(residentIdCheckDigit('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('1101051949123100')).toBe(false);
  });

  test('parse: valid 18-digit ID with birth date', () => {
    expect(parseIdNumber('360426199101010071')).toEqual({
      kind: 'resident',
      normalised: '360426199101010071',
      matchKey: '36042619910101007',
      formatOk: true,
      checkOk: true,
      birthDate: Date.UTC(1991, 0, 1) / 86400000,
    });
    expect(formatDay(parseIdNumber('11010519491231002X')!.birthDate!)).toBe('1949-12-31');
  });

  test('parse: failed check digit still gives a matchKey', () => {
    const p = parseIdNumber('110105194912310021')!;
    expect(p).toMatchObject({ kind: 'resident', formatOk: true, checkOk: false, matchKey: '11010519491231002' });
  });

  test('parse: lower-case x, spaces, full-width, apostrophe', () => {
    for (const raw of [
      '11010519491231002x',
      ' 110105 19491231 002X ',
      '１１０１０５１９４９１２３１００２ｘ',
      "'11010519491231002X",
      '110105-19491231-002X',
    ]) {
      expect(parseIdNumber(raw)).toMatchObject({
        kind: 'resident',
        normalised: '11010519491231002X',
        checkOk: true,
        formatOk: true,
      });
    }
  });

  test('15-digit legacy IDs match the 18-digit form', () => {
    const legacy = parseIdNumber('110105491231002')!;
    const full = parseIdNumber('11010519491231002X')!;
    expect(legacy.kind).toBe('resident15');
    expect(legacy.matchKey).toBe('11010519491231002');
    expect(legacy.matchKey).toBe(full.matchKey);
    expect(legacy.checkOk).toBe(true);
    expect(legacy.formatOk).toBe(true);
    expect(formatDay(legacy.birthDate!)).toBe('1949-12-31');
    expect(parseIdNumber('360426910101007')!.matchKey).toBe(parseIdNumber('360426199101010071')!.matchKey);
  });

  test('impossible birth dates are format errors', () => {
    const body = '11010519490230002'; // Feb 30
    const p = parseIdNumber(body + residentIdCheckDigit(body))!;
    expect(p).toMatchObject({ kind: 'resident', formatOk: false, checkOk: true });
    expect(p.birthDate).toBeUndefined();
    expect(isValidResidentId(body + residentIdCheckDigit(body))).toBe(false);
    expect(parseIdNumber('110105491331002')).toMatchObject({ kind: 'resident15', formatOk: false }); // month 13
    const early = '11010518991231002';
    expect(parseIdNumber(early + residentIdCheckDigit(early))!.formatOk).toBe(false);
  });

  test('an ID typed as a number keeps its (damaged) digits', () => {
    const p = parseIdNumber(Number('360426199101010071'))!; // Excel keeps 15 significant digits
    expect(p.kind).toBe('resident');
    expect(p.normalised).toMatch(/^36042619910101\d{4}$/);
    expect(parseIdNumber(110105491231002)!.matchKey).toBe('11010519491231002'); // 15 digits survive
  });
});

describe('unified social credit codes (GB 32100)', () => {
  test('known-good vectors', () => {
    expect(isValidUscc('91110000600037341L')).toBe(true);
    expect(isValidUscc('91110000600037341M')).toBe(false);
    expect(isValidUscc('91350100M0001TGQXM')).toBe(false);
    expect(usccCheckChar('91110000600037341')).toBe('L');
    expect(usccCheckChar('9111000060003734I')).toBeNull(); // I is not in the alphabet
    expect(isValidUscc(' 91110000600037341l ')).toBe(true);
  });

  test('parse: valid, wrong check, pilot region code', () => {
    expect(parseIdNumber('91110000600037341L')).toEqual({
      kind: 'uscc',
      normalised: '91110000600037341L',
      matchKey: '91110000600037341',
      formatOk: true,
      checkOk: true,
    });
    expect(parseIdNumber('91110000600037341M')).toMatchObject({
      kind: 'uscc',
      formatOk: true,
      checkOk: false,
      matchKey: '91110000600037341',
    });
    // Pilot-region code: shape right, check fails -> the caller warns instead of rejecting.
    expect(parseIdNumber('91350100M0001TGQXM')).toMatchObject({ kind: 'uscc', formatOk: true, checkOk: false });
    expect(parseIdNumber('9111 0000 6000 3734 1l')).toMatchObject({ kind: 'uscc', checkOk: true });
  });

  test('an all-digit code is read as a USCC only when that reading checks and the resident one does not', () => {
    // Find an all-digit code with a valid USCC check digit whose resident reading fails.
    const body = '91110000600037349';
    const check = usccCheckChar(body)!;
    const code = body + check;
    if (/^\d$/.test(check) && residentIdCheckDigit(body) !== check) {
      expect(parseIdNumber(code)!.kind).toBe('uscc');
    }
    expect(parseIdNumber('360426199101010071')!.kind).toBe('resident');
  });
});

describe('documents from outside the mainland, and other numbers', () => {
  const kindOf = (raw: string) => parseIdNumber(raw)!.kind;

  test('a passport number is a passport, its format right, no check character to check', () => {
    expect(parseIdNumber('E12345678')).toEqual({
      kind: 'passport',
      normalised: 'E12345678',
      matchKey: 'E12345678',
      formatOk: true,
      checkOk: false,
    });
    for (const raw of ['EA1234567', 'ea 123 4567', 'TK1234567', 'A1234567', 'C01X00T47', 'Ｅ１２３４５６７８'])
      expect([raw, kindOf(raw), parseIdNumber(raw)!.formatOk]).toEqual([raw, 'passport', true]);
  });

  test('Hong Kong/Macau permits (H or M and 8 or 10 digits) and Taiwan permits (8 digits)', () => {
    expect(parseIdNumber('h1234-5678')).toMatchObject({ kind: 'hkMacau', normalised: 'H12345678', formatOk: true });
    expect(kindOf('M12345678')).toBe('hkMacau');
    expect(kindOf('H1234567801')).toBe('hkMacau');
    expect(parseIdNumber('H12345678(01)')!.normalised).toBe('H1234567801');
    expect(parseIdNumber('1234 5678')).toMatchObject({ kind: 'taiwan', normalised: '12345678', formatOk: true });
  });

  test("another document's number is 'unknown' but well formed; junk is not", () => {
    expect(parseIdNumber('7654321')).toMatchObject({ kind: 'unknown', formatOk: true, checkOk: false });
    expect(parseIdNumber('USA110069060101')).toMatchObject({ kind: 'unknown', formatOk: true });
    expect(parseIdNumber('abc')).toMatchObject({ kind: 'unknown', matchKey: 'ABC', formatOk: false });
    expect(parseIdNumber('36042619910101007')).toMatchObject({ kind: 'unknown', formatOk: false }); // 17 digits
    expect(parseIdNumber('13812345678')).toMatchObject({ kind: 'unknown', formatOk: false }); // a mobile
    expect(parseIdNumber('000000')!.formatOk).toBe(false);
    expect(parseIdNumber('不详')!.formatOk).toBe(false);
    expect(parseIdNumber('')).toBeNull();
    expect(parseIdNumber('   ')).toBeNull();
    expect(parseIdNumber(null)).toBeNull();
  });
});

describe('a mistyped resident ID that passes the USCC check by chance', () => {
  it('is still read as a resident ID with a failed check digit', () => {
    const p = parseIdNumber('440105200206277121')!;
    expect(p.kind).toBe('resident');
    expect(p.checkOk).toBe(false);
    expect(p.formatOk).toBe(true);
  });
});

describe('an 18-digit ID typed as a number', () => {
  it('reads as the 15 significant digits Excel keeps, padded with zeros, like every adapter', () => {
    const p = parseIdNumber(360426199101010071)!;
    expect(p.normalised).toBe('360426199101010000');
    expect(p.checkOk).toBe(false);
  });

  it('has a birthDate key only when the ID holds a real birth date (resident and legacy alike)', () => {
    expect(Object.keys(parseIdNumber('11010519491231002X')!)).toEqual([
      'kind',
      'normalised',
      'matchKey',
      'formatOk',
      'checkOk',
      'birthDate',
    ]);
    expect('birthDate' in parseIdNumber('110105194913310021')!).toBe(false);
    expect(Object.keys(parseIdNumber('110105491231002')!)).toContain('birthDate');
    expect('birthDate' in parseIdNumber('110105491331002')!).toBe(false);
  });
});
