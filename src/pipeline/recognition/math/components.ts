import { InkImage } from './page-image';

export interface Box {
  x0: number;
  y0: number;
  /** Inclusive. */
  x1: number;
  y1: number;
}

/** A connected blob of ink: its box, pixel count and mask (1 = ink, box-sized rows). */
export interface Component {
  id: number;
  box: Box;
  area: number;
  mask: Uint8Array;
  /**
   * A thin stroke lying along the photo's left or right edge: a glyph the crop cut through,
   * or the edge of something beyond the photo (a screen's bezel, a page's edge) — page-prep.ts.
   */
  alongEdge?: boolean;
}

export const boxWidth = (b: Box) => b.x1 - b.x0 + 1;
export const boxHeight = (b: Box) => b.y1 - b.y0 + 1;
export const centerX = (b: Box) => (b.x0 + b.x1) / 2;
export const centerY = (b: Box) => (b.y0 + b.y1) / 2;

export function unionBox(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** The columns two boxes share, in pixels (0 when they are apart). */
export function sharedWidth(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + 1);
}

/** Shared width of two boxes over the narrower one's width (0..1). */
export function xOverlap(a: Box, b: Box): number {
  return sharedWidth(a, b) / Math.min(boxWidth(a), boxWidth(b));
}

/** The share of box a's area that lies inside box b (0..1). */
export function shareInside(a: Box, b: Box): number {
  const h = Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + 1);
  return (sharedWidth(a, b) * h) / (boxWidth(a) * boxHeight(a));
}

/** Connected components (8-connected) with union-find over one labelling pass. */
export function connectedComponents(ink: InkImage, minArea = 1): Component[] {
  const { width, height, data } = ink;
  const labels = new Int32Array(width * height);
  const parent: number[] = [0];
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      if (!data[i]) continue;
      let label = 0;
      const neighbours = [
        x > 0 ? labels[i - 1] : 0,
        y > 0 && x > 0 ? labels[i - width - 1] : 0,
        y > 0 ? labels[i - width] : 0,
        y > 0 && x < width - 1 ? labels[i - width + 1] : 0,
      ];
      for (const n of neighbours) {
        if (!n) continue;
        if (!label) label = n;
        else if (n !== label) union(label, n);
      }
      if (!label) {
        label = parent.length;
        parent.push(label);
      }
      labels[i] = label;
    }
  }
  const boxes = new Map<number, { box: Box; area: number }>();
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      if (!labels[i]) continue;
      const root = find(labels[i]);
      labels[i] = root;
      const b = boxes.get(root);
      if (!b) boxes.set(root, { box: { x0: x, y0: y, x1: x, y1: y }, area: 1 });
      else {
        b.area += 1;
        if (x < b.box.x0) b.box.x0 = x;
        if (x > b.box.x1) b.box.x1 = x;
        if (y > b.box.y1) b.box.y1 = y;
      }
    }
  }
  const out: Component[] = [];
  for (const [root, { box, area }] of boxes) {
    if (area < minArea) continue;
    const w = boxWidth(box);
    const h = boxHeight(box);
    const mask = new Uint8Array(w * h);
    for (let y = box.y0; y <= box.y1; y += 1)
      for (let x = box.x0; x <= box.x1; x += 1)
        if (labels[y * width + x] === root) mask[(y - box.y0) * w + (x - box.x0)] = 1;
    out.push({ id: out.length, box, area, mask });
  }
  return out
    .sort((a, b) => a.box.x0 - b.box.x0 || a.box.y0 - b.box.y0)
    .map((c, id) => ({ ...c, id }));
}

/** A blob's largest connected piece, in page coordinates. */
export function largestPiece(c: Component): Component {
  const pieces = connectedComponents({
    data: c.mask,
    width: boxWidth(c.box),
    height: boxHeight(c.box),
  });
  const largest = pieces.reduce((a, b) => (b.area > a.area ? b : a), pieces[0]);
  const { x0, y0, x1, y1 } = largest.box;
  return {
    ...largest,
    box: { x0: x0 + c.box.x0, y0: y0 + c.box.y0, x1: x1 + c.box.x0, y1: y1 + c.box.y0 },
  };
}

