import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { mulberry32 } from '../bench/problem-set';
import { MathFont, placeMath, typesetMath } from './lib/typeset';
import { escapeXml } from './lib/svg-text';
import {
  CROHME_FILE,
  CROHME_HELD_OUT_SETS,
  CROHME_TRAIN_SETS,
  classesOfBlobs,
  handwrittenSamples,
  readInkExpressions,
} from './lib/crohme-glyphs';
import { HAND_FONTS, HandFont, loadHandFont, renderHandText } from './lib/hand-fonts';
import { mdasSamples } from './lib/mdas-glyphs';
import { addSensorNoise } from './lib/sensor-noise';
import { photographedSamples } from './lib/crohme-photos';
import { trainNetwork } from './lib/network-training';
import {
  GrayImage,
  binarize,
  evenLight,
  grayFromSharp,
  inkBelow,
  otsuThreshold,
} from '../src/pipeline/recognition/math/page-image';
import {
  Component,
  boxHeight,
  connectedComponents,
} from '../src/pipeline/recognition/math/components';
import {
  FEATURE_COUNT,
  SHAPE_FEATURE_COUNT,
  glyphFeatures,
} from '../src/pipeline/recognition/math/glyph-features';
import {
  GLYPH_CLASSES,
  PRINT_CLASSES,
  CURRENCY,
  DIGITS,
  HANDWRITING_CLASSES,
  LETTERS,
  TOUCHING,
} from '../src/pipeline/recognition/math/glyph-classes';
import {
  GlyphMetrics,
  GlyphModel,
  GlyphModelData,
  encodeWeights,
} from '../src/pipeline/recognition/math/glyph-model';

/**
 * npm run train:glyphs — renders every glyph class in the training fonts, sizes, blurs,
 * tilts and ink weights, draws the real handwriting of CROHME as ink (scripts/lib/
 * crohme-glyphs.ts, from ../shared/data/handwriting or HANDWRITING_DIR), and trains the two
 * glyph classifiers (MODELS below). About 24 minutes on 2 cores; CI never trains.
 *
 * Training fonts: MathJax's TeX (Computer Modern) and New Computer Modern math fonts, and the
 * system fonts below. The benchmark's typeset pages also use TeX Gyre Termes and STIX Two
 * math, which are never shown to the classifier, and a different random seed.
 */
const SEED = 7;
const MATH_FONTS: MathFont[] = ['tex', 'newcm'];
const TEXT_FONTS = [
  'DejaVu Serif',
  'DejaVu Sans',
  'DejaVu Sans Mono',
  'FreeSerif',
  'Liberation Serif',
  'TeX Gyre Pagella',
  'Latin Modern Roman',
  'Noto Sans CJK SC',
];
/**
 * Fonts only the print classifier learns (the handwriting one's font blobs stay as they were):
 * Helvetica's 1, its flag a thick wedge, was read as a 4 at 1.00 (9956 − 1985 answered 4971).
 * Their blobs have their own random draw, so the rest of the training set is unchanged. (TeX
 * Gyre Adventor too, whose bare 1 reads ], cost real photo variants: README model card.)
 */
const PRINT_ONLY_FONTS = ['TeX Gyre Heros'];
/** Fonts only measured, never trained on: how well the classifier meets a new textbook. */
const HELD_OUT_FONTS: MathFont[] = ['termes', 'stix2'];
const FONT_SIZES = [24, 34, 46, 62];
/**
 * The two shipped classifiers (math.recognizer.ts reads a page with both): print, from the
 * fonts alone, and handwriting, from the fonts and real handwriting together (larger, as it
 * learns more shapes). `--only print|handwriting` trains one of them.
 */
