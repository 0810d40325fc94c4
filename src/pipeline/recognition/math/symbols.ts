import {
  Box,
  Component,
  boxHeight,
  boxWidth,
  centerX,
  centerY,
  unionBox,
  xOverlap,
} from './components';
import { glyphFeatures } from './glyph-features';
import { GlyphModel, Prediction } from './glyph-model';
import { UNLIKELY_LETTERS, letterPrior } from './glyph-classes';

/** One symbol on the page: a classified blob, or blobs put together (= ÷ : i ≤ …). */
export interface Sym {
  /** The symbol's text: a digit, letter, operator, bracket, "bar" (minus or fraction bar), "." … */
  label: string;
  box: Box;
  /** 0..1: the classifier's probability (the weakest part's, for a composed symbol). */
  confidence: number;
  /** The classifier's ranked readings, for symbols that are one blob. */
  alternatives: Prediction[];
  parts: Component[];
}

/** The size most symbols share: the median height of the blobs that are not dots or bars. */
export function typicalHeight(syms: Sym[]): number {
  const hs = syms
    .filter((s) => !['bar', 'dot', 'comma', 'prime'].includes(s.label))
    .map((s) => boxHeight(s.box))
    .sort((a, b) => a - b);
  return hs.length ? hs[Math.floor(hs.length / 2)] : 20;
}

/** Classifies every blob; a flat stroke is a bar and a speck is a dot whatever it looks like. */
export function classifyBlobs(components: Component[], model: GlyphModel): Sym[] {
  const classify = (c: Component): Sym => {
    const alternatives = model.predict(glyphFeatures(c)).slice(0, 4);
    return {
      label: alternatives[0].label,
      box: c.box,
      confidence: alternatives[0].p,
      alternatives,
      parts: [c],
    };
  };
  const first = components.map(classify);
  const typical = typicalHeight(first);
  const syms = recut(
    joinBroken(first, typical, classify).flatMap((s) => splitTouching(s, typical, classify)),
    typical,
    classify,
  );
  for (const s of syms) {
    const w = boxWidth(s.box);
    const h = boxHeight(s.box);
    if (h <= Math.max(2, 0.3 * w) && w >= 0.25 * typical) relabel(s, 'bar', 0.95);
    else if (h > 0.6 * w && s.alternatives.some((a) => a.label === 'bar')) {
      // A bar is flat: a tall blob has no "minus" among its readings. (The bare √ of DejaVu
      // Sans read q 0.31 / bar 0.26, and the letter prior let the minus win, turning
      // √(x + 16) = x − 4 into a different, solvable problem.)
      const rest = s.alternatives.filter((a) => a.label !== 'bar');
      if (rest.length) {
        s.alternatives = rest;
        s.label = rest[0].label;
        s.confidence = rest[0].p;
      }
    }
  }
  return syms;
}

function relabel(s: Sym, label: string, confidence: number) {
  if (s.label === label) return;
  s.label = label;
  s.confidence = confidence;
  s.alternatives = [{ label, p: confidence }];
}

function compose(label: string, parts: Sym[]): Sym {
  return {
    label,
    box: unionBox(parts.map((p) => p.box)),
    confidence: Math.min(...parts.map((p) => p.confidence)),
    alternatives: [{ label, p: Math.min(...parts.map((p) => p.confidence)) }],
    parts: parts.flatMap((p) => p.parts),
  };
}

/** Whether any other symbol lies between a and b vertically, inside their shared columns. */
function anythingBetween(a: Sym, b: Sym, all: Sym[]): boolean {
  const [upper, lower] = a.box.y0 < b.box.y0 ? [a, b] : [b, a];
  const x0 = Math.max(a.box.x0, b.box.x0);
  const x1 = Math.min(a.box.x1, b.box.x1);
  return all.some(
    (s) =>
      s !== a &&
      s !== b &&
      centerX(s.box) >= x0 &&
      centerX(s.box) <= x1 &&
      s.box.y0 >= upper.box.y1 &&
      s.box.y1 <= lower.box.y0,
  );
}

