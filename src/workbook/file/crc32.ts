/** CRC-32 (zip's), table-driven, browser-safe: the zip reader checks entries with it, the writer signs them. */
let crcTable: Int32Array | null = null;

/** The CRC-32 of data, continuing from value (the CRC of the bytes before it; 0 to start). */
export function crc32(data: Uint8Array, value = 0): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const table = crcTable;
  let c = ~value;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