const MODELS = [
  {
    name: 'print',
    file: 'glyph-model.json',
    // Shape only: with stroke directions too it read fonts it never saw better (96.1 % against
    // 94.5 %) but real printed photos worse (3 of 10 against 6).
    inputs: SHAPE_FEATURE_COUNT,
    hidden: 128,
    handwriting: false,
  },
  {
    name: 'handwriting',
    file: 'glyph-model.handwriting.json',
    inputs: FEATURE_COUNT,
    hidden: 192,
    handwriting: true,
  },
];
/** Per glyph, font and size: clean, blurred/tilted/inked, and two phone-photo copies. */
const COPIES = 4;
const EPOCHS = 14;

/**
 * Real handwriting (see scripts/lib/crohme-glyphs.ts and the model card in the README): the
 * CROHME training writers, two pens per symbol, at most HANDWRITTEN_PER_CLASS blobs a class;
 * the 2014 and 2016 test writers are never trained on and measure how well a new hand is read.
 */
const HANDWRITTEN_PER_CLASS = 1200;
/** Blobs a class from photographed expressions (scripts/lib/crohme-photos.ts), and TOUCHING ones. */
const PHOTOGRAPHED_PER_CLASS = 1200;
const TOUCHING_SAMPLES = 4000;
/** Each rendered font blob is shown this many times an epoch, so print keeps its weight. */
const FONT_REPEATS = 3;
/**
 * The handwriting classifier is an ensemble: each member the same network trained from its
 * own seed on its own draw of the handwriting (GlyphModelData.members). Two members read the
 * unseen writers' glyphs better than either (83.3 % against 81.5 and 81.7 %) and answered
 * half as many whole problems wrong (README model card). Member k > 0 trains in a child
 * process (`--member k`), beside the parent's own work, so both cores are used.
 */
const HANDWRITING_MEMBERS = 2;

export interface GlyphSpec {
  /** LaTeX for MathJax fonts. */
  tex: string;
  /** Text for system fonts ('' = MathJax only). */
  text: string;
  italic?: boolean;
  /** Class of each blob, largest first. */
  parts: string[];
  /** Class when a font draws it as one blob. */
  whole?: string;
  /** Vertical stretch for system-font brackets standing in for \left( … \right). */
  stretch?: number;
}

export function glyphSpecs(): GlyphSpec[] {
  const specs: GlyphSpec[] = [];
  for (const d of DIGITS) specs.push({ tex: d, text: d, parts: [d] });
  for (const l of [...LETTERS, 'i', 'j']) {
    const parts = l === 'i' ? ['i-stem', 'dot'] : l === 'j' ? ['j-stem', 'dot'] : [l];
    specs.push({ tex: l, text: l, italic: true, parts });
    specs.push({ tex: `\\mathrm{${l}}`, text: l, parts });
  }
  const symbols: [string, string, string[], string?][] = [
    ['+', '+', ['+']],
    ['-', '−', ['bar']],
    ['\\times', '×', ['×']],
    ['<', '<', ['<']],
    ['>', '>', ['>']],
    ['\\le', '≤', ['<', 'bar'], '≤'],
    ['\\ge', '≥', ['>', 'bar'], '≥'],
    ['\\pm', '±', ['+', 'bar'], '±'],
    ['\\ne', '≠', ['≠']],
    ['=', '=', ['bar', 'bar']],
    ['\\div', '÷', ['bar', 'dot', 'dot']],
    [':', ':', ['dot', 'dot']],
    ['/', '/', ['/']],
    ['(', '(', ['(']],
    [')', ')', [')']],
    ['[', '[', ['[']],
    [']', ']', [']']],
    ['\\{', '{', ['{']],
    ['\\}', '}', ['}']],
    ['|', '|', ['|']],
    ["{}'", '′', ['prime']],
    [',', ',', ['comma']],
    ['.', '.', ['dot']],
  ];
  for (const [tex, text, parts, whole] of symbols) specs.push({ tex, text, parts, whole });
  // Stretched brackets and braces (\left … \right around fractions and systems), radicals.
  const tall = ['\\frac{1}{2}', '\\frac{\\frac{1}{2}}{3}', '\\begin{matrix}1\\\\2\\end{matrix}'];
  for (const [open, close, label] of [
    ['(', ')', ''],
    ['\\{', '\\}', ''],
    ['[', ']', ''],
  ]) {
    for (const t of tall) {
      specs.push({
        tex: `\\left${open}\\vphantom{${t}}\\right.`,
        text: '',
        parts: [open.replace('\\', '')],
      });
      specs.push({
        tex: `\\left.\\vphantom{${t}}\\right${close}`,
        text: '',
        parts: [close.replace('\\', '')],
      });
    }
    void label;
  }
  for (const [text, stretch] of [
    ['(', 1.7],
    [')', 1.7],
    ['{', 2.2],
  ] as const)
    specs.push({ tex: '', text, parts: [text], stretch });
  for (const inner of ['0', '00', '000', 'x+1', '\\frac{1}{2}', 'x^{2}'])
    specs.push({ tex: `\\sqrt{\\vphantom{${inner}}\\hphantom{${inner}}}`, text: '', parts: ['√'] });
  // The bare √ of a text font (typed worksheets: √49 with no bar over the 49).
  specs.push({ tex: '', text: '√', parts: ['√'] });
  return specs;
}

