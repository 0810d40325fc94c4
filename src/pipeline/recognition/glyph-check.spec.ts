import sharp from 'sharp';
import { GrayImage, classifyOperator, findExponentZones, glyphBoxes } from './glyph-check';

/** Renders SVG text and returns its pixels, so glyph checks run on real font shapes. */
async function pixels(svg: string): Promise<GrayImage> {
  const { data, info } = await sharp(Buffer.from(svg))
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function render(text: string, font = 'DejaVu Sans'): Promise<GrayImage> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${60 + text.length * 40}" height="120"><rect width="100%" height="100%" fill="#fff"/><text xml:space="preserve" x="20" y="80" font-family="${font}" font-size="60">${text}</text></svg>`;
  return pixels(svg);
}

const FULL = { x0: 0, y0: 0, x1: 10_000, y1: 10_000 };

describe('operator glyph checks', () => {
  it.each([
    ['+', '+'],
    ['÷', '÷'],
    ['=', '='],
    ['−', '-'],
    ['≥', '≥'],
    ['≤', '≤'],
  ])('%s is read as %s whatever the OCR engine said', async (glyph, expected) => {
    for (const font of ['DejaVu Sans', 'DejaVu Serif', 'Noto Sans CJK SC']) {
      const img = await render(glyph, font);
      const [box] = glyphBoxes(img, { ...FULL, x1: img.width - 1, y1: img.height - 1 }, 20);
      // The engine's usual confusions: ÷ → +, ≥ → =, − → =.
      const reported =
        glyph === '≥' || glyph === '≤' ? '=' : glyph === '÷' ? '+' : glyph === '−' ? '=' : glyph;
      expect(classifyOperator(img, box, reported)).toBe(expected);
    }
  });
});

describe('exponent zones', () => {
  const svgLine = async (parts: string) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="700" height="140"><rect width="100%" height="100%" fill="#fff"/><text xml:space="preserve" x="20" y="100" font-family="DejaVu Sans" font-size="60">${parts}</text></svg>`;
    return pixels(svg);
  };
  const sup = (t: string) =>
    `<tspan dy="-26" font-size="40">${t}</tspan><tspan dy="26">\u200b</tspan>`;

  it('finds the raised 2 in x² = 9 and nothing else', async () => {
    const img = await svgLine(`x${sup('2')} = 9`);
    const zones = findExponentZones(
      img,
      { x0: 0, y0: 20, x1: img.width - 1, y1: img.height - 1 },
      45,
      80,
    );
    expect(zones).toHaveLength(1);
    expect(zones[0].glyphCount).toBe(1);
  });

  it('groups a two-glyph exponent (e to the 3x) into one zone', async () => {
    const img = await svgLine(`e${sup('3x')} + 1`);
    const zones = findExponentZones(
      img,
      { x0: 0, y0: 20, x1: img.width - 1, y1: img.height - 1 },
      45,
      80,
    );
    expect(zones.map((z) => z.glyphCount)).toEqual([2]);
  });

  it('does not mistake = + × − for exponents', async () => {
    const img = await svgLine('2x + 3 = 5 × 7 − 1');
    expect(
      findExponentZones(img, { x0: 0, y0: 20, x1: img.width - 1, y1: img.height - 1 }, 45, 80),
    ).toEqual([]);
  });
});
