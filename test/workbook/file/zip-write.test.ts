import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { crc32 } from '../../../src/workbook/file/crc32';
import {
  bytesSource,
  entryText,
  inflateEntry,
  readZipDirectory,
  storedEntryData,
  type ZipEntryInfo,
} from '../../../src/workbook/file/zip-entry';
import { ZipWriter } from '../../../src/workbook/file/zip-write';

async function entriesOf(zip: Uint8Array): Promise<ZipEntryInfo[]> {
  return (await readZipDirectory(bytesSource(zip)))!.entries;
}

async function written(fill: (zip: ZipWriter) => Promise<void>): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  const zip = new ZipWriter((chunk) => void pieces.push(chunk.slice()));
  await fill(zip);
  await zip.finish();
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  pieces.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

describe('ZipWriter', () => {
  test('streams text and bytes through deflate, and copies another zip entry untouched; fflate reads it all', async () => {
    const source = zipSync({
      'img/a.png': new Uint8Array([1, 2, 3, 250]),
      'b.xml': strToU8('<b>客户</b>'.repeat(100)),
    });
    const big = '<row>客户档案 ' + 'x'.repeat(5000) + '</row>';
    const zip = await written(async (z) => {
      await z.add(
        'xl/worksheets/sheet1.xml',
        (function* () {
          for (let i = 0; i < 200; i++) yield big;
        })(),
      );
      await z.add('empty.xml', []);
      for (const e of await entriesOf(source)) await z.copy(e, await storedEntryData(bytesSource(source), e));
    });
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['xl/worksheets/sheet1.xml', 'empty.xml', 'img/a.png', 'b.xml']);
    expect(strFromU8(files['xl/worksheets/sheet1.xml'])).toBe(big.repeat(200));
    expect(files['empty.xml'].length).toBe(0);
    expect([...files['img/a.png']]).toEqual([1, 2, 3, 250]);
    expect(strFromU8(files['b.xml'])).toBe('<b>客户</b>'.repeat(100));
  });

  test('the reader lists and inflates what the writer wrote, piece by piece', async () => {
    const text = '第一行\n'.repeat(400_000);
    const zip = await written((z) => z.add('a.txt', [text]));
    const [entry] = await entriesOf(zip);
    expect(entry).toMatchObject({ name: 'a.txt', method: 8, uncompressedSize: Buffer.byteLength(text) });
    expect(entry.crc32).toBe(crc32(strToU8(text)));
    let pieces = 0;
    for await (const piece of inflateEntry(bytesSource(zip), entry)) pieces += piece.length > 0 ? 1 : 0;
    expect(pieces).toBeGreaterThan(1);
    expect(await entryText(bytesSource(zip), entry)).toBe(text);
  });

  test('crc32 matches the known check value', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(strToU8('6789'), crc32(strToU8('12345')))).toBe(0xcbf43926);
  });
});