/**
 * Puts multi-blob symbols together: two bars → "=", a bar between two dots → "÷", two
 * stacked dots → ":", a stem under a dot → "i"/"j", "<" ">" "+" over a bar → "≤" "≥" "±".
 */
export function groupSymbols(blobs: Sym[]): Sym[] {
  const typical = typicalHeight(blobs);
  let syms = [...blobs];
  const take = (used: Sym[], made: Sym) => {
    syms = syms.filter((s) => !used.includes(s));
    syms.push(made);
  };
  const bars = () => syms.filter((s) => s.label === 'bar');
  const dots = () => syms.filter((s) => s.label === 'dot');

  // A dot inside another glyph is part of it (a slashed or dotted zero), not a symbol.
  syms = syms.filter(
    (d) =>
      d.label !== 'dot' ||
      !syms.some(
        (o) =>
          o !== d &&
          boxHeight(o.box) > 2 * boxHeight(d.box) &&
          d.box.x0 > o.box.x0 &&
          d.box.x1 < o.box.x1 &&
          d.box.y0 > o.box.y0 &&
          d.box.y1 < o.box.y1 &&
          !['√', '(', ')', '{', '}', '[', ']', '|'].includes(o.label) &&
          boxWidth(o.box) < 1.5 * boxHeight(o.box),
      ),
  );
  // ÷ first: its bar must not become half of an "=".
  for (const bar of bars()) {
    const near = dots().filter(
      (d) =>
        centerX(d.box) > bar.box.x0 &&
        centerX(d.box) < bar.box.x1 &&
        Math.abs(centerY(d.box) - centerY(bar.box)) < 0.6 * typical &&
        boxWidth(d.box) < 0.6 * boxWidth(bar.box),
    );
    const above = near.find((d) => d.box.y1 < bar.box.y0);
    const below = near.find((d) => d.box.y0 > bar.box.y1);
    if (above && below && syms.includes(bar))
      take([bar, above, below], compose('÷', [bar, above, below]));
  }
  for (const a of bars()) {
    if (!syms.includes(a)) continue;
    const partner = bars().find(
      (b) =>
        b !== a &&
        b.box.y0 > a.box.y1 &&
        xOverlap(a.box, b.box) > 0.7 &&
        boxWidth(b.box) / boxWidth(a.box) > 0.6 &&
        boxWidth(b.box) / boxWidth(a.box) < 1.67 &&
        b.box.y0 - a.box.y1 < Math.min(0.6 * boxWidth(a.box), 0.55 * typical) &&
        !anythingBetween(a, b, syms),
    );
    if (partner) take([a, partner], compose('=', [a, partner]));
  }
  for (const a of dots()) {
    if (!syms.includes(a)) continue;
    // Two dots of one size, one straight above the other: a colon.
    const size = Math.max(boxWidth(a.box), boxHeight(a.box));
    const b = dots().find(
      (d) =>
        d !== a &&
        d.box.y0 > a.box.y1 &&
        Math.abs(boxWidth(d.box) - boxWidth(a.box)) <= 0.5 * size &&
        Math.abs(boxHeight(d.box) - boxHeight(a.box)) <= 0.5 * size &&
        Math.abs(centerX(d.box) - centerX(a.box)) < 0.6 * size &&
        d.box.y0 - a.box.y1 < Math.min(0.8 * typical, 5 * size),
    );
    if (b) take([a, b], compose(':', [a, b]));
  }
  for (const stem of syms.filter((s) => ['i-stem', 'j-stem', '1', 'l', '|'].includes(s.label))) {
    const dot = dots().find(
      (d) =>
        d.box.y1 < stem.box.y0 &&
        stem.box.y0 - d.box.y1 < 0.45 * typical &&
        centerX(d.box) >= stem.box.x0 - 2 &&
        centerX(d.box) <= stem.box.x1 + 2,
    );
    if (dot && syms.includes(stem))
      take([stem, dot], compose(stem.label === 'j-stem' ? 'j' : 'i', [stem, dot]));
  }
  // "in" whose i touches the n reads as m; the i's dot above its first stroke gives it away.
  for (const m of syms.filter((x) => x.label === 'm')) {
    const dot = dots().find(
      (d) =>
        d.box.y1 < m.box.y0 &&
        m.box.y0 - d.box.y1 < 0.45 * typical &&
        centerX(d.box) >= m.box.x0 - 2 &&
        centerX(d.box) <= m.box.x0 + 0.35 * boxWidth(m.box),
    );
    if (!dot || !syms.includes(m)) continue;
    const split = Math.round(m.box.x0 + 0.3 * boxWidth(m.box));
    const i = compose('i', [dot, { ...m, box: { ...m.box, x1: split } }]);
    const n: Sym = { ...m, label: 'n', box: { ...m.box, x0: split + 1 }, parts: [] };
    syms = syms.filter((x) => x !== m && x !== dot);
    syms.push(i, n);
  }
  for (const [top, made] of [
    ['<', '≤'],
    ['>', '≥'],
    ['+', '±'],
  ]) {
    for (const sign of syms.filter((s) => s.label === top)) {
      // The lower stroke may be slanted and reach up beside the sign (≤ in Noto Sans).
      const bar = bars().find(
        (b) =>
          centerY(b.box) > centerY(sign.box) + 0.25 * boxHeight(sign.box) &&
          b.box.y1 > sign.box.y1 &&
          b.box.y0 - sign.box.y1 < 0.35 * typical &&
          xOverlap(sign.box, b.box) > 0.6 &&
          boxWidth(b.box) < 1.6 * boxWidth(sign.box),
      );
      if (bar && syms.includes(sign)) take([sign, bar], compose(made, [sign, bar]));
    }
  }
  // A stem left without its dot is not an i: it is whatever it most resembles after that,
  // and no symbol may be read as a lone stem.
  for (const s of syms) {
    const kept = s.alternatives.filter((a) => !a.label.endsWith('-stem'));
    if (kept.length === s.alternatives.length) continue;
    // The probabilities are shared out again among the readings that remain.
    const mass = kept.reduce((a, k) => a + k.p, 0) || 1;
    s.alternatives = kept.map((k) => ({ label: k.label, p: k.p / mass }));
    if (s.label !== 'i-stem' && s.label !== 'j-stem') continue;
    s.label = s.alternatives[0]?.label ?? '1';
    s.confidence = s.alternatives[0]?.p ?? 0.5;
  }
  return syms.sort((a, b) => a.box.x0 - b.box.x0);
}

