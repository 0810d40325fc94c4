import {
  CAPITAL_CLASSES,
  DISTINCT_CAPITALS,
  NOT_A_CAPITAL,
} from '../../src/pipeline/recognition/math/capital-classes';
import { LABELS, LabelTable } from './crohme-glyphs';

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
