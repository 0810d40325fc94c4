import { GrayImage } from '../../src/pipeline/recognition/math/page-image';

/** A camera sensor's noise on a grey image, in place: roughly normal, `sigma` grey levels. */
export function addSensorNoise(g: GrayImage, rand: () => number, sigma: number): void {
  for (let i = 0; i < g.data.length; i += 1) {
    const n = (rand() + rand() + rand() - 1.5) * 2 * sigma;
    g.data[i] = Math.max(0, Math.min(255, g.data[i] + n));
  }
}