/** Print-only glyphs: the dollar sign, upright and italic (PRINT_CLASSES). */
const CURRENCY_SPECS: GlyphSpec[] = [
  { tex: '\\$', text: CURRENCY, parts: [CURRENCY] },
  { tex: '\\mathit{\\$}', text: CURRENCY, italic: true, parts: [CURRENCY] },
];

interface Sample {
  label: number;
  features: Float32Array;
}

interface Rendered {
  gray: GrayImage;
}

export async function renderMath(
  spec: GlyphSpec,
  font: MathFont,
  fontSize: number,
): Promise<Rendered | null> {
  if (!spec.tex) return null;
  const m = await typesetMath(`0\\qquad ${spec.tex}`, font, false);
  const height = Math.ceil(m.heightEx * 0.44 * fontSize + fontSize);
  const baseline = fontSize * 0.5 + (m.heightEx - m.depthEx) * 0.44 * fontSize;
  const placed = placeMath(m, fontSize, fontSize * 0.5, baseline);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(placed.width + fontSize)}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${placed.svg}</svg>`;
  return { gray: await grayFromSharp(sharp(Buffer.from(svg))) };
}

async function renderText(
  spec: GlyphSpec,
  font: string,
  fontSize: number,
): Promise<Rendered | null> {
  if (!spec.text) return null;
  const style = spec.italic ? ' font-style="italic"' : '';
  const stretch = spec.stretch ?? 1;
  const baseline = fontSize * (0.5 + 1.1 * stretch);
  const glyph =
    stretch === 1
      ? `<text x="${fontSize * 1.8}" y="${baseline}" font-family="${font}" font-size="${fontSize}"${style}>${escapeXml(spec.text)}</text>`
      : `<g transform="translate(${fontSize * 1.8} ${baseline - 0.3 * fontSize * (stretch - 1)}) scale(1 ${stretch})"><text x="0" y="0" font-family="${font}" font-size="${fontSize}">${escapeXml(spec.text)}</text></g>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${fontSize * 3.5}" height="${Math.ceil(fontSize * (1 + 1.6 * stretch))}"><rect width="100%" height="100%" fill="#fff"/><text x="${fontSize * 0.4}" y="${baseline}" font-family="${font}" font-size="${fontSize}">0</text>${glyph}</svg>`;
  return { gray: await grayFromSharp(sharp(Buffer.from(svg))) };
}

/** Blur, tilt and ink weight of one training copy; the first copy is clean. */
async function augment(
  g: GrayImage,
  copy: number,
  rand: () => number,
  fontSize: number,
): Promise<GrayImage> {
  if (copy === 0) return g;
  if (copy >= 2) return phoneCopy(g, rand, fontSize);
  let img = sharp(Buffer.from(g.data), { raw: { width: g.width, height: g.height, channels: 1 } });
  const angle = (rand() - 0.5) * 6;
  img = sharp(await img.rotate(angle, { background: '#fff' }).png().toBuffer());
  const sigma = 0.3 + rand() * fontSize * 0.035;
  const blurred = await grayFromSharp(img.blur(sigma));
  for (let i = 0; i < blurred.data.length; i += 1) {
    const noise = (rand() + rand() - 1) * 30;
    blurred.data[i] = Math.max(0, Math.min(255, blurred.data[i] + noise));
  }
  return blurred;
}

