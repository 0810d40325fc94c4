import sharp from 'sharp';

/**
 * The ways the next student's photo of the same page differs from a development photo:
 * turned a few degrees either way, at half the resolution, as a poor JPEG, in dim light with
 * a shadow across it, on an exercise book's ruled lines, lying on a desk, cropped to its ink,
 * under a hard-edged shadow, written light on dark (a blackboard, a dark screen), shown on a
 * screen and photographed, out of focus.
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
  { name: 'cropped to the ink', make: croppedToInk },
  { name: 'hard shadow', make: hardShadow },
  { name: 'light on dark', make: lightOnDark },
  { name: 'photographed screen', make: (b) => onScreen(b) },
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
 * Cropped as tight as a student crops, to the ink: the margin around it cut off (whatever
 * differs from the top-left corner's paper by less than 50 grey levels), so the tallest
 * glyphs touch the photo's edges.
 */
export async function croppedToInk(b: Buffer): Promise<Buffer> {
  return sharp(b).trim({ threshold: 50 }).png().toBuffer();
}

/**
 * The photo shown on a screen and photographed: every pixel an LCD's three stripes of red,
 * green and blue with a dark seam below, the camera turned 2° to the screen (the bezel out
 * of the picture) and taking it at a resolution that is no multiple of the screen's — the
 * grid beats with the sensor's into moiré bands and colour fringes — brightened back, as a
 * phone's exposure does, and saved as its JPEG. With `bezel`, the screen's black frame is in
 * the picture too, turned with it: dark wedges along the photo's sides.
 */
export async function onScreen(b: Buffer, bezel = false): Promise<Buffer> {
  const { data, info } = await sharp(b)
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const cell = 3;
  const [width, height] = [info.width * cell, info.height * cell];
  const lit = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const from = (Math.floor(y / cell) * info.width + Math.floor(x / cell)) * info.channels;
      const seam = y % cell === cell - 1 ? 0.6 : 1;
      for (let c = 0; c < 3; c += 1)
        lit[(y * width + x) * 3 + c] = Math.round(
          data[from + c] * (x % cell === c ? 1 : 0.15) * seam,
        );
    }
  const screen = await sharp(lit, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
  // The photo shown inside a larger window of its own paper: the turn uncovers more of it,
  // striped alike, which the camera averages to the paper's mean (its commonest colour is
  // one stripe's).
  const white = data.reduce((most, v) => Math.max(most, v), 0);
  const paper = Math.round(white * (1.3 / 3) * ((cell - 1 + 0.6) / cell));
  const around = bezel ? { r: 0, g: 0, b: 0 } : { r: paper, g: paper, b: paper };
  const turned = await sharp(screen).rotate(2, { background: around }).png().toBuffer();
  return sharp(turned)
    .resize({ width: Math.round(info.width * 1.15) })
    .modulate({ brightness: 1.7 })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/**
 * The same writing light on dark, as chalk on a board or an app's dark mode on a
 * photographed screen: the photo in negative, its white squeezed to a board's dark grey
 * (15; the photo's own grey paper lighter) and its black ink to a chalk's dull 170.
 */
export async function lightOnDark(b: Buffer): Promise<Buffer> {
  // Two passes: sharp runs linear() before negate() within one.
  const negative = await sharp(b).negate({ alpha: false }).png().toBuffer();
  return sharp(negative).linear(0.6, 15).png().toBuffer();
}

/**
 * A phone's or a hand's shadow with a hard edge over the right part of the photo, the edge
 * slanting, the shadow at half the light.
 */
export async function hardShadow(b: Buffer): Promise<Buffer> {
  return relit(b, (x, y, width, height) =>
    x < width * 0.55 + (y - height / 2) * 0.3 ? null : (v) => Math.round(v / 2),
  );
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
  return relit(b, (x, y, width) => {
    const light = 0.8 - (0.35 * x) / width;
    return (v) => Math.round(25 + v * 0.7 * light);
  });
}

/**
 * The photo with the light at each pixel changed: `light(x, y, width, height)` gives what
 * becomes of a channel's value there, or null where the light stays.
 */
async function relit(
  b: Buffer,
  light: (x: number, y: number, width: number, height: number) => ((v: number) => number) | null,
): Promise<Buffer> {
  const { data, info } = await sharp(b).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.from(data);
  for (let y = 0; y < info.height; y += 1)
    for (let x = 0; x < info.width; x += 1) {
      const change = light(x, y, info.width, info.height);
      if (!change) continue;
      for (let c = 0; c < info.channels; c += 1) {
        const i = (y * info.width + x) * info.channels + c;
        out[i] = change(data[i]);
      }
    }
  return sharp(out, { raw: info }).png().toBuffer();
}
