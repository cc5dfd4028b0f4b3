import { makeTable, person } from './make-table';
import { prepareRows, PHONE_TEXT, phoneNumber } from '../../../src/domain/conflicts/prepare';

describe('prepareRows', () => {
  const p = prepareRows(
    makeTable([
      person({ Name: ' 王先生 ', Phone: '13812345678 / 13912345678', IdNumber: '11010519491231002X' }),
      person({ Name: '王先生', Phone: '13812345678', IdNumber: '11010519491231002X', BirthDate: '1980-02-03' }),
      person({ Name: '王先生', Kind: '经销商客户', Phone: '010-62345678', Contact: '李 总' }),
      person({ Name: '广州市安达汽车贸易有限公司', Kind: '经销商客户', Phone: '+44 20 7946 0958', City: '广州市' }),
      person({ Name: '', Phone: null, Contact: '李总', City: '廣州' }),
    ]),
  );

  test('several numbers in one phone cell give phoneA and phoneB; one number gives phoneA only', () => {
    expect([p.phoneA[0], p.phoneB[0]]).toEqual(['13812345678', '13912345678']);
    expect([p.phoneA[1], p.phoneB[1]]).toEqual(['13812345678', '']);
    expect(p.phoneNumA[1]).toBe(phoneNumber('13812345678'));
    expect(p.phoneNumB[1]).toBe(-1);
    expect(p.phoneA[2]).toBe('01062345678');
    expect([p.phoneA[4], p.phoneNumA[4]]).toEqual(['', -1]);
    expect(p.phoneNumA[3] === PHONE_TEXT || p.phoneNumA[3] > 0).toBe(true);
  });

  test('names are normalised once per raw name and kind, and counted per normalised name', () => {
    expect(p.name.slice(0, 3)).toEqual(['王先生', '王先生', '王先生']);
    expect([p.surname[0], p.titleOnly[0]]).toEqual(['王', 1]);
    // the dealer 王先生 is a company name: counted apart from the two persons
    expect(Array.from(p.nameCount)).toEqual([2, 2, 1, 1, 0]);
    expect([p.name[3], p.place[3]]).toEqual(['安达汽贸', '广州']);
    expect([p.name[4], p.sound[4], p.nameCount[4]]).toEqual(['', '', 0]);
  });

  test('contacts share one code per normalised name; cities are codes', () => {
    expect(p.contact[2]).toBe('李总');
    expect(p.contactCode[2]).toBe(p.contactCode[4]);
    expect([p.contactCode[0], p.contact[0]]).toEqual([-1, '']);
    expect(p.city[3]).toBe(p.city[4]);
    expect(p.cities[p.city[3]]).toBe('广州');
  });

  test('a valid ID labels every row carrying it with its first row; the birth column wins over the ID', () => {
    expect(Array.from(p.idLabel.slice(0, 3))).toEqual([0, 0, -1]);
    expect(p.idKey[1]).toBe('11010519491231002');
    expect(p.idHash[2]).toBe(-1);
    expect(p.birth[0]).toBe(Date.UTC(1949, 11, 31) / 86400000);
    expect(p.birth[1]).toBe(Date.UTC(1980, 1, 3) / 86400000);
  });
});
