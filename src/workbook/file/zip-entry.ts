/**
 * Reads a zip's (an .xlsx's) central directory and single entries, over any source of bytes: a
 * buffer in the browser, a file handle in Node. Browser-safe: DecompressionStream, no fs/zlib.
 *
 * Used to tell what a file really is (./sniff), to check a damaged zip entry by entry, to read a
 * small part ExcelJS parses but does not keep whole (xl/workbook.xml's defined names), and by the
 * fast loader (./xlsx-load) and the copy writer (./xlsx-write), which inflate a big sheet piece by
 * piece (inflateEntry) and copy an entry's compressed bytes untouched (storedEntryData).
 */
import { crc32 } from './crc32';
const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNSET32 = 0xffffffff;

/** Random access to a file's bytes. read may return fewer bytes at the end of the file. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** The pieces of a stream as one array (a zip written or read piece by piece). */
export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function bytesSource(data: ArrayBuffer | Uint8Array): ByteSource {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(Math.max(0, offset), Math.max(0, offset + length)),
  };
}

export interface ZipEntryInfo {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntryInfo[];
  /**
   * false when the directory or an entry's data lies beyond the end of the file, or the directory
   * cannot be parsed: the file was cut short or overwritten in the middle.
   */
  complete: boolean;
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** The zip's central directory, or null when the file has no end-of-central-directory record. */
export async function readZipDirectory(src: ByteSource): Promise<ZipDirectory | null> {
  // The end record is in the last 22 + 65535 (comment) bytes.
  const tailStart = Math.max(0, src.size - 22 - 65535);
  const tail = await src.read(tailStart, src.size - tailStart);
  const t = view(tail);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (t.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  let count = t.getUint16(end + 10, true);
  let size = t.getUint32(end + 12, true);
  let offset = t.getUint32(end + 16, true);
  let directoryEnd = tailStart + end;
  if (count === 0xffff || size === UNSET32 || offset === UNSET32) {
    // ZIP64: the locator sits just before the classic end record and points at the 64-bit one.
    const locator = view(await src.read(tailStart + end - 20, 20));
    if (locator.byteLength < 20 || locator.getUint32(0, true) !== EOCD64_LOCATOR) return incomplete();
    directoryEnd = Number(locator.getBigUint64(8, true));
    const record = view(await src.read(directoryEnd, 56));
    if (record.byteLength < 56 || record.getUint32(0, true) !== EOCD64) return incomplete();
    count = Number(record.getBigUint64(32, true));
    size = Number(record.getBigUint64(40, true));
    offset = Number(record.getBigUint64(48, true));
  }
  if (offset + size > directoryEnd) return incomplete();
  const cd = await src.read(offset, size);
  const entries = parseCentralDirectory(cd, count);
  if (!entries) return incomplete();
  // Each entry's local header and data lie before the directory (a lower bound: the local extra field is not counted).
  const complete = entries.every((e) => e.localOffset + 30 + e.compressedSize <= offset);
  return { entries, complete };
}

function incomplete(): ZipDirectory {
  return { entries: [], complete: false };
}

function parseCentralDirectory(cd: Uint8Array, count: number): ZipEntryInfo[] | null {
  const v = view(cd);
  const utf8 = new TextDecoder();
  const entries: ZipEntryInfo[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || v.getUint32(p, true) !== CENTRAL) return null;
    const flags = v.getUint16(p + 8, true);
    const nameLength = v.getUint16(p + 28, true);
    const extraLength = v.getUint16(p + 30, true);
    const entry: ZipEntryInfo = {
      name: utf8.decode(cd.subarray(p + 46, p + 46 + nameLength)).replace(/^\//, ''),
      method: v.getUint16(p + 10, true),
      flags,
      crc32: v.getUint32(p + 16, true),
      compressedSize: v.getUint32(p + 20, true),
      uncompressedSize: v.getUint32(p + 24, true),
      localOffset: v.getUint32(p + 42, true),
    };
    // ZIP64 extra field: the 64-bit values, in this order, for those stored as 0xffffffff.
    const extraEnd = Math.min(cd.length, p + 46 + nameLength + extraLength);
    for (let x = p + 46 + nameLength; x + 4 <= extraEnd; x += 4 + v.getUint16(x + 2, true)) {
      if (v.getUint16(x, true) !== 1) continue;
      let y = x + 4;
      const next = () => {
        const value = y + 8 <= extraEnd ? Number(v.getBigUint64(y, true)) : UNSET32;
        y += 8;
        return value;
      };
      if (entry.uncompressedSize === UNSET32) entry.uncompressedSize = next();
      if (entry.compressedSize === UNSET32) entry.compressedSize = next();
      if (entry.localOffset === UNSET32) entry.localOffset = next();
    }
    entries.push(entry);
    p += 46 + nameLength + extraLength + v.getUint16(p + 32, true);
  }
  return entries;
}

/** Where an entry's data starts, or null when its local header is missing or it is encrypted. */
async function dataStart(src: ByteSource, entry: ZipEntryInfo): Promise<number | null> {
  if (entry.flags & 1) return null;
  const local = await src.read(entry.localOffset, 30);
  if (local.length < 30) return null;
  const v = view(local);
  if (v.getUint32(0, true) !== LOCAL) return null;
  return entry.localOffset + 30 + v.getUint16(26, true) + v.getUint16(28, true);
}

const CHUNK = 1 << 20;

/** An entry's bytes as they are stored, read a chunk at a time. */
function storedStream(src: ByteSource, start: number, length: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (at >= length) return controller.close();
      const chunk = await src.read(start + at, Math.min(CHUNK, length - at));
      if (chunk.length === 0) return controller.error(new Error('unexpected end of file'));
      at += chunk.length;
      // a copy: DecompressionStream may hold on to the chunk after the source's buffer is reused
      controller.enqueue(chunk.slice());
    },
  });
}

