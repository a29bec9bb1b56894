// Draws the toolbar icon (a white location pin on a blue rounded square) at every size the
// stores ask for, as PNG files in public/icon/. Run: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [31, 111, 235];

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(
  size: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Coverage (0..1) of a unit-square icon at (u, v), sampled 4x4 per pixel for smooth edges. */
function shade(u: number, v: number): { bg: boolean; pin: boolean } {
  const r = 0.2;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  const bg = dx * dx + dy * dy <= r * r;
  // Pin: a circle on top of a triangle pointing down, with a hole.
  const cx = 0.5,
    cy = 0.42,
    R = 0.24;
  const d = Math.hypot(u - cx, v - cy);
  const inHead = d <= R;
  const tip = 0.84;
  const t = (v - cy) / (tip - cy);
  const inTail = v >= cy && v <= tip && Math.abs(u - cx) <= R * 0.92 * (1 - t);
  const hole = d <= R * 0.42;
  return { bg, pin: (inHead || inTail) && !hole };
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const file = png(size, (x, y) => {
    let bg = 0,
      pin = 0;
    for (let sy = 0; sy < 4; sy++)
      for (let sx = 0; sx < 4; sx++) {
        const s = shade((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        if (s.bg) bg++;
        if (s.bg && s.pin) pin++;
      }
    const a = bg / 16,
      p = bg ? pin / bg : 0;
    const mix = (c: number) => Math.round(c * (1 - p) + 255 * p);
    return [mix(BLUE[0]!), mix(BLUE[1]!), mix(BLUE[2]!), Math.round(a * 255)];
  });
  writeFileSync(`public/icon/${size}.png`, file);
}
console.log(`Wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
