import sharp from 'sharp';
import { MissingFontError, rasterize } from './rasterize';
import { configureRenderTools, renderTools } from '../render-tools';

const page = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="black"/><text x="10" y="45" font-size="40" fill="white">${text}</text></svg>`;

async function grey(svg: string): Promise<Buffer> {
  return sharp(await rasterize(svg, 120))
    .greyscale()
    .raw()
    .toBuffer();
}

describe('board rasterising', () => {
  const saved = renderTools().cjkFontFile;
  afterEach(() => configureRenderTools({ cjkFontFile: saved }));

  it('draws Chinese characters as real glyphs, not identical empty boxes', async () => {
    const [a, b] = await Promise.all([grey(page('解方')), grey(page('程组'))]);
    expect(a.some((v) => v > 128)).toBe(true);
    expect(a.equals(b)).toBe(false);
  });

  it('refuses to draw text without the Chinese font, saying how to install it', async () => {
    configureRenderTools({ cjkFontFile: '/nonexistent/font.ttc' });
    await expect(rasterize(page('解'), 120)).rejects.toThrow(MissingFontError);
    await expect(rasterize(page('解'), 120)).rejects.toThrow(/fonts-noto-cjk/);
  });
});
