import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../bench/problem-set';
import {
  CROHME_FILE,
  CROHME_HELD_OUT_SETS,
  CROHME_TRAIN_SETS,
  HandwrittenSample,
  handwrittenSamples,
  readInkExpressions,
} from './lib/crohme-glyphs';
import { CAPITAL_TABLE, capitalFindings } from './lib/capital-table';
import { photographedSamples } from './lib/crohme-photos';
import { trainNetwork } from './lib/network-training';
import {
  CAPITAL_CLASSES,
  DISTINCT_CAPITALS,
} from '../src/pipeline/recognition/math/capital-classes';
import { FEATURE_COUNT } from '../src/pipeline/recognition/math/glyph-features';
import {
  GlyphModel,
  GlyphModelData,
  encodeWeights,
} from '../src/pipeline/recognition/math/glyph-model';

/**
 * npm run train:capitals — trains the capital network (capital-classes.ts) on CROHME's
 * handwriting: the distinct capitals its training writers drew, against every digit, small
 * letter and one-stroke symbol they drew (NOT_A_CAPITAL), each drawn as ink with two pens
 * and photographed as bench:handwriting photographs a page. The 2014 and 2016 test writers
 * are held out and measured: how many of their capitals the network finds, and how many of
 * their other glyphs it takes for a capital, at the thresholds the reader may use. About
 * five minutes on one core; CI never trains. Licence as the handwriting classifier's
 * (CROHME: CC BY-NC-SA 3.0, research / non-commercial; README model card).
 */
const SEED = 4107;
const HIDDEN = 96;
const EPOCHS = 14;
/** Drawings of one CROHME label at most, each way (drawn, photographed). */
const PER_LABEL = 400;
const HELD_OUT_PER_LABEL = 150;

/** The thresholds the reader may act at: a capital's probability at least this. */
const THRESHOLDS = [0.5, 0.7, 0.8, 0.9, 0.95];

async function samplesOf(sets: string[], perLabel: number, rand: () => number) {
  const expressions = readInkExpressions(CROHME_FILE);
  for (let i = expressions.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [expressions[i], expressions[j]] = [expressions[j], expressions[i]];
  }
  const from = new Set(sets);
  const drawn = handwrittenSamples(
    expressions,
    from,
    rand,
    { copies: 2, perClass: perLabel },
    CAPITAL_TABLE,
  );
  const photos = await photographedSamples(
    expressions,
    from,
    rand,
    { perClass: perLabel, touching: 0 },
    CAPITAL_TABLE,
  );
  return { drawn: drawn.samples, photographed: photos.samples };
}

/** Per capital, the share found; of the other blobs, the share taken for a capital. */
function measure(model: GlyphModel, samples: HandwrittenSample[], label: string) {
  return THRESHOLDS.map((t) => {
    const { perCapital, capitals, found, others, mistaken } = capitalFindings(model, samples, t);
    const each = DISTINCT_CAPITALS.map(
      (c) => `${c} ${perCapital.get(c)?.found ?? 0}/${perCapital.get(c)?.count ?? 0}`,
    );
    return `${label} at ${t}: capitals found ${found} of ${capitals} (${each.join(', ')}); other blobs taken for a capital ${mistaken} of ${others} (${((100 * mistaken) / Math.max(1, others)).toFixed(2)} %)`;
  });
}

async function main() {
  const t0 = Date.now();
  const rand = mulberry32(SEED);
  const train = await samplesOf(CROHME_TRAIN_SETS, PER_LABEL, rand);
  const held = await samplesOf(CROHME_HELD_OUT_SETS, HELD_OUT_PER_LABEL, mulberry32(SEED + 1));
  const trainingSet = [...train.drawn, ...train.photographed];
  console.log(
    `${trainingSet.length} training blobs (${trainingSet.filter((s) => s.label > 0).length} capitals), held out ${held.drawn.length} drawn and ${held.photographed.length} photographed, in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  const weights = trainNetwork(
    trainingSet,
    rand,
    { inputs: FEATURE_COUNT, hidden: HIDDEN, classes: CAPITAL_CLASSES.length },
    EPOCHS,
  );
  const data: GlyphModelData = {
    classes: CAPITAL_CLASSES,
    inputs: FEATURE_COUNT,
    hidden: HIDDEN,
    weights: encodeWeights(weights),
    metrics: {},
    training: {},
  };
  const model = new GlyphModel(data);
  const report = [
    ...measure(model, held.drawn, 'held-out writers drawn'),
    ...measure(model, held.photographed, 'held-out writers photographed'),
  ];
  for (const line of report) console.log(line);
  data.training = {
    data: 'CROHME 2011-2016 (CC BY-NC-SA 3.0, research / non-commercial)',
    seed: SEED,
    trainSets: CROHME_TRAIN_SETS,
    perLabel: PER_LABEL,
    samples: trainingSet.length,
    heldOutSets: CROHME_HELD_OUT_SETS,
    heldOut: report,
  };
  const out = join(__dirname, '..', 'src', 'pipeline', 'recognition', 'math', 'capital-model.json');
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${out} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