/**
 * A radical is the blob whose box holds other symbols under a top stroke; the classifier may
 * not know a long one, so it is found from its shape. Returns where its bar starts.
 */
export function radicalBarStart(s: Sym, all: Sym[]): number | null {
  if (s.parts.length !== 1) return null;
  const c = s.parts[0];
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  if (w < 0.8 * h || h < 0.6 * typicalHeight(all)) return null;
  const slack = 0.1 * h;
  const inside = all.filter(
    (o) =>
      o !== s &&
      centerX(o.box) > c.box.x0 + 0.3 * h &&
      o.box.x1 <= c.box.x1 + slack &&
      o.box.y0 >= c.box.y0 - slack &&
      o.box.y1 <= c.box.y1 + slack,
  );
  if (inside.length === 0) return null;
  const topRows = Math.max(2, Math.round(0.15 * h));
  let start = -1;
  let covered = 0;
  for (let x = 0; x < w; x += 1) {
    let ink = false;
    for (let y = 0; y < topRows && !ink; y += 1) ink = c.mask[y * w + x] === 1;
    if (ink) {
      covered += 1;
      if (start < 0) start = x;
    }
  }
  if (start < 0 || covered < 0.55 * w) return null;
  return c.box.x0 + start;
}

/**
 * Glyphs that blur into each other ("34" as one blob) are cut at the thinnest column near
 * the middle when the blob is too wide and unsure, and kept cut only if both halves read
 * with more confidence than the whole.
 */
