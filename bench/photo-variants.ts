import sharp from 'sharp';

/**
 * The ways the next student's photo of the same page differs from a development photo:
 * turned a few degrees either way, at half the resolution, as a poor JPEG, in dim light with
 * a shadow across it, on an exercise book's ruled lines, lying on a desk, under a hard-edged
 * shadow, out of focus.
 */
export const PHOTO_VARIANTS: { name: string; make: (image: Buffer) => Promise<Buffer> }[] = [
  { name: 'turned +3°', make: (b) => turned(b, 3) },
  { name: 'turned −3°', make: (b) => turned(b, -3) },
  {
    // Half the resolution, but no crop smaller than the smallest a student sends (~100 px).
    name: 'half size',
    make: async (b) => {
      const { width = 0 } = await sharp(b).metadata();
      const smaller = Math.max(100, Math.round(width / 2));
      return smaller >= width ? b : sharp(b).resize({ width: smaller }).png().toBuffer();
    },
  },
  { name: 'JPEG q30', make: (b) => sharp(b).jpeg({ quality: 30 }).toBuffer() },
  { name: 'dim, shadowed', make: shadowed },
  { name: 'on ruled paper', make: ruled },
  { name: 'on a desk', make: onDesk },
  { name: 'hard shadow', make: hardShadow },
  {
    // Out of focus: a blur an 80th of the photo's height (a one-line crop's glyphs fill it).
    name: 'out of focus',
    make: async (b) => {
      const { height = 0 } = await sharp(b).metadata();
      return sharp(b)
        .blur(Math.max(1, height / 80))
        .png()
        .toBuffer();
    },
  },
];

/**
 * A phone's or a hand's shadow with a hard edge over the right part of the photo, the edge
 * slanting, the shadow at half the light.
 */
export async function hardShadow(b: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(b).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.from(data);
  for (let y = 0; y < info.height; y += 1)
    for (let x = 0; x < info.width; x += 1) {
      if (x < info.width * 0.55 + (y - info.height / 2) * 0.3) continue;
      for (let c = 0; c < info.channels; c += 1) {
        const i = (y * info.width + x) * info.channels + c;
        out[i] = Math.round(data[i] / 2);
      }
    }
  return sharp(out, { raw: info }).png().toBuffer();
}

/**
 * The sheet photographed lying on a dark desk, which shows around it: a border a third of
 * the photo's shorter side deep on every side.
 */
export async function onDesk(b: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(b).metadata();
  const m = Math.round(Math.min(width, height) / 3);
  const background = { r: 90, g: 70, b: 50 };
  return sharp(b).extend({ top: m, bottom: m, left: m, right: m, background }).png().toBuffer();
}

/** Turned on the paper: the corners the turn uncovers are filled with the photo's own paper. */
async function turned(b: Buffer, degrees: number): Promise<Buffer> {
  const { dominant } = await sharp(b).stats();
  return sharp(b).rotate(degrees, { background: dominant }).png().toBuffer();
}

/**
 * Written on an exercise book's ruling: light blue lines across the whole photo, half its
 * height apart (through a one-line crop's glyphs, as when a student writes across them).
 */
export async function ruled(b: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(b).metadata();
  const gap = height / 2;
  const thick = Math.max(1, Math.round(height / 80));
  const lines = [gap / 2, gap * 1.5]
    .map(
      (y) => `<rect x="0" y="${Math.round(y)}" width="${width}" height="${thick}" fill="#9db8de"/>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${lines}</svg>`;
  return sharp(b)
    .composite([{ input: Buffer.from(svg), blend: 'multiply' }])
    .png()
    .toBuffer();
}

/** Darker and flatter, with light falling off from left to right as under a hand or phone. */
async function shadowed(b: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(b).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.from(data);
  for (let y = 0; y < info.height; y += 1)
    for (let x = 0; x < info.width; x += 1) {
      const light = 0.8 - (0.35 * x) / info.width;
      for (let c = 0; c < info.channels; c += 1) {
        const i = (y * info.width + x) * info.channels + c;
        out[i] = Math.round(25 + data[i] * 0.7 * light);
      }
    }
  return sharp(out, { raw: info }).png().toBuffer();
}
