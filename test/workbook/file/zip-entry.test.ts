import { strToU8, zipSync } from 'fflate';
import { readZipText } from '../../../src/workbook/file/zip-entry';

describe('readZipText', () => {
  const xml = '<workbook><definedName name="折扣率">参数!$B$2</definedName></workbook>'.repeat(50);
  test('reads a stored and a deflated entry, from a Uint8Array or an ArrayBuffer', async () => {
    for (const level of [0, 6] as const) {
      const zip = zipSync({ 'a.txt': strToU8('x'), 'xl/workbook.xml': strToU8(xml) }, { level });
      expect(await readZipText(zip, 'xl/workbook.xml')).toBe(xml);
      expect(await readZipText(zip.slice().buffer, 'a.txt')).toBe('x');
    }
  });

  test('gives null for a missing entry and for bytes that are not a zip', async () => {
    expect(await readZipText(zipSync({ 'a.txt': strToU8('x') }), 'xl/workbook.xml')).toBeNull();
    expect(await readZipText(strToU8('not a zip at all, just text'), 'xl/workbook.xml')).toBeNull();
  });
});