/**
 * The glyph as a phone photo of a distant page gives it to recognition: shrunk to 16-30 px
 * text, tilted, soft, noisy and JPEG-compressed, then enlarged back as page-prep does.
 */
async function phoneCopy(g: GrayImage, rand: () => number, fontSize: number): Promise<GrayImage> {
  const raw = { raw: { width: g.width, height: g.height, channels: 1 as const } };
  const small = Math.max(8, Math.round((g.width * (16 + rand() * 14)) / fontSize));
  const tilted = await sharp(Buffer.from(g.data), raw)
    .rotate((rand() - 0.5) * 6, { background: '#fff' })
    .png()
    .toBuffer();
  const shrunk = await grayFromSharp(
    sharp(tilted)
      .resize({ width: small })
      .blur(0.3 + rand() * 0.5),
  );
  addSensorNoise(shrunk, rand, 3 + rand() * 7);
  const jpeg = await sharp(Buffer.from(shrunk.data), {
    raw: { width: shrunk.width, height: shrunk.height, channels: 1 },
  })
    .jpeg({ quality: 50 + Math.floor(rand() * 35) })
    .toBuffer();
  return grayFromSharp(sharp(jpeg).resize({ width: g.width, kernel: 'cubic' }));
}

/** Ink of a rendered glyph: the same light levelling and threshold as recognition, nudged. */
export function inkComponents(g: GrayImage, nudge: number): Component[] {
  const even = evenLight(g);
  const ink = nudge === 0 ? binarize(even) : inkBelow(even, otsuThreshold(even) + 12 + nudge);
  return connectedComponents(ink, 3);
}

/** Splits the reference digit from the glyph's blobs and labels each blob. */
export function labelBlobs(comps: Component[], spec: GlyphSpec) {
  const big = comps.filter((c) => c.area >= 6);
  if (big.length < 2) return null;
  const reference = big[0];
  const rest = big.slice(1).sort((a, b) => b.area - a.area);
  const labels = classesOfBlobs(spec, rest.length);
  if (!labels) return null;
  const digitHeight = boxHeight(reference.box);
  const baseline = reference.box.y1;
  return rest.map((c, i) => ({
    component: c,
    label: labels[i],
    height: boxHeight(c.box) / digitHeight,
    bottom: (baseline - c.box.y1) / digitHeight,
  }));
}

/** A font the glyphs are drawn in: MathJax's, a system font, or a handwriting font (hand-fonts.ts). */
interface TrainingFont {
  kind: 'math' | 'text' | 'hand';
  name: string;
}

/** A glyph in a handwriting font; none for the italic twins (a hand has one slant) or stretched brackets. */
async function renderHand(
  spec: GlyphSpec,
  font: HandFont,
  fontSize: number,
): Promise<Rendered | null> {
  if (!spec.text || spec.italic || spec.stretch || !(await font.has(spec.text))) return null;
  return { gray: await renderHandText(font, spec.text, fontSize) };
}

