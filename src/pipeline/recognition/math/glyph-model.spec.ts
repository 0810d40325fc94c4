import { GlyphModel, GlyphModelData, encodeWeights } from './glyph-model';

/**
 * A network of one input, one hidden unit and two classes whose logits for input 1 are
 * (0, `logit`): w1 = 1, b1 = 0, w2 = (0, logit), b2 = (0, 0).
 */
function network(logit: number): string {
  return encodeWeights(Float32Array.from([1, 0, 0, logit, 0, 0]));
}

function model(weights: string, members?: string[]): GlyphModel {
  const data: GlyphModelData = {
    classes: ['a', 'b'],
    inputs: 1,
    hidden: 1,
    weights,
    ...(members ? { members } : {}),
    metrics: {},
    training: {},
  };
  return new GlyphModel(data);
}

const probabilityOfB = (m: GlyphModel) =>
  m.predict(Float32Array.from([1])).find((p) => p.label === 'b')!.p;

describe('GlyphModel', () => {
  it('reads the soft-max of one network', () => {
    expect(probabilityOfB(model(network(Math.log(3))))).toBeCloseTo(0.75, 6);
  });

  it("averages an ensemble's members' probabilities", () => {
    // Members sure of b (0.75) and of a (b 0.25): the ensemble is undecided.
    const ensemble = model(network(Math.log(3)), [network(Math.log(1 / 3))]);
    expect(probabilityOfB(ensemble)).toBeCloseTo(0.5, 6);
    const three = model(network(Math.log(3)), [network(Math.log(3)), network(0)]);
    expect(probabilityOfB(three)).toBeCloseTo((0.75 + 0.75 + 0.5) / 3, 6);
  });

  it('refuses a member whose weights do not fit the shape', () => {
    expect(() => model(network(0), [encodeWeights(Float32Array.from([1, 2, 3]))])).toThrow(
      /weight count/,
    );
  });
});
