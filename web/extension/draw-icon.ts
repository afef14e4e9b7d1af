import { crc32, deflateSync } from 'node:zlib';

const blue = [0x24, 0x56, 0xc9] as const;

/** One PNG chunk: length, type, data and the CRC of type and data (PNG spec, section 5.3). */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Whether a point (in units of the icon's size) is on the white "A"-shaped peak. */
function onPeak(x: number, y: number): boolean {
  const top = 0.2;
  const bottom = 0.8;
  if (y < top || y > bottom) return false;
  const halfWidth = ((y - top) / (bottom - top)) * 0.32;
  const distance = Math.abs(x - 0.5);
  const stroke = 0.11;
  const onLegs = distance <= halfWidth && distance >= halfWidth - stroke;
  const onBar = y >= 0.58 && y <= 0.66 && distance <= halfWidth;
  return onLegs || onBar;
}

/**
 * The extension's icon at one size, drawn here so the build needs no image tools: a blue rounded
 * square with a white peak, Atlas's "A". Stores and toolbars want PNG, so it is encoded as one.
 */
export function drawIcon(size: number): Buffer {
  const radius = size * 0.2;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const cornerX = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const cornerY = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      const inside = Math.hypot(cornerX, cornerY) <= radius;
      const white = inside && onPeak((x + 0.5) / size, (y + 0.5) / size);
      const offset = 1 + x * 4;
      row[offset] = white ? 255 : blue[0];
      row[offset + 1] = white ? 255 : blue[1];
      row[offset + 2] = white ? 255 : blue[2];
      row[offset + 3] = inside ? 255 : 0;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const iconSizes = [16, 32, 48, 128] as const;