/**
 * Whether a blob is in pieces of some size (the second largest at least 15 % of its ink): a
 * glyph cut out of a run of glyphs holds together, where a cut through one glyph's loop
 * leaves the ends of its strokes.
 */
export function fallsApart(c: Component): boolean {
  const pieces = connectedComponents({
    data: c.mask,
    width: boxWidth(c.box),
    height: boxHeight(c.box),
  }).sort((a, b) => b.area - a.area);
  return pieces.length > 1 && pieces[1].area >= 0.15 * c.area;
}

/** A blob's ink as a straight stroke: see midline. */
export interface InkLine {
  slope: number;
  x: number;
  y: number;
  thinShare: number;
  thickness: number;
  stray: number;
}

/**
 * The least-squares line through a blob's ink middle, column by column — over the columns no
 * thicker than the bar itself, so a digit touching it does not bend it: its slope, a point
 * on it (page coordinates), the share of columns that were that thin, their ink (the
 * stroke's thickness, as a column crosses it) and how far their middles stray from the line.
 */
export function midline(c: Component): InkLine | null {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const columns: { x: number; y: number; ink: number }[] = [];
  for (let x = 0; x < w; x += 1) {
    let ink = 0;
    let rows = 0;
    for (let y = 0; y < h; y += 1)
      if (c.mask[y * w + x]) {
        ink += 1;
        rows += y;
      }
    if (ink) columns.push({ x, y: rows / ink, ink });
  }
  const thickness = [...columns].sort((a, b) => a.ink - b.ink)[columns.length >> 1]?.ink ?? 0;
  const thin = columns.filter((col) => col.ink <= 1.5 * thickness);
  const n = thin.length;
  const sx = thin.reduce((a, col) => a + col.x, 0);
  const sy = thin.reduce((a, col) => a + col.y, 0);
  const sxx = thin.reduce((a, col) => a + col.x * col.x, 0);
  const sxy = thin.reduce((a, col) => a + col.x * col.y, 0);
  const spread = n * sxx - sx * sx;
  if (spread <= 0) return null;
  const slope = (n * sxy - sx * sy) / spread;
  const at = (col: { x: number }) => sy / n + slope * (col.x - sx / n);
  const stray = Math.sqrt(thin.reduce((a, col) => a + (col.y - at(col)) ** 2, 0) / n);
  return {
    slope,
    x: c.box.x0 + sx / n,
    y: c.box.y0 + sy / n,
    thinShare: n / columns.length,
    thickness,
    stray,
  };
}

/** Two blobs as one (their masks in their joint box). */
export function mergeBlobs(a: Component, b: Component): Component {
  const box = unionBox([a.box, b.box]);
  const w = boxWidth(box);
  const mask = new Uint8Array(w * boxHeight(box));
  for (const c of [a, b]) {
    const cw = boxWidth(c.box);
    for (let y = 0; y < boxHeight(c.box); y += 1)
      for (let x = 0; x < cw; x += 1)
        if (c.mask[y * cw + x]) mask[(y + c.box.y0 - box.y0) * w + (x + c.box.x0 - box.x0)] = 1;
  }
  return { id: a.id, box, area: a.area + b.area, mask };
}

/** The item for which `distance` is least (the first of equals), or undefined when none. */
function nearest<T>(items: T[], distance: (t: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, t) => (best === undefined || distance(t) < distance(best) ? t : best),
    undefined,
  );
}

/**
 * The nearest item wholly left of `box` and the nearest wholly right of it, each at least
 * `gap` pixels clear of it (either undefined when there is none).
 */
export function besideOnEitherSide<T extends { box: Box }>(
  box: Box,
  items: T[],
  gap: number,
): { left: T | undefined; right: T | undefined } {
  return {
    left: nearest(
      items.filter((o) => o.box.x1 <= box.x0 - gap),
      (o) => box.x0 - o.box.x1,
    ),
    right: nearest(
      items.filter((o) => o.box.x0 >= box.x1 + gap),
      (o) => o.box.x0 - box.x1,
    ),
  };
}