/**
 * An entry's uncompressed bytes as a stream, or null for what this reader does not handle
 * (encryption, methods other than stored and deflate, a missing local header).
 */
async function entryStream(
  src: ByteSource,
  entry: ZipEntryInfo,
  inflate: () => ByteTransform = browserInflate,
): Promise<ReadableStream<Uint8Array> | null> {
  const start = await dataStart(src, entry);
  if (start === null || (entry.method !== 0 && entry.method !== 8)) return null;
  const stored = storedStream(src, start, entry.compressedSize);
  if (entry.method === 0) return stored;
  return stored.pipeThrough(inflate() as ReadableWritablePair<Uint8Array, Uint8Array>);
}

/** A raw-inflate transform: DecompressionStream by default; Node passes zlib's (./node-zlib). */
export type ByteTransform = { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> };

const browserInflate = (): ByteTransform => new DecompressionStream('deflate-raw');

/** An entry's bytes as they are stored (compressed when its method is 8), to copy it into another zip. */
export async function storedEntryData(src: ByteSource, entry: ZipEntryInfo): Promise<Uint8Array> {
  const start = await dataStart(src, entry);
  if (start === null) throw new Error(`zip entry ${entry.name} cannot be read (encrypted or no local header)`);
  const data = await src.read(start, entry.compressedSize);
  if (data.length < entry.compressedSize) throw new Error(`zip entry ${entry.name} is cut short`);
  return data;
}

/**
 * An entry's uncompressed bytes, piece by piece: a big sheet's XML is never held whole. Throws for
 * what this reader does not handle (encryption, other methods), unlike readZipEntryText.
 */
export async function* inflateEntry(
  src: ByteSource,
  entry: ZipEntryInfo,
  inflate?: () => ByteTransform,
): AsyncGenerator<Uint8Array> {
  const stream = await entryStream(src, entry, inflate);
  if (!stream) throw new Error(`zip entry ${entry.name} cannot be read (method ${entry.method})`);
  const reader = stream.getReader();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
  } finally {
    reader.releaseLock();
  }
}

/** An entry's whole text (UTF-8); throws when it cannot be read. */
export async function entryText(src: ByteSource, entry: ZipEntryInfo, inflate?: () => ByteTransform): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const piece of inflateEntry(src, entry, inflate)) text += decoder.decode(piece, { stream: true });
  return text + decoder.decode();
}

/** An entry's text (UTF-8), or null when it is missing or not readable here. */
export async function readZipEntryText(src: ByteSource, entry: ZipEntryInfo): Promise<string | null> {
  try {
    return await entryText(src, entry);
  } catch {
    return null;
  }
}

/**
 * The first entry whose data does not inflate or does not match its checksum, or null when every
 * entry this reader can check is intact. Streams each entry: nothing is held whole.
 */
export async function firstDamagedEntry(src: ByteSource, directory: ZipDirectory): Promise<string | null> {
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/')) continue;
    try {
      const stream = await entryStream(src, entry);
      if (!stream) continue;
      let crc = 0;
      let length = 0;
      const reader = stream.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        crc = crc32(r.value, crc);
        length += r.value.length;
      }
      if (crc !== entry.crc32 || length !== entry.uncompressedSize) return entry.name;
    } catch {
      return entry.name;
    }
  }
  return null;
}

/**
 * One entry's text from a whole zip in memory, or null rather than an error for a missing entry
 * and for what this reader does not handle: the caller then carries less, as before.
 */
export async function readZipText(data: ArrayBuffer | Uint8Array, name: string): Promise<string | null> {
  try {
    const src = bytesSource(data);
    const directory = await readZipDirectory(src);
    const entry = directory?.entries.find((e) => e.name === name);
    return entry ? await readZipEntryText(src, entry) : null;
  } catch {
    return null;
  }
}
