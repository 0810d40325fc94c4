import { NumberLine } from './number-line';
import { EX_PER_EM, placeFormula, typeset } from './mathjax';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * SVG for a number line in its box: the axis in chalk, the solution set as a thick stretch
 * in `colour`, boundaries as filled (belongs to the set) or hollow dots, labelled below.
 * Points are evenly spaced, as in a sketch: their order matters, not their distances.
 */
export function numberLineSvg(
  line: NumberLine,
  box: Box,
  chalk: string,
  colour: string,
  slate: string,
): string {
  const h = box.height;
  const axisY = box.y + h * 0.32;
  const x0 = box.x + h * 0.1;
  const x1 = box.x + box.width - h * 0.1;
  const arrow = h * 0.16;
  const step = (x1 - x0) / (line.points.length + 1);
  const xOf = (value: number) => {
    const i = line.points.findIndex((p) => Math.abs(p.value - value) < 1e-9);
    return x0 + (i + 1) * step;
  };
  const stroke = (h * 0.05).toFixed(1);
  const thick = (h * 0.1).toFixed(1);
  const out: string[] = [
    `<line x1="${x0.toFixed(1)}" y1="${axisY.toFixed(1)}" x2="${x1.toFixed(1)}" y2="${axisY.toFixed(1)}" stroke="${chalk}" stroke-width="${stroke}" stroke-linecap="round"/>`,
    arrowHead(x1, axisY, arrow, 1, chalk),
  ];
  for (const s of line.stretches) {
    const from = s.from ? xOf(s.from.value) : x0 + arrow;
    const to = s.to ? xOf(s.to.value) : x1 - arrow;
    out.push(
      `<line x1="${from.toFixed(1)}" y1="${axisY.toFixed(1)}" x2="${to.toFixed(1)}" y2="${axisY.toFixed(1)}" stroke="${colour}" stroke-width="${thick}"/>`,
    );
    if (!s.from) out.push(arrowHead(x0, axisY, arrow * 1.3, -1, colour));
    if (!s.to) out.push(arrowHead(x1, axisY, arrow * 1.3, 1, colour));
  }
  const r = h * 0.09;
  for (const p of line.points) {
    const closed = line.stretches.some(
      (s) =>
        (s.from?.closed && s.from.value === p.value) || (s.to?.closed && s.to.value === p.value),
    );
    const x = xOf(p.value);
    out.push(
      `<circle cx="${x.toFixed(1)}" cy="${axisY.toFixed(1)}" r="${r.toFixed(1)}" fill="${closed ? colour : slate}" stroke="${colour}" stroke-width="${stroke}"/>`,
    );
    out.push(label(p.latex, x, axisY + r * 1.8, h * 0.42, chalk));
  }
  return out.join('');
}

function arrowHead(x: number, y: number, size: number, direction: 1 | -1, colour: string): string {
  const back = x - direction * size;
  return `<path d="M${x.toFixed(1)} ${y.toFixed(1)} L${back.toFixed(1)} ${(y - size * 0.6).toFixed(1)} L${back.toFixed(1)} ${(y + size * 0.6).toFixed(1)} Z" fill="${colour}"/>`;
}

/** A boundary's value typeset below its dot, centred, `height` pixels tall at most. */
function label(latex: string, cx: number, top: number, height: number, colour: string): string {
  const f = typeset(latex);
  const em = height / Math.max(1.2, f.heightEx * EX_PER_EM);
  const width = f.widthEx * EX_PER_EM * em;
  const tall = f.heightEx * EX_PER_EM * em;
  return placeFormula(f, colour, { x: cx - width / 2, y: top, width, height: tall });
}
