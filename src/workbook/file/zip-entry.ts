/**
 * Reads one small entry of a zip (an .xlsx) from its bytes, for a part ExcelJS parses but does
 * not keep whole (xl/workbook.xml's defined names). Browser-safe: DecompressionStream, no fs/zlib.
 *
 * Returns null, rather than throwing, for a missing entry and for what it does not handle (zip64,
 * encryption, methods other than stored and deflate): the caller then carries less, as before.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export async function readZipText(data: ArrayBuffer | Uint8Array, name: string): Promise<string | null> {
  try {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
      if (view.getUint32(i, true) === EOCD) {
        end = i;
        break;
      }
    }
    if (end < 0) return null;
    const count = view.getUint16(end + 10, true);
    let p = view.getUint32(end + 16, true);
    const utf8 = new TextDecoder();
    for (let n = 0; n < count && p + 46 <= bytes.length; n++) {
      if (view.getUint32(p, true) !== CENTRAL) return null;
      const flags = view.getUint16(p + 8, true);
      const method = view.getUint16(p + 10, true);
      const size = view.getUint32(p + 20, true);
      const nameLength = view.getUint16(p + 28, true);
      const next = p + 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
      const entryName = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\//, '');
      if (entryName !== name) {
        p = next;
        continue;
      }
      const local = view.getUint32(p + 42, true);
      if (flags & 1 || size === 0xffffffff || local === 0xffffffff || view.getUint32(local, true) !== LOCAL)
        return null;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const raw = bytes.slice(start, start + size);
      if (method === 0) return utf8.decode(raw);
      if (method !== 8) return null;
      const inflated = new Blob([raw]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return utf8.decode(await new Response(inflated).arrayBuffer());
    }
    return null;
  } catch {
    return null;
  }
}
