#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16/32/64/80.png) without any image library:
 * a blue rounded square holding a white sheet with three rows and an orange check badge.
 * Each pixel is supersampled 4x4 for smooth edges; the PNG is written with zlib.
 * Run: node scripts/make-icons.js  (the PNGs are committed; rerun only to change the logo).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BLUE = [15, 108, 189];
const DARK_BLUE = [17, 94, 163];
const WHITE = [255, 255, 255];
const ORANGE = [247, 99, 12];

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(x, y, ax, ay, bx, by, halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth;
}

/** Colour at a point of the unit square, or null for transparent. Later layers paint over earlier ones. */
function colourAt(x, y) {
  let c = null;
  if (insideRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) c = BLUE;
  if (insideRoundedRect(x, y, 0.17, 0.18, 0.8, 0.8, 0.06)) c = WHITE;
  if (insideRoundedRect(x, y, 0.17, 0.18, 0.8, 0.33, 0.06) && y < 0.33) c = DARK_BLUE;
  for (const rowY of [0.44, 0.56, 0.68]) {
    if (x >= 0.25 && x <= 0.6 && Math.abs(y - rowY) <= 0.03) c = BLUE;
  }
  const bx = 0.74;
  const by = 0.74;
  if ((x - bx) ** 2 + (y - by) ** 2 <= 0.22 ** 2) c = WHITE; // halo separates the badge from the sheet
  if ((x - bx) ** 2 + (y - by) ** 2 <= 0.18 ** 2) c = ORANGE;
  if (nearSegment(x, y, 0.655, 0.745, 0.715, 0.805, 0.03) || nearSegment(x, y, 0.715, 0.805, 0.83, 0.675, 0.03)) {
    if ((x - bx) ** 2 + (y - by) ** 2 <= 0.18 ** 2) c = WHITE;
  }
  return c;
}

function render(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
