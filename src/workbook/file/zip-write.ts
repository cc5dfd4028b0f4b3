/**
 * Writes a zip (an .xlsx) as a stream of bytes: each entry is deflated piece by piece as its text is
 * made, or copied as the compressed bytes another zip stored (a part the copy keeps untouched is
 * never inflated). Browser-safe: CompressionStream by default; Node passes its zlib for a chosen level.
 *
 * A streamed entry's sizes and CRC follow its data (a data descriptor, flag bit 3), as Excel's own
 * files and ExcelJS's have them. Entries and the archive stay under 4 GB (no ZIP64): past that the
 * writer throws rather than write a file no program opens.
 */
import { crc32 } from './crc32';
import type { ZipEntryInfo } from './zip-entry';

export interface ZipWriterOptions {
  /** A raw-deflate transform per entry (default CompressionStream('deflate-raw')). */
  deflate?: () => { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> };
  /** CRC-32 of data continuing from value (default: a table-driven one in JavaScript). */
  crc32?: (data: Uint8Array, value: number) => number;
}

/** Where the zip's bytes go, in order. */
export type ZipOutput = (chunk: Uint8Array) => Promise<void> | void;

const LIMIT = 0xffffffff;
const UTF8_NAMES = 0x800;
const DATA_DESCRIPTOR = 0x8;

interface Written {
  name: Uint8Array;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];
  private readonly encoder = new TextEncoder();
  private readonly time = dosTime(new Date());

  constructor(
    private readonly output: ZipOutput,
    private readonly options: ZipWriterOptions = {},
  ) {}

  /** Copies an entry of another zip as it was stored there (its compressed bytes, CRC and sizes). */
  async copy(entry: ZipEntryInfo, raw: Uint8Array): Promise<void> {
    const written: Written = {
      name: this.encoder.encode(entry.name),
      flags: UTF8_NAMES,
      method: entry.method,
      crc32: entry.crc32,
      compressedSize: raw.length,
      size: entry.uncompressedSize,
      offset: this.offset,
    };
    await this.emit(this.localHeader(written));
    await this.emit(raw);
    this.entries.push(written);
  }

  /** Adds an entry made of text or bytes, deflated as the pieces come. */
  async add(name: string, pieces: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<void> {
    const written: Written = {
      name: this.encoder.encode(name),
      flags: UTF8_NAMES | DATA_DESCRIPTOR,
      method: 8,
      crc32: 0,
      compressedSize: 0,
      size: 0,
      offset: this.offset,
    };
    await this.emit(this.localHeader(written));
    const transform = this.options.deflate?.() ?? new CompressionStream('deflate-raw');
    const input = transform.writable.getWriter();
    const reader = transform.readable.getReader();
    const pump = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        written.compressedSize += value.length;
        await this.emit(value);
      }
    })();
    // If the output fails, stop feeding the deflater (a write would otherwise wait for a reader that is gone).
    pump.catch((e) => input.abort(e).catch(() => undefined));
    const crc = this.options.crc32 ?? crc32;
    for await (const piece of pieces) {
      const bytes = typeof piece === 'string' ? this.encoder.encode(piece) : piece;
      if (!bytes.length) continue;
      written.crc32 = crc(bytes, written.crc32);
      written.size += bytes.length;
      await input.write(bytes as Uint8Array<ArrayBuffer>);
    }
    await input.close();
    await pump;
    if (written.size > LIMIT || written.compressedSize > LIMIT) throw new Error(`zip entry ${name} is over 4 GB`);
    const descriptor = new DataView(new ArrayBuffer(16));
    descriptor.setUint32(0, 0x08074b50, true);
    descriptor.setUint32(4, written.crc32, true);
    descriptor.setUint32(8, written.compressedSize, true);
    descriptor.setUint32(12, written.size, true);
    await this.emit(new Uint8Array(descriptor.buffer));
    this.entries.push(written);
  }

  /** Writes the central directory: the zip is complete after this. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const h = new DataView(new ArrayBuffer(46));
      h.setUint32(0, 0x02014b50, true);
      h.setUint16(4, 20, true); // made by: version 2.0, MS-DOS
      this.common(h, 6, e);
      h.setUint32(42, e.offset, true);
      await this.emit(new Uint8Array(h.buffer));
      await this.emit(e.name);
    }
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.entries.length, true);
    end.setUint16(10, this.entries.length, true);
    end.setUint32(12, this.offset - start, true);
    end.setUint32(16, start, true);
    if (this.entries.length > 0xffff || this.offset > LIMIT) throw new Error('zip archive is over 4 GB');
    await this.emit(new Uint8Array(end.buffer));
  }

  private localHeader(e: Written): Uint8Array {
    const h = new DataView(new ArrayBuffer(30 + e.name.length));
    h.setUint32(0, 0x04034b50, true);
    this.common(h, 4, e);
    new Uint8Array(h.buffer).set(e.name, 30);
    return new Uint8Array(h.buffer);
  }

  /** The fields local and central headers share, from "version needed" to the extra field's length. */
  private common(h: DataView, at: number, e: Written): void {
    h.setUint16(at, 20, true);
    h.setUint16(at + 2, e.flags, true);
    h.setUint16(at + 4, e.method, true);
    h.setUint16(at + 6, this.time.time, true);
    h.setUint16(at + 8, this.time.date, true);
    // A streamed entry's local header leaves CRC and sizes to its data descriptor.
    const known = !(e.flags & DATA_DESCRIPTOR) || at !== 4;
    h.setUint32(at + 10, known ? e.crc32 : 0, true);
    h.setUint32(at + 14, known ? e.compressedSize : 0, true);
    h.setUint32(at + 18, known ? e.size : 0, true);
    h.setUint16(at + 22, e.name.length, true);
  }

  private async emit(bytes: Uint8Array): Promise<void> {
    if (this.offset + bytes.length > LIMIT) throw new Error('zip archive is over 4 GB');
    this.offset += bytes.length;
    await this.output(bytes);
  }
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
