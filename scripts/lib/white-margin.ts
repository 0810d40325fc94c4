import { GrayImage } from '../../src/pipeline/recognition/math/page-image';

/** The image on white paper `margin` pixels wider on every side. */
export function withWhiteMargin(g: GrayImage, margin: number): GrayImage {
  const width = g.width + 2 * margin;
  const height = g.height + 2 * margin;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < g.height; y += 1)
    data.set(g.data.subarray(y * g.width, (y + 1) * g.width), (y + margin) * width + margin);
  return { width, height, data };
}
