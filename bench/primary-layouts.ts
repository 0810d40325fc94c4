import sharp from 'sharp';

/**
 * Primary school's written layouts as a textbook or worksheet prints them, for
 * bench:layouts: numbers stacked right-aligned (decimals on their points), the operator in
 * front of the last, a rule under them (竖式); money in such a column ($49 over + $76); and
 * the long-division bracket.
 */
export const LAYOUT_KINDS = [
  'column +',
  'column −',
  'column ×',
  'decimal column',
  'three addends',
  'money column',
  'long division',
] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

export interface PrimaryLayout {
  kind: LayoutKind;
  /** The numbers, top to bottom (for long division: dividend, divisor); amounts start with $. */
  numbers: string[];
  op: '+' | '−' | '×' | '÷';
  /** The exact result, as the answer is written. */
  answer: string;
  /** The problem on one line, for reports. */
  text: string;
}

export function layoutProblem(kind: LayoutKind, rand: () => number): PrimaryLayout {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const make = (numbers: string[], op: PrimaryLayout['op'], answer: string): PrimaryLayout => ({
    kind,
    numbers,
    op,
    answer,
    text: op === '÷' ? `${numbers[0]} ÷ ${numbers[1]}` : numbers.join(` ${op} `),
  });
  switch (kind) {
    case 'column +': {
      const [a, b] = [int(10, 9999), int(10, 9999)];
      return make([`${a}`, `${b}`], '+', `${a + b}`);
    }
    case 'column −': {
      const a = int(100, 9999);
      const b = int(10, a - 1);
      return make([`${a}`, `${b}`], '−', `${a - b}`);
    }
    case 'column ×': {
      const [a, b] = [int(12, 999), int(2, 99)];
      return make([`${a}`, `${b}`], '×', `${a * b}`);
    }
    case 'decimal column': {
      // Hundredths as integers, so the result is exact: 39.6 + 5.63, 70.9 − 1.25.
      const [placesA, placesB] = [int(1, 2), int(1, 2)];
      const a = int(100, 99999) * (placesA === 1 ? 10 : 1);
      const b = int(10, Math.min(a - 1, 9999)) * (placesB === 1 ? 10 : 1);
      const plus = rand() < 0.5;
      const [x, y] = plus || a > b ? [a, b] : [b, a];
      return make(
        [hundredths(x), hundredths(y)],
        plus ? '+' : '−',
        hundredths(plus ? x + y : x - y),
      );
    }
    case 'three addends': {
      const [a, b, c] = [int(100, 9999), int(10, 999), int(10, 999)];
      return make([`${a}`, `${b}`, `${c}`], '+', `${a + b + c}`);
    }
    case 'money column': {
      // Whole dollars or dollars and cents, added or the smaller taken away: $49 + $76.
      const cents = rand() < 0.5;
      const [a, b] = [int(100, 99999), int(100, 99999)].map((n) => (cents ? n : n - (n % 100)));
      const plus = rand() < 0.5;
      const [x, y] = plus || a > b ? [a, b] : [b, a];
      return make(
        [`$${dollars(x)}`, `$${dollars(y)}`],
        plus ? '+' : '−',
        dollars(plus ? x + y : x - y),
      );
    }
    case 'long division': {
      const divisor = rand() < 0.7 ? int(2, 9) : int(11, 29);
      const quotient = int(12, 999);
      return make([`${divisor * quotient}`, `${divisor}`], '÷', `${quotient}`);
    }
  }
}

