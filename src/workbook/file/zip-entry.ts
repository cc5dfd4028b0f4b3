/**
 * Reads the entries of a zip (an .xlsx) from its bytes. Browser-safe: DecompressionStream, no
 * fs/zlib (Node's DecompressionStream runs zlib underneath, off the JavaScript thread).
 *
 * listZipEntries and inflateEntry serve the fast loader (./xlsx-load) and the copy writer
 * (./xlsx-write), which also copies an entry's compressed bytes untouched (rawEntryData).
 * readZipText reads one small part ExcelJS parses but does not keep whole (xl/workbook.xml's defined
 * names); it gives null, rather than throwing, for a missing entry and for what it cannot read.
 */
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntryInfo {
  /** The entry's path as stored, without a leading '/'. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The central directory of a zip. Throws on bytes that are not a zip (no end record, broken directory). */
export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file (no end of central directory)');
  let count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  if ((count === 0xffff || p === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === EOCD64_LOCATOR) {
    const at = Number(view.getBigUint64(end - 12, true));
    if (view.getUint32(at, true) !== EOCD64) throw new Error('zip64 end record missing');
    count = Number(view.getBigUint64(at + 32, true));
    p = Number(view.getBigUint64(at + 48, true));
  }
  const utf8 = new TextDecoder();
  const out: ZipEntryInfo[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new Error('bad zip central directory');
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const entry: ZipEntryInfo = {
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\//, ''),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    // ZIP64 extra field: the 64-bit values, in this order, of those stored as 0xffffffff.
    for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength;) {
      const id = view.getUint16(x, true);
      const len = view.getUint16(x + 2, true);
      if (id === 1) {
        let y = x + 4;
        const next = () => Number(view.getBigUint64((y += 8) - 8, true));
        if (entry.size === 0xffffffff) entry.size = next();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
        if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      }
      x += 4 + len;
    }
    out.push(entry);
    p += 46 + nameLength + extraLength + view.getUint16(p + 32, true);
  }
  return out;
}

/** The entry's bytes as stored in the zip (compressed when method is 8). */
export function rawEntryData(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  if (entry.flags & 1) throw new Error(`encrypted zip entry ${entry.name}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (view.getUint32(local, true) !== LOCAL) throw new Error(`bad zip local header for ${entry.name}`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new Error(`zip entry ${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

const PIECE = 1 << 20;

/** The entry's uncompressed bytes, piece by piece: a big sheet's XML is never held whole. */
export async function* inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  /** A raw-inflate transform (default DecompressionStream('deflate-raw')). */
  inflate: () => { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> } = () =>
    new DecompressionStream('deflate-raw'),
): AsyncGenerator<Uint8Array> {
  const raw = rawEntryData(bytes, entry);
  if (entry.method === 0) {
    for (let at = 0; at < raw.length; at += PIECE) yield raw.subarray(at, at + PIECE);
    return;
  }
  if (entry.method !== 8) throw new Error(`zip method ${entry.method} not supported (${entry.name})`);
  let at = 0;
  const source = new ReadableStream<BufferSource>({
    pull(controller) {
      if (at >= raw.length) controller.close();
      else controller.enqueue(raw.slice(at, (at += PIECE)));
    },
  });
  const reader = source.pipeThrough(inflate()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The whole entry as UTF-8 text (for the small parts: workbook, rels, styles). */
export async function entryText(bytes: Uint8Array, entry: ZipEntryInfo): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const piece of inflateEntry(bytes, entry)) text += decoder.decode(piece, { stream: true });
  return text + decoder.decode();
}

export async function readZipText(data: ArrayBuffer | Uint8Array, name: string): Promise<string | null> {
  try {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const entry = listZipEntries(bytes).find((e) => e.name === name);
    return entry ? await entryText(bytes, entry) : null;
  } catch {
    return null;
  }
}