function splitTouching(s: Sym, typical: number, classify: (c: Component) => Sym, depth = 0): Sym[] {
  const c = s.parts[0];
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  if (depth > 2 || s.confidence > 0.9 || w < 0.75 * h || h < 0.6 * typical || h > 1.5 * typical)
    return [s];
  // The thinnest columns of the middle half are the candidate cuts; the best-read cut wins.
  const cuts = thinnestColumns(c, Math.round(0.25 * w), Math.round(0.75 * w) + 1)
    .slice(0, 4)
    .filter(({ ink }) => ink <= 0.5 * h)
    .map(({ x }): [number, number] => [x, x + 1]);
  const best = bestCut(c, cuts, classify, (read) => Math.min(...read.map((r) => r.confidence)));
  if (!best || best.score <= Math.max(s.confidence + 0.1, 0.5)) return [s];
  return best.read.flatMap((r) => splitTouching(r, typical, classify, depth + 1));
}

/**
 * A hairline lost to blur breaks a glyph in two (an italic x as "." and "r"): a small blob
 * almost touching a neighbour is joined to it when the two read together with more
 * confidence than either alone.
 */
function joinBroken(syms: Sym[], typical: number, classify: (c: Component) => Sym): Sym[] {
  const out = [...syms];
  const gap = Math.max(2, 0.07 * typical);
  const near = (a: Box, b: Box) =>
    a.x0 - b.x1 <= gap && b.x0 - a.x1 <= gap && a.y0 - b.y1 <= gap && b.y0 - a.y1 <= gap;
  for (const small of [...out].sort((a, b) => boxHeight(a.box) - boxHeight(b.box))) {
    if (!out.includes(small) || boxHeight(small.box) > 0.8 * typical) continue;
    let best: { other: Sym; joined: Sym } | null = null;
    for (const other of out) {
      if (other === small || !near(small.box, other.box)) continue;
      // A dot above or below a stem is an i, a j or a colon: the symbol grouper's business.
      if (small.box.y1 < other.box.y0 || small.box.y0 > other.box.y1) continue;
      const box = unionBox([small.box, other.box]);
      if (boxHeight(box) > 1.3 * typical || boxWidth(box) > 1.3 * typical) continue;
      const joined = classify(mergeBlobs(small.parts[0], other.parts[0]));
      // Punctuation glued to a letter or to more punctuation (".r", ",,") never occurs in a
      // formula: read apart, such pieces are unlikely however sure each one is.
      const glued =
        PUNCTUATION.has(small.label) &&
        (/^[a-z]$/.test(other.label) || PUNCTUATION.has(other.label));
      const apart = plausibility(small) + plausibility(other) - (glued ? 3 : 0);
      const better =
        joined.confidence >= 0.6 &&
        !PUNCTUATION.has(joined.label) &&
        joined.label !== 'bar' &&
        plausibility(joined) > apart + 1;
      if (better && (!best || joined.confidence > best.joined.confidence)) best = { other, joined };
    }
    if (!best) continue;
    out.splice(out.indexOf(small), 1, best.joined);
    out.splice(out.indexOf(best.other), 1);
  }
  return out;
}

const PUNCTUATION = new Set(['dot', 'comma', 'prime']);
const plausibility = (s: Sym) => Math.log(Math.max(s.confidence, 1e-6)) + letterPrior(s.label);

/**
 * Two glyphs that touch ("2x" in a soft Times italic) may come out cut in the wrong place
 * ("z" + "r"). Neighbours that nearly touch, where one is unsure or an unlikely letter, are
 * joined and cut again at each of the thinnest columns; the cut whose two halves read best
 * (unlikely letters counting against) replaces them when it is clearly better.
 */
