import { forwardPass } from '../../src/pipeline/recognition/math/glyph-model';

/**
 * Trains a glyph network (features → hidden ReLU → softmax) by plain stochastic gradient
 * descent on cross-entropy, from weights drawn with `rand`, the learning rate falling
 * linearly over the epochs. The same forward pass as prediction (glyph-model.ts), so the
 * network trained is the network shipped; weights in GlyphModelData's order (w1, b1, w2, b2).
 */
export function trainNetwork(
  samples: { label: number; features: Float32Array }[],
  rand: () => number,
  shape: { inputs: number; hidden: number; classes: number },
  epochs: number,
): Float32Array {
  const I = shape.inputs;
  const H = shape.hidden;
  const C = shape.classes;
  const w = new Float32Array(H * I + H + C * H + C);
  const w1 = w.subarray(0, H * I);
  const b1 = w.subarray(H * I, H * I + H);
  const w2 = w.subarray(H * I + H, H * I + H + C * H);
  const b2 = w.subarray(H * I + H + C * H);
  const gauss = () => (rand() + rand() + rand() + rand() - 2) * 1.2;
  for (let i = 0; i < w1.length; i += 1) w1[i] = gauss() * Math.sqrt(2 / I);
  for (let i = 0; i < w2.length; i += 1) w2[i] = gauss() * Math.sqrt(2 / H);
  const layers = { inputs: I, hidden: H, w1, b1, w2, b2 };
  const v = new Float32Array(w.length);
  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const p = new Float32Array(C);
  const order = samples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = 0.01 * (1 - epoch / epochs) + 0.0005;
    let loss = 0;
    for (const idx of order) {
      const { features: x, label } = samples[idx];
      const sum = forwardPass(layers, x, h, p);
      for (let c = 0; c < C; c += 1) p[c] /= sum;
      loss -= Math.log(p[label] + 1e-9);
      p[label] -= 1; // dLoss/dlogits
      dh.fill(0);
      const m = 0;
      for (let c = 0; c < C; c += 1) {
        const g = p[c];
        const row = c * H;
        for (let j = 0; j < H; j += 1) {
          dh[j] += g * w2[row + j];
          const gi = H * I + H + row + j;
          v[gi] = m * v[gi] - lr * g * h[j];
          w2[row + j] += v[gi];
        }
        const bi = H * I + H + C * H + c;
        v[bi] = m * v[bi] - lr * g;
        b2[c] += v[bi];
      }
      for (let j = 0; j < H; j += 1) {
        if (h[j] <= 0) continue;
        const g = dh[j];
        const row = j * I;
        for (let k = 0; k < I; k += 1) {
          if (x[k] === 0) continue;
          const gi = row + k;
          v[gi] = m * v[gi] - lr * g * x[k];
          w1[gi] += v[gi];
        }
        const bi = H * I + j;
        v[bi] = m * v[bi] - lr * g;
        b1[j] += v[bi];
      }
    }
    console.log(`epoch ${epoch + 1}/${epochs}: loss ${(loss / order.length).toFixed(4)}`);
  }
  return w;
}
