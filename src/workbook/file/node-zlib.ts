/**
 * Node's zlib for the zip reader and writer (which default to the browser's Compression/
 * DecompressionStream): a chosen deflate level, 1 MB pieces, and the native CRC-32.
 */
import { Duplex } from 'stream';
import * as zlib from 'zlib';
import type { ByteTransform } from './zip-entry';
import type { ZipWriterOptions } from './zip-write';

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

/** A raw inflater for inflateEntry, handing over pieces of `pieceBytes` (1 MB; zlib's least is 64). */
export function nodeInflate(pieceBytes = PIECE): ByteTransform {
  return web(zlib.createInflateRaw({ chunkSize: pieceBytes }));
}
