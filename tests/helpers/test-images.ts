import sharp from 'sharp';

/*
 * A letterhead logo and two scanned-looking signatures, drawn pixel by pixel
 * from fixed formulas (no randomness, no fonts) and encoded as PNG by sharp.
 * The same code always gives the same pixels, so renders that contain them
 * can be compared with a committed reference.
 */

type Rgba = [number, number, number, number];

async function png(width: number, height: number, pixel: (x: number, y: number) => Rgba): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), (y * width + x) * 4);
  }
  return sharp(raw, { raw: { width, height, channels: 4 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

const CLEAR: Rgba = [0, 0, 0, 0];

/** A dark red shield with a white open envelope on it, 360 × 300 pixels. */
export function testLogo(): Promise<Buffer> {
  const red: Rgba = [150, 20, 40, 255];
  const white: Rgba = [255, 255, 255, 255];
  return png(360, 300, (x, y) => {
    // The shield: straight sides down to y = 170, then a curve to a point at the bottom.
    const half = y < 170 ? 150 : 150 * Math.sqrt(Math.max(0, 1 - ((y - 170) / 125) ** 2));
    if (y < 5 || Math.abs(x - 180) > half) return CLEAR;
    // The envelope: an outline 16 px thick with its flap's two diagonals.
    const inside = x > 90 && x < 270 && y > 90 && y < 210;
    const edge = inside && (x < 106 || x > 254 || y < 106 || y > 194);
    const flap = inside && Math.abs(y - 90 - (x < 180 ? (x - 90) * 0.8 : (270 - x) * 0.8)) < 9;
    return edge || flap ? white : red;
  });
}

/**
 * A handwritten-looking stroke in dark blue ink on a transparent background,
 * 480 × 160 pixels; `variant` changes its loops so each signer's differs.
 */
export function testSignature(variant: 1 | 2): Promise<Buffer> {
  const width = 480;
  const height = 160;
  const ink = new Uint8Array(width * height);
  const loops = variant === 1 ? 7 : 11;
  for (let i = 0; i <= 4000; i++) {
    const t = i / 4000;
    const x = 24 + 430 * t + 20 * Math.sin(t * loops * 2 * Math.PI);
    const y = 86 - 34 * Math.sin(t * Math.PI * (variant + 1)) * Math.cos(t * 5) - 26 * Math.cos(t * loops * 2 * Math.PI);
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        const px = Math.round(x) + dx;
        const py = Math.round(y) + dy;
        if (dx * dx + dy * dy <= 5 && px >= 0 && px < width && py >= 0 && py < height) ink[py * width + px] = 1;
      }
    }
  }
  // An underline flourish, one pixel row thicker towards its middle.
  for (let x = 60; x < 420; x++) {
    const thick = x > 150 && x < 330 ? 2 : 1;
    for (let dy = 0; dy <= thick; dy++) ink[(140 + dy) * width + x] = 1;
  }
  return png(width, height, (x, y) => (ink[y * width + x] ? [25, 35, 120, 255] : CLEAR));
}
