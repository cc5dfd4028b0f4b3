import { shiftColumnRefs } from '../../../src/workbook/memory/shift-refs';

/** Column S (index 18) of 客户档案 moves one to the right. */
const S = { sheet: '客户档案', at: 18, count: 1 };
const shift = (formula: string, on = '客户档案', insert = S) => shiftColumnRefs(formula, on, insert);

describe('shiftColumnRefs', () => {
  test('cells and ranges at or right of the insert move, with their $-anchors; those left of it stay', () => {
    expect(shift('S2*2')).toBe('T2*2');
    expect(shift('=$S$2+S$3+$S4+R2')).toBe('=$T$2+T$3+$T4+R2');
    expect(shift('SUM(A2:S9)')).toBe('SUM(A2:T9)'); // a range over the insert grows
    expect(shift('SUM(S2:Z9)')).toBe('SUM(T2:AA9)');
    expect(shift('SUM(A2:R9)')).toBe('SUM(A2:R9)');
    expect(shift('COUNTA(S:S)+COUNTA($A:$S)+SUM(B:B)')).toBe('COUNTA(T:T)+COUNTA($A:$T)+SUM(B:B)');
    expect(shift('SUM(2:2)+SUM($3:$9)+1.5E3+S1')).toBe('SUM(2:2)+SUM($3:$9)+1.5E3+T1');
    expect(shift('XFC1', '客户档案', { sheet: '客户档案', at: 0, count: 1 })).toBe('XFD1');
  });

  test('only references to the sheet whose column moved', () => {
    expect(shift('SUM(客户档案!S:S)', '汇总')).toBe('SUM(客户档案!T:T)');
    expect(shift('S2+客户档案!S2+人员!S2', '汇总')).toBe('S2+客户档案!T2+人员!S2');
    expect(shift('S2+汇总!S2')).toBe('T2+汇总!S2');
    expect(shift('客户档案!A1:S3', '汇总')).toBe('客户档案!A1:T3');
    expect(shift('SUM(客户档案!S1:客户档案!S3)', '汇总')).toBe('SUM(客户档案!T1:客户档案!T3)');
    const spaced = { sheet: '客户 档案', at: 18, count: 2 };
    expect(shift("'客户 档案'!S2+'客户 档案'!$A$1:$S$9", '汇总', spaced)).toBe("'客户 档案'!U2+'客户 档案'!$A$1:$U$9");
    expect(shift("'it''s'!S2", 'x', { sheet: "it's", at: 18, count: 1 })).toBe("'it''s'!T2");
    expect(shift('sheet1!S2', 'x', { sheet: 'Sheet1', at: 18, count: 1 })).toBe('sheet1!T2'); // names ignore case
  });

  test('leaves alone strings, names, functions, structured, external and 3D references, and errors', () => {
    expect(shift('"S2"&S2&"say ""S2"""')).toBe('"S2"&T2&"say ""S2"""');
    expect(shift('LOG10(S2)+ATAN2(S2,1)+DEC2BIN(S3)')).toBe('LOG10(T2)+ATAN2(T2,1)+DEC2BIN(T3)');
    expect(shift('_xlfn.XLOOKUP(S2,Rate,Sales2024)')).toBe('_xlfn.XLOOKUP(T2,Rate,Sales2024)');
    expect(shift('ABCD1+XFE1+TRUE')).toBe('ABCD1+XFE1+TRUE'); // past column XFD: names, not cells
    expect(shift('SUM(Customers[Amount])+Customers[[#This Row],[S2]]')).toBe(
      'SUM(Customers[Amount])+Customers[[#This Row],[S2]]',
    );
    expect(shift("[1]客户档案!S2+'[Book.xlsx]客户档案'!S2", '汇总')).toBe("[1]客户档案!S2+'[Book.xlsx]客户档案'!S2");
    expect(shift('SUM(客户档案:人员!S2)', '汇总')).toBe('SUM(客户档案:人员!S2)');
    expect(shift('IFERROR(#REF!,S2)')).toBe('IFERROR(#REF!,T2)');
    expect(shift('')).toBe('');
    expect(shift('"unterminated S2')).toBe('"unterminated S2');
  });

  test('more than one column, and the list of a validation', () => {
    const two = { sheet: '列表', at: 0, count: 2 };
    expect(shift('列表!$A$2:$A$5', '客户档案', two)).toBe('列表!$C$2:$C$5');
    expect(shift('"是,否"', '列表', two)).toBe('"是,否"');
  });
});
