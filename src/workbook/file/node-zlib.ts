/**
 * Node's zlib for the zip reader and writer (which default to the browser's Compression/
 * DecompressionStream): a chosen deflate level, 1 MB pieces, and the native CRC-32.
 */
import { Duplex } from 'stream';
import * as zlib from 'zlib';
import type { ZipWriterOptions } from './zip-write';

type ByteTransform = { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> };

const PIECE = 1 << 20;

function web(stream: Duplex): ByteTransform {
  return Duplex.toWeb(stream) as unknown as ByteTransform;
}

/** Zip writer options: zlib deflate at `level`, native CRC-32. */
export function nodeZipOptions(level: number): ZipWriterOptions {
  return {
    deflate: () => web(zlib.createDeflateRaw({ level, chunkSize: 1 << 16 })),
    crc32: (data, value) => zlib.crc32(data, value),
  };
}

/** A raw inflater for inflateEntry, handing over 1 MB pieces. */
export function nodeInflate(): ByteTransform {
  return web(zlib.createInflateRaw({ chunkSize: PIECE }));
}