/** 3960 → "39.6", 563 → "5.63": the shortest decimal of a number of hundredths. */
function hundredths(n: number): string {
  const whole = Math.floor(n / 100);
  const rest = String(n % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : `${whole}`;
}

/** Cents as a price: 4900 → "49", 1275 → "12.75". */
function dollars(cents: number): string {
  return cents % 100
    ? `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
    : `${cents / 100}`;
}

/** The layout printed in `font` at `size` px, black on off-white paper, as a PNG. */
export function renderLayout(p: PrimaryLayout, font: string, size: number): Promise<Buffer> {
  const { body, width, height } =
    p.kind === 'long division' ? longDivision(p, font, size) : column(p, font, size);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${Math.round(height)}"><rect width="100%" height="100%" fill="#f6f3ec"/>${body}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function glyph(font: string, size: number, x: number, y: number, text: string): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="middle" font-family="${font}" font-size="${size}">${text}</text>`;
}

/** Digits in fixed slots right-aligned on the decimal point, the operator far left, a rule. */
function column(p: PrimaryLayout, font: string, size: number) {
  const digit = 0.62 * size;
  const point = 0.35 * size;
  const fraction = (n: string) => (n.includes('.') ? n.length - n.indexOf('.') - 1 : 0);
  const places = Math.max(...p.numbers.map(fraction));
  // A dollar sign takes the slot before its amount's first digit.
  const longest = Math.max(...p.numbers.map((n) => n.split('.')[0].length));
  const left = 0.5 * size;
  const pointX = left + 1.6 * digit + longest * digit;
  const lineHeight = 1.3 * size;
  let body = '';
  p.numbers.forEach((n, row) => {
    const baseline = 1.2 * size + row * lineHeight;
    const [whole, part = ''] = n.split('.');
    [...whole].forEach((d, i) => {
      if (d === '$') {
        // Set close to the amount, as a worksheet prints it.
        body += glyph(font, size, pointX - (whole.length - i - 0.65) * digit, baseline, d);
        return;
      }
      body += glyph(font, size, pointX - (whole.length - i - 0.5) * digit, baseline, d);
    });
    if (part) body += glyph(font, size, pointX + point / 2, baseline, '.');
    [...part].forEach((d, i) => {
      body += glyph(font, size, pointX + point + (i + 0.5) * digit, baseline, d);
    });
    if (row === p.numbers.length - 1) body += glyph(font, size, left + 0.4 * digit, baseline, p.op);
  });
  const right = pointX + (places ? point + places * digit : 0);
  const ruleY = 1.2 * size + (p.numbers.length - 1) * lineHeight + 0.3 * size;
  const stroke = Math.max(1.5, size / 16);
  body += `<rect x="${(left - 0.1 * size).toFixed(1)}" y="${ruleY.toFixed(1)}" width="${(right - left + 0.3 * size).toFixed(1)}" height="${stroke.toFixed(1)}" fill="#111"/>`;
  return { body, width: right + 0.6 * size, height: ruleY + 1.4 * size };
}

/** The divisor, a curved bracket, the rule over the dividend: 8)‾7200. */
function longDivision(p: PrimaryLayout, font: string, size: number) {
  const [dividend, divisor] = p.numbers;
  const digit = 0.62 * size;
  const left = 0.5 * size;
  const baseline = 1.8 * size;
  let body = '';
  [...divisor].forEach((d, i) => {
    body += glyph(font, size, left + (i + 0.5) * digit, baseline, d);
  });
  const bracket = left + divisor.length * digit + 0.15 * size;
  const top = baseline - 1.05 * size;
  const bottom = baseline + 0.25 * size;
  const stroke = Math.max(1.5, size / 16);
  body += `<path d="M ${bracket.toFixed(1)} ${top.toFixed(1)} Q ${(bracket + 0.45 * size).toFixed(1)} ${((top + bottom) / 2).toFixed(1)} ${bracket.toFixed(1)} ${bottom.toFixed(1)}" stroke="#111" stroke-width="${stroke.toFixed(1)}" fill="none"/>`;
  const start = bracket + 0.45 * size;
  const end = start + dividend.length * digit + 0.3 * size;
  body += `<rect x="${bracket.toFixed(1)}" y="${(top - stroke / 2).toFixed(1)}" width="${(end - bracket).toFixed(1)}" height="${stroke.toFixed(1)}" fill="#111"/>`;
  [...dividend].forEach((d, i) => {
    body += glyph(font, size, start + (i + 0.5) * digit, baseline, d);
  });
  return { body, width: end + 0.6 * size, height: bottom + 0.9 * size };
}
