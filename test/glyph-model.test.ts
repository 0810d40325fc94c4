import { glyphSpecs, inkComponents, labelBlobs, renderMath } from '../scripts/train-glyphs';
import { glyphFeatures } from '../src/pipeline/recognition/math/glyph-features';
import { glyphModel } from '../src/pipeline/recognition/math/shipped-models';

/**
 * The shipped classifier (glyph-model.json) against every glyph class rendered in a math
 * font it was never trained on (TeX Gyre Termes, the Times look of most Chinese textbooks),
 * through the same ink extraction as recognition.
 */
describe('the shipped glyph classifier', () => {
  it('was trained without the font it is tested on', () => {
    const training = glyphModel().data.training as { mathFonts: string[]; heldOutFonts: string[] };
    expect(training.mathFonts).not.toContain('termes');
    expect(training.heldOutFonts).toContain('termes');
  });

  it('reads at least 95 % of the glyph blobs of an unseen font', async () => {
    const model = glyphModel();
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const spec of glyphSpecs()) {
      const rendered = await renderMath(spec, 'termes', 40);
      if (!rendered) continue;
      const blobs = labelBlobs(inkComponents(rendered.gray, 0), spec);
      for (const b of blobs ?? []) {
        total += 1;
        const got = model.predict(glyphFeatures(b.component))[0].label;
        if (got === b.label) right += 1;
        else wrong.push(`${b.label}→${got}`);
      }
    }
    console.log(`termes 40 px: ${right}/${total}; misread ${wrong.join(' ')}`);
    expect(total).toBeGreaterThan(100);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