function recut(syms: Sym[], typical: number, classify: (c: Component) => Sym): Sym[] {
  const out = [...syms].sort((a, b) => a.box.x0 - b.box.x0);
  for (let i = 0; i + 1 < out.length; i += 1) {
    const [a, b] = [out[i], out[i + 1]];
    if (a.parts.length !== 1 || b.parts.length !== 1) continue;
    if (boxHeight(a.box) < 0.4 * typical || boxHeight(b.box) < 0.4 * typical) continue;
    const doubt = (s: Sym) => s.confidence < 0.95 || UNLIKELY_LETTERS.test(s.label);
    if (!doubt(a) && !doubt(b)) continue;
    if (b.box.x0 - a.box.x1 > Math.max(2, 0.07 * typical)) continue;
    const joined = mergeBlobs(a.parts[0], b.parts[0]);
    const w = boxWidth(joined.box);
    const h = boxHeight(joined.box);
    if (h > 1.4 * typical || w > 2.5 * typical) continue;
    const current = plausibility(a) + plausibility(b);
    const cuts = thinnestColumns(joined, 2, w - 2)
      .slice(0, 6)
      .map(({ x }): [number, number] => [x, x]);
    const best = bestCut(joined, cuts, classify, (read) =>
      read.reduce((sum, r) => sum + plausibility(r), 0),
    );
    if (best && best.score > current + 1) out.splice(i, 2, ...best.read);
  }
  return out;
}

/** Columns [from, to) of a blob with the ink in each, thinnest first. */
function thinnestColumns(c: Component, from: number, to: number): { x: number; ink: number }[] {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const columns: { x: number; ink: number }[] = [];
  for (let x = from; x < to; x += 1) {
    let ink = 0;
    for (let y = 0; y < h; y += 1) ink += c.mask[y * w + x];
    columns.push({ x, ink });
  }
  return columns.sort((p, q) => p.ink - q.ink);
}

/**
 * Reads a blob cut in two at each [left end, right start) pair and returns the halves of
 * the cut that `score` rates highest (null when no cut leaves two halves).
 */
function bestCut(
  c: Component,
  cuts: [number, number][],
  classify: (c: Component) => Sym,
  score: (read: Sym[]) => number,
): { read: Sym[]; score: number } | null {
  const w = boxWidth(c.box);
  let best: { read: Sym[]; score: number } | null = null;
  for (const [leftEnd, rightStart] of cuts) {
    const halves = [cut(c, 0, leftEnd), cut(c, rightStart, w)];
    if (halves.some((half) => half === null)) continue;
    const read = (halves as Component[]).map(classify);
    const rated = score(read);
    if (!best || rated > best.score) best = { read, score: rated };
  }
  return best;
}

function mergeBlobs(a: Component, b: Component): Component {
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

/** Columns [from, to) of a blob as a blob of their own, trimmed to its ink. */
function cut(c: Component, from: number, to: number): Component | null {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  let x0 = Infinity;
  let x1 = -1;
  let y0 = Infinity;
  let y1 = -1;
  let area = 0;
  for (let y = 0; y < h; y += 1)
    for (let x = from; x < to; x += 1)
      if (c.mask[y * w + x]) {
        area += 1;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
  if (area < 4) return null;
  const cw = x1 - x0 + 1;
  const mask = new Uint8Array(cw * (y1 - y0 + 1));
  for (let y = y0; y <= y1; y += 1)
    for (let x = x0; x <= x1; x += 1) mask[(y - y0) * cw + (x - x0)] = c.mask[y * w + x];
  return {
    id: c.id,
    area,
    mask,
    box: { x0: c.box.x0 + x0, y0: c.box.y0 + y0, x1: c.box.x0 + x1, y1: c.box.y0 + y1 },
  };
}
