import {
  CAPITAL_CLASSES,
  DISTINCT_CAPITALS,
  NOT_A_CAPITAL,
} from '../../src/pipeline/recognition/math/capital-classes';
import { GlyphModel } from '../../src/pipeline/recognition/math/glyph-model';
import { HandwrittenSample, LABELS, LabelTable } from './crohme-glyphs';

/** Symbols that are not capitals: one blob each, as the glyph classifier reads them. */
const NOT_CAPITALS = Object.keys(LABELS).filter((l) => {
  const parts = LABELS[l].parts;
  return parts.length === 1 && !['bar', 'dot', 'comma', 'prime'].includes(parts[0]);
});

/**
 * What the capital network learns from CROHME (scripts/train-capitals.ts): each distinct
 * capital as itself, every other one-blob symbol as NOT_A_CAPITAL, a quota per CROHME label
 * so the catch-all class holds every shape, not only the commonest.
 */
export const CAPITAL_TABLE: LabelTable = {
  labels: {
    ...Object.fromEntries(NOT_CAPITALS.map((l) => [l, { parts: [NOT_A_CAPITAL] }])),
    ...Object.fromEntries(DISTINCT_CAPITALS.map((l) => [l, { parts: [l] }])),
  },
  classes: CAPITAL_CLASSES,
  quotaBy: 'label',
};

/**
 * The network against labelled blobs at one threshold: per capital, how many there were and
 * how many it read as that capital at least `threshold` sure; of the other blobs, how many it
 * took for some capital so surely.
 */
export function capitalFindings(
  model: GlyphModel,
  samples: HandwrittenSample[],
  threshold: number,
) {
  const perCapital = new Map<string, { count: number; found: number }>();
  let [others, mistaken] = [0, 0];
  for (const s of samples) {
    const want = CAPITAL_CLASSES[s.label];
    const best = model.predict(s.features)[0];
    const sure = best.label !== NOT_A_CAPITAL && best.p >= threshold;
    if (want === NOT_A_CAPITAL) {
      others += 1;
      if (sure) mistaken += 1;
      continue;
    }
    const row = perCapital.get(want) ?? { count: 0, found: 0 };
    perCapital.set(want, {
      count: row.count + 1,
      found: row.found + (sure && best.label === want ? 1 : 0),
    });
  }
  const rows = [...perCapital.values()];
  const capitals = rows.reduce((t, r) => t + r.count, 0);
  const found = rows.reduce((t, r) => t + r.found, 0);
  return { perCapital, capitals, found, others, mistaken };
}
