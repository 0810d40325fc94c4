import { HAND_FONTS, loadHandFont, renderHandText } from '../scripts/lib/hand-fonts';
import { mdasSamples } from '../scripts/lib/mdas-glyphs';
import { accuracy, glyphSpecs, inkComponents, labelBlobs } from '../scripts/train-glyphs';
import { handwritingGlyphModel } from '../src/pipeline/recognition/math/shipped-models';

/**
 * Writers besides CROHME for the handwriting classifier (`train:glyphs --more-writers`):
 * handwriting fonts from npm (WOFF, unpacked for the text renderer) and MDAS's operator
 * images (a zip of PNGs).
 */
describe('handwriting training data', () => {
  it('draws every handwriting font in its own shapes, and knows which glyphs it lacks', async () => {
    for (const name of HAND_FONTS) {
      // loadHandFont throws when the renderer falls back to another font.
      const font = await loadHandFont(name);
      expect(await font.has('7')).toBe(true);
      expect(await font.has('√')).toBe(false);
    }
    const caveat = await loadHandFont('caveat');
    const eight = glyphSpecs().find((s) => s.text === '8' && !s.italic)!;
    const blobs = labelBlobs(inkComponents(await renderHandText(caveat, '8', 46), 0), eight);
    expect(blobs?.map((b) => b.label)).toEqual(['8']);
    // Drawn about as tall as a text font's digit at that size (0.7 of it: its 0 exactly so).
    expect(
      Math.abs(blobs![0].component.box.y1 - blobs![0].component.box.y0 + 1 - 32),
    ).toBeLessThanOrEqual(6);
  }, 60_000);

  it("reads MDAS's test operators, which the shipped classifier never saw", async () => {
    const { samples, skipped } = await mdasSamples('test');
    expect(samples.length).toBeGreaterThan(700);
    expect(skipped).toBeLessThan(10);
    const read = accuracy(handwritingGlyphModel(), samples);
    console.log(
      `MDAS test operators: ${(100 * read.accuracy).toFixed(1)} % of ${samples.length} read as labelled`,
    );
    // 90.2 % for the shipped ensemble (88.9 % for the single network before it), trained
    // without MDAS (with it: 99.7 % of the val set).
    expect(read.accuracy).toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});