async function collect(
  fonts: TrainingFont[],
  rand: () => number,
  copies: number,
  specs: GlyphSpec[] = glyphSpecs(),
) {
  const samples: Sample[] = [];
  const placement = new Map<string, { height: number[]; bottom: number[] }>();
  let skipped = 0;
  for (const font of fonts) {
    const hand = font.kind === 'hand' ? await loadHandFont(font.name) : null;
    for (const fontSize of FONT_SIZES) {
      for (const spec of specs) {
        const rendered = hand
          ? await renderHand(spec, hand, fontSize)
          : font.kind === 'math'
            ? await renderMath(spec, font.name as MathFont, fontSize)
            : await renderText(spec, font.name, fontSize);
        if (!rendered) continue;
        for (let copy = 0; copy < copies; copy += 1) {
          const g = await augment(rendered.gray, copy, rand, fontSize);
          const nudge = copy === 1 ? Math.round((rand() - 0.4) * 50) : 0;
          const blobs = labelBlobs(inkComponents(g, nudge), spec);
          if (!blobs) {
            skipped += 1;
            continue;
          }
          for (const b of blobs) {
            samples.push({
              label: PRINT_CLASSES.indexOf(b.label),
              features: glyphFeatures(b.component),
            });
            if (copy === 0 && !spec.stretch) {
              const m = placement.get(b.label) ?? { height: [], bottom: [] };
              m.height.push(b.height);
              m.bottom.push(b.bottom);
              placement.set(b.label, m);
            }
          }
        }
      }
    }
  }
  return { samples, placement, skipped };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Share of glyph blobs read right, with the commonest confusions (TOUCHING blobs left out). */
export function accuracy(model: GlyphModel, samples: Sample[]) {
  let ok = 0;
  let glyphs = 0;
  const confusions = new Map<string, number>();
  for (const s of samples) {
    const want = model.classes[s.label];
    if (want === TOUCHING) continue;
    glyphs += 1;
    const got = model.predict(s.features)[0].label;
    if (got === want) ok += 1;
    else confusions.set(`${want}→${got}`, (confusions.get(`${want}→${got}`) ?? 0) + 1);
  }
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return { accuracy: ok / Math.max(1, glyphs), top };
}

/** Share of TOUCHING blobs (two glyphs run together) that no glyph reading is sure of (p < 0.5). */
function doubtedTouching(model: GlyphModel, samples: Sample[]) {
  const touching = samples.filter((s) => model.classes[s.label] === TOUCHING);
  const doubted = touching.filter((s) => model.predict(s.features)[0].p < 0.5).length;
  return touching.length ? doubted / touching.length : 0;
}

type Collected = Awaited<ReturnType<typeof collect>>;

/** While tuning the training, the rendered blobs can be kept between runs (--cache). */
function writeCache(file: string, c: Collected) {
  const samples = c.samples.map((s) => ({ label: s.label, features: Array.from(s.features) }));
  writeFileSync(file, JSON.stringify({ ...c, samples, placement: [...c.placement] }));
}

function readCache(file: string): Collected {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  return {
    samples: raw.samples.map((s: { label: number; features: number[] }) => ({
      label: s.label,
      features: Float32Array.from(s.features),
    })),
    placement: new Map(raw.placement),
    skipped: raw.skipped,
  };
}

/**
 * CROHME blobs: the training writers', and the held-out writers' for measuring; drawn with a
 * pen (one symbol at a time) and photographed (whole expressions, TOUCHING blobs included).
 */
async function loadHandwriting(rand: () => number) {
  const t0 = Date.now();
  const expressions = readInkExpressions(CROHME_FILE);
  // Shuffled, so a class's quota is filled by many writers, not the first sub-corpus.
  for (let i = expressions.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [expressions[i], expressions[j]] = [expressions[j], expressions[i]];
  }
  const options = { copies: 2, perClass: HANDWRITTEN_PER_CLASS };
  const train = handwrittenSamples(expressions, new Set(CROHME_TRAIN_SETS), rand, options);
  const heldOut = handwrittenSamples(expressions, new Set(CROHME_HELD_OUT_SETS), rand, {
    copies: 1,
    perClass: 300,
  });
  const photoOptions = { perClass: PHOTOGRAPHED_PER_CLASS, touching: TOUCHING_SAMPLES };
  const photos = await photographedSamples(
    expressions,
    new Set(CROHME_TRAIN_SETS),
    rand,
    photoOptions,
  );
  const heldOutPhotos = await photographedSamples(
    expressions,
    new Set(CROHME_HELD_OUT_SETS),
    rand,
    { perClass: 300, touching: 2000 },
  );
  console.log(
    `${train.samples.length} handwritten blobs (${train.skipped} drawings skipped: blob count differs), ${heldOut.samples.length} held out; photographed: ${photos.samples.length} blobs (${photos.touching} touching, ${photos.broken} broken glyphs kept by their largest piece), ${heldOutPhotos.samples.length} held out; in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  return {
    train: [...train.samples, ...photos.samples],
    heldOut: heldOut.samples,
    heldOutPhotos: heldOutPhotos.samples,
    photographed: photos.samples.length,
  };
}

/**
 * Training fonts must be the real ones: fontconfig quietly draws a missing family in DejaVu,
 * and a model trained so read real printed photos worse (3 of 10 against 6). Debian packages:
 * fonts-dejavu-core fonts-noto-cjk fonts-freefont-ttf fonts-liberation fonts-texgyre fonts-lmodern.
 */
function requireTrainingFonts() {
  const installed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  const missing = [...TEXT_FONTS, ...PRINT_ONLY_FONTS].filter(
    (f) => !installed.split('\n').some((l) => l.split(',').includes(f)),
  );
  if (missing.length)
    throw new Error(
      `training fonts not installed: ${missing.join(', ')} (see requireTrainingFonts)`,
    );
}

async function main() {
  requireTrainingFonts();
  const t0 = Date.now();
  const only = process.argv.includes('--only') ? argumentAfter('--only') : '';
  // The other handwriting members start at once, beside all of this process's work. One that
  // fails stops the whole run (an unhandled rejection), as it should.
  const otherMembers =
    only !== 'print' && memberArgument() === 0
      ? trainOtherMembers(HANDWRITING_MEMBERS)
      : Promise.resolve([]);
  const rand = mulberry32(SEED);
  const fonts = [
    ...MATH_FONTS.map((name) => ({ kind: 'math' as const, name })),
    ...TEXT_FONTS.map((name) => ({ kind: 'text' as const, name })),
  ];
  const cache = process.argv.includes('--cache') ? '/tmp/dogmath-glyph-samples.json' : '';
  const { samples, placement, skipped } =
    cache && existsSync(cache) ? readCache(cache) : await collect(fonts, rand, COPIES);
  if (cache && !existsSync(cache)) writeCache(cache, { samples, placement, skipped });
  console.log(
    `${samples.length} training blobs (${skipped} renders skipped: blob count differs) in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  // A tenth is held back to measure; the fonts below were never trained on.
  for (let i = samples.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [samples[i], samples[j]] = [samples[j], samples[i]];
  }
  const validation = samples.splice(0, Math.round(samples.length / 10));
  const held = await collect(
    HELD_OUT_FONTS.map((name) => ({ kind: 'math' as const, name })),
    mulberry32(SEED + 1),
    2,
  );
  const metrics: Record<string, GlyphMetrics> = {};
  for (const [label, m] of placement)
    metrics[label] = { height: median(m.height), bottom: median(m.bottom) };
  for (const spec of MODELS.filter((m) => !only || m.name === only)) {
    // Each model's own generator, so training one alone gives the weights training both does.
    const member = spec.handwriting ? memberArgument() : 0;
    const modelRand = mulberry32(spec.handwriting ? handwritingSeed(member) : SEED);
    const handwriting =
      spec.handwriting && !process.argv.includes('--no-crohme')
        ? await loadHandwriting(modelRand)
        : null;
    // The handwriting classifier also learns TOUCHING, two glyphs run together (a photo's).
    const classes = !spec.handwriting
      ? PRINT_CLASSES
      : handwriting
        ? HANDWRITING_CLASSES
        : GLYPH_CLASSES;
    // More writers, with or without CROHME (`--more-writers`): handwriting fonts (OFL) and
    // MDAS's operators (MIT; its val partition is measured either way). Both runs with them
    // read unseen writers' glyphs as well as without and whole problems worse (README model
    // card), so the shipped model is trained without them.
    const moreWriters = spec.handwriting && process.argv.includes('--more-writers');
    const handFonts = moreWriters
      ? await collect(
          HAND_FONTS.map((name) => ({ kind: 'hand' as const, name })),
          mulberry32(SEED + 200),
          COPIES,
        )
      : null;
    const operators = moreWriters ? await mdasSamples('train') : null;
    const heldOutOperators = spec.handwriting ? await mdasSamples('val') : null;
    if (handFonts && operators)
      console.log(
        `${handFonts.samples.length} blobs of ${HAND_FONTS.length} handwriting fonts (${handFonts.skipped} renders skipped: blob count differs); ${operators.samples.length} MDAS operator blobs (${operators.skipped} images skipped)`,
      );
    const printOnlyFonts = PRINT_ONLY_FONTS.map((name) => ({ kind: 'text' as const, name }));
    const printOnly = spec.handwriting
      ? null
      : await collect(printOnlyFonts, mulberry32(SEED + 300), COPIES);
    // The currency sign in every print font, with its own random draw (as the fonts above).
    const currency = spec.handwriting
      ? null
      : await collect(
          [...fonts, ...printOnlyFonts],
          mulberry32(SEED + 400),
          COPIES,
          CURRENCY_SPECS,
        );
    const trainingSet = [
      ...Array.from({ length: handwriting ? FONT_REPEATS : 1 }, () => samples).flat(),
      ...(printOnly?.samples ?? []),
      ...(currency?.samples ?? []),
      ...(handFonts?.samples ?? []),
      ...(operators?.samples ?? []),
      ...(handwriting?.train ?? []),
    ];
    console.log(
      `${spec.name}: ${trainingSet.length} blobs, ${spec.inputs} inputs, ${spec.hidden} hidden units`,
    );
    const weights = trainNetwork(
      trainingSet,
      modelRand,
      { inputs: spec.inputs, hidden: spec.hidden, classes: classes.length },
      EPOCHS,
    );
    if (member > 0) {
      // A child: its weights go to the parent, which measures and writes the ensemble.
      writeFileSync(argumentAfter('--member-out'), encodeWeights(weights));
      return;
    }
    const members = spec.handwriting ? await otherMembers : [];
    const data: GlyphModelData = {
      classes,
      inputs: spec.inputs,
      hidden: spec.hidden,
      weights: encodeWeights(weights),
      ...(members.length ? { members } : {}),
      metrics,
      training: {},
    };
    const model = new GlyphModel(data);
    const v = accuracy(model, validation);
    const h = accuracy(model, held.samples);
    const hw = handwriting ? accuracy(model, handwriting.heldOut) : null;
    const hwPhotos = handwriting ? accuracy(model, handwriting.heldOutPhotos) : null;
    const doubted = handwriting ? doubtedTouching(model, handwriting.heldOutPhotos) : 0;
    console.log(
      `${spec.name}: validation (training fonts, unseen copies) ${(100 * v.accuracy).toFixed(2)} % of ${validation.length}`,
    );
    console.log(
      `${spec.name}: held-out fonts ${HELD_OUT_FONTS.join(', ')}: ${(100 * h.accuracy).toFixed(2)} % of ${held.samples.length}; top confusions ${h.top.map(([k, n]) => `${k} ×${n}`).join(', ')}`,
    );
    if (hw)
      console.log(
        `${spec.name}: held-out writers (CROHME ${CROHME_HELD_OUT_SETS.join(', ')}): ${(100 * hw.accuracy).toFixed(2)} % of ${handwriting?.heldOut.length}; top confusions ${hw.top.map(([k, n]) => `${k} ×${n}`).join(', ')}`,
      );
    if (heldOutOperators) {
      const ops = accuracy(model, heldOutOperators.samples);
      console.log(
        `${spec.name}: held-out MDAS operators (val): ${(100 * ops.accuracy).toFixed(2)} % of ${heldOutOperators.samples.length}; top confusions ${ops.top.map(([k, n]) => `${k} ×${n}`).join(', ')}`,
      );
    }
    if (hwPhotos)
      console.log(
        `${spec.name}: held-out writers photographed: ${(100 * hwPhotos.accuracy).toFixed(2)} % of glyph blobs; ${(100 * doubted).toFixed(1)} % of touching blobs doubted; top confusions ${hwPhotos.top.map(([k, n]) => `${k} ×${n}`).join(', ')}`,
      );
    data.training = {
      seed: SEED,
      mathFonts: MATH_FONTS,
      textFonts: TEXT_FONTS,
      ...(printOnly ? { printOnlyFonts: PRINT_ONLY_FONTS } : {}),
      ...(currency
        ? { printOnlyGlyphs: [CURRENCY], printOnlyGlyphSamples: currency.samples.length }
        : {}),
      ...(handFonts ? { handFonts: HAND_FONTS, handFontSamples: handFonts.samples.length } : {}),
      ...(operators ? { mdasOperatorSamples: operators.samples.length } : {}),
      fontSizes: FONT_SIZES,
      samples: trainingSet.length,
      validationAccuracy: Number(v.accuracy.toFixed(4)),
      heldOutFonts: HELD_OUT_FONTS,
      heldOutAccuracy: Number(h.accuracy.toFixed(4)),
      handwriting: handwriting
        ? {
            data: 'CROHME 2011-2016 (CC BY-NC-SA 3.0, research / non-commercial)',
            trainSets: CROHME_TRAIN_SETS,
            perClass: HANDWRITTEN_PER_CLASS,
            samples: handwriting.train.length,
            fontRepeats: FONT_REPEATS,
            members: 1 + members.length,
            memberSeeds: [0, ...members.map((_, k) => k + 1)].map(handwritingSeed),
            heldOutSets: CROHME_HELD_OUT_SETS,
            heldOutAccuracy: Number(hw?.accuracy.toFixed(4)),
            photographed: {
              perClass: PHOTOGRAPHED_PER_CLASS,
              samples: handwriting.photographed,
              touchingSamples: TOUCHING_SAMPLES,
              heldOutAccuracy: Number(hwPhotos?.accuracy.toFixed(4)),
              heldOutTouchingDoubted: Number(doubted.toFixed(4)),
            },
          }
        : null,
    };
    const out = join(__dirname, '..', 'src', 'pipeline', 'recognition', 'math', spec.file);
    writeFileSync(out, `${JSON.stringify(data)}\n`);
    console.log(`wrote ${out} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}

/** The seed of the handwriting ensemble's member k: its draw of the data and its training. */
function handwritingSeed(member: number): number {
  return SEED + 100 + 1000 * member;
}

/** `--member k`: this process trains the handwriting ensemble's member k (0: the parent). */
function memberArgument(): number {
  return process.argv.includes('--member') ? Number(argumentAfter('--member')) : 0;
}

function argumentAfter(flag: string): string {
  return process.argv[process.argv.indexOf(flag) + 1];
}

/**
 * Members 1 … count−1 of the handwriting ensemble, each trained by a child process of this
 * script (same fonts, its own seed); resolves to their base64 weights.
 */
async function trainOtherMembers(count: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dogmath-members-'));
  const passOn = process.argv.filter((a) =>
    ['--cache', '--more-writers', '--no-crohme'].includes(a),
  );
  const child = (k: number) =>
    new Promise<string>((resolve, reject) => {
      const out = join(dir, `member-${k}.b64`);
      const args = [__filename, '--only', 'handwriting', '--member', `${k}`, '--member-out', out];
      spawn(process.execPath, [...process.execArgv, ...args, ...passOn], {
        stdio: ['ignore', 'ignore', 'inherit'],
      })
        .on('error', reject)
        .on('exit', (code) =>
          code === 0
            ? resolve(readFileSync(out, 'utf8'))
            : reject(new Error(`handwriting member ${k} failed (exit ${code})`)),
        );
    });
  try {
    return await Promise.all(Array.from({ length: count - 1 }, (_, k) => child(k + 1)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
