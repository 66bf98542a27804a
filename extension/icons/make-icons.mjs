// Draws the toolbar icons (a blue rounded square with a white ID card) and writes them as PNGs:
// `node extension/icons/make-icons.mjs`. The PNGs are committed; this script is how they were made.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_unused, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none)
    for (let x = 0; x < size; x += 1) row.set(pixel(x + 0.5, y + 0.5, size), 1 + x * 4);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inRoundedRect = (x, y, left, top, right, bottom, radius) => {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= left && x <= right && y >= top && y <= bottom;
};

function icon(x, y, size) {
  const u = (v) => v * size; // units of the icon's width
  const blue = [0, 95, 184, 255];
  const white = [255, 255, 255, 255];
  if (!inRoundedRect(x, y, 0, 0, size, size, u(0.2))) return [0, 0, 0, 0];
  // An ID card: a white card with a blue head and two blue lines.
  const onCard = inRoundedRect(x, y, u(0.14), u(0.26), u(0.86), u(0.74), u(0.07));
  if (!onCard) return blue;
  const head = (x - u(0.33)) ** 2 + (y - u(0.44)) ** 2 <= u(0.085) ** 2;
  const shoulders = inRoundedRect(x, y, u(0.21), u(0.54), u(0.45), u(0.66), u(0.05));
  const line1 = inRoundedRect(x, y, u(0.52), u(0.4), u(0.78), u(0.46), u(0.02));
  const line2 = inRoundedRect(x, y, u(0.52), u(0.53), u(0.72), u(0.59), u(0.02));
  return head || shoulders || line1 || line2 ? blue : white;
}

for (const size of [16, 48, 128]) {
  writeFileSync(new URL(`./icon-${size}.png`, import.meta.url), png(size, icon));
}
