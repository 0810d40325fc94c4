import sharp from 'sharp';
import { escapeXml, textEms } from './svg-text';
import { MathFont, placeMath, typesetMath } from './typeset';

/**
 * A worksheet problem as a textbook prints it (prompt in a text font, the math typeset by
 * MathJax) and the same page as a phone photographs it. Used by the benchmark's typeset and
 * photographed tiers and by the recognition tests; every variation comes from the caller's
 * random source, so a failure can be reproduced from its seed.
 */
export interface PageSpec {
  /** "解方程：" or "Solve for x:"; may be empty. */
  prompt: string;
  latex: string;
  font: MathFont;
  /** Text size in px; the math is set at the same em. */
  fontSize: number;
  /** inline: prompt and math on one line; display: the math centred below the prompt. */
  layout: 'inline' | 'display';
  /** Font family of the prompt text. */
  textFont: string;
}

/** A generous width estimate for the prompt (CJK a full em, Latin about 0.6 em): never overlap. */
function textWidth(text: string, fontSize: number): number {
  return textEms(text, 1.02, 0.6) * fontSize;
}

export async function renderTypesetPage(spec: PageSpec): Promise<Buffer> {
  const { fontSize } = spec;
  const margin = Math.round(fontSize * 1.2);
  const math = await typesetMath(spec.latex, spec.font, true);
  const promptWidth = spec.prompt ? textWidth(spec.prompt, fontSize) : 0;
  const parts: string[] = [];
  let width: number;
  let height: number;
  const promptText = (x: number, y: number) =>
    `<text xml:space="preserve" x="${x}" y="${y}" font-family="${spec.textFont}" font-size="${fontSize}" fill="#111">${escapeXml(spec.prompt)}</text>`;
  if (spec.layout === 'inline' || !spec.prompt) {
    const ascent = Math.max(fontSize, (math.heightEx - math.depthEx) * 0.44 * fontSize);
    const baseline = margin + ascent;
    if (spec.prompt) parts.push(promptText(margin, Math.round(baseline)));
    const placed = placeMath(
      math,
      fontSize,
      margin + promptWidth + (spec.prompt ? fontSize * 0.3 : 0),
      baseline,
    );
    parts.push(placed.svg);
    width = margin * 2 + promptWidth + placed.width + fontSize * 0.3;
    height = placed.bottom + margin;
  } else {
    const promptBaseline = margin + fontSize;
    parts.push(promptText(margin, promptBaseline));
    const mathWidth = math.widthEx * 0.44 * fontSize;
    const top = promptBaseline + fontSize * 0.9;
    const baseline = top + (math.heightEx - math.depthEx) * 0.44 * fontSize;
    width = Math.max(promptWidth, mathWidth + fontSize * 2) + margin * 2;
    const placed = placeMath(math, fontSize, (width - mathWidth) / 2, baseline);
    parts.push(placed.svg);
    height = placed.bottom + margin;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
  return sharp(Buffer.from(svg)).flatten({ background: '#fff' }).png().toBuffer();
}

export interface PhotoOptions {
  /** Degrees, signed. */
  rotation: number;
  blurSigma: number;
  /** Darkest share of the light across the page (1 = even light). */
  minLight: number;
  jpegQuality: number;
  /** Width of the final image in px (a phone upload, resized by the app). */
  width: number;
  /** Paper around the problem, as a share of the page's longer side (how far the phone is). */
  margin?: number;
  /**
   * Keystone: the top edge is this share narrower than the bottom (negative: wider), as
   * when the phone is not held parallel to the page.
   */
  keystone?: number;
  /** 0..1 random source for the light pattern and the sensor noise. */
  random: () => number;
}

/** The page as a phone photographs it: tilted, keystoned, soft, unevenly lit, noisy, JPEG. */
export async function photographPage(page: Buffer, o: PhotoOptions): Promise<Buffer> {
  const meta = await sharp(page).metadata();
  const pad = Math.round(Math.max(meta.width!, meta.height!) * (o.margin ?? 0.08));
  const paper = { r: 236, g: 230, b: 214 };
  // sharp applies one geometric step per pipeline in its own order, so each is a pass.
  const padded = await sharp(page)
    .extend({ top: pad, bottom: pad, left: pad, right: pad, background: '#fff' })
    .toBuffer();
  const tilted = await sharp(padded).rotate(o.rotation, { background: '#fff' }).toBuffer();
  const rotated = await sharp(tilted)
    .resize({ width: o.width })
    .blur(Math.max(0.3, o.blurSigma))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { info } = rotated;
  const { width, height, channels } = info;
  const data = keystone(rotated.data, width, height, channels, o.keystone ?? 0);
  // Light falls off from a bright spot somewhere on the page towards the far corner.
  const sx = o.random() * width;
  const sy = o.random() * height;
  const far = Math.hypot(Math.max(sx, width - sx), Math.max(sy, height - sy));
  const out = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const light = 1 - (1 - o.minLight) * (Math.hypot(x - sx, y - sy) / far) ** 1.5;
      const noise = (o.random() + o.random() + o.random() - 1.5) * 14;
      const i = (y * width + x) * channels;
      const ink = data[i] / 255; // the page is grey: 1 = paper, 0 = ink
      const j = (y * width + x) * 3;
      out[j] = clamp(ink * paper.r * light + (1 - ink) * 40 + noise);
      out[j + 1] = clamp(ink * paper.g * light + (1 - ink) * 38 + noise);
      out[j + 2] = clamp(ink * paper.b * light + (1 - ink) * 45 + noise);
    }
  }
  return sharp(out, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: o.jpegQuality })
    .toBuffer();
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}

/** Each row is squeezed about the centre, from (1 − k) at the top to 1 at the bottom. */
function keystone(src: Buffer, width: number, height: number, channels: number, k: number): Buffer {
  if (k === 0) return src;
  const out = Buffer.alloc(src.length, 255);
  const cx = width / 2;
  for (let y = 0; y < height; y += 1) {
    const scale = 1 - k * (1 - y / height);
    for (let x = 0; x < width; x += 1) {
      const sx = cx + (x - cx) / scale;
      const x0 = Math.floor(sx);
      if (x0 < 0 || x0 + 1 >= width) continue;
      const t = sx - x0;
      for (let c = 0; c < channels; c += 1) {
        const a = src[(y * width + x0) * channels + c];
        const b = src[(y * width + x0 + 1) * channels + c];
        out[(y * width + x) * channels + c] = Math.round(a + (b - a) * t);
      }
    }
  }
  return out;
}
