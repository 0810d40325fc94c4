import { GlyphModel, GlyphModelData } from './glyph-model';
import shippedModel from './glyph-model.json';
import shippedHandwritingModel from './glyph-model.handwriting.json';
import shippedCapitalModel from './capital-model.json';

let sharedModel: GlyphModel | undefined;
let sharedHandwritingModel: GlyphModel | undefined;

/** The shipped print classifier, built once (imported, so every build carries the JSON along). */
export function glyphModel(): GlyphModel {
  sharedModel ??= new GlyphModel(shippedModel as GlyphModelData);
  return sharedModel;
}

/** The classifier trained on print and real handwriting together (model card in the README). */
export function handwritingGlyphModel(): GlyphModel {
  sharedHandwritingModel ??= new GlyphModel(shippedHandwritingModel as GlyphModelData);
  return sharedHandwritingModel;
}

let sharedCapitalModel: GlyphModel | undefined;

/** The capital network (capital-classes.ts), built once. */
export function capitalGlyphModel(): GlyphModel {
  sharedCapitalModel ??= new GlyphModel(shippedCapitalModel as GlyphModelData);
  return sharedCapitalModel;
}
