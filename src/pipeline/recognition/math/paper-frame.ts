import { GrayImage, histogramPercentile } from './page-image';

/** Lines a frame's edge may take to pass into the paper: a sheet lies a little turned. */
const EDGE_SPREAD = 0.07;

/**
 * The photo without what lies around the sheet: the desk under an exercise book, a dark
 * table, the white margin of a screenshot. Such a frame is far darker or brighter than the
 * paper and evenly so, and meets the paper in a sharp edge; left in, it becomes the page's
 * commonest grey — the paper, to the binarisation — and its edge a band of ink along the
 * glyphs. A light that falls off across the page changes smoothly and is left to evenLight.
 * Returns the photo itself when no side has a frame.
 */
export function withoutFrame(g: GrayImage): GrayImage {
  const rows = lineGreys(g, 'rows');
  const columns = lineGreys(g, 'columns');
  const top = frameDepth(rows, g.width);
  const bottom = frameDepth([...rows].reverse(), g.width);
  const left = frameDepth(columns, g.height);
  const right = frameDepth([...columns].reverse(), g.height);
  if (top + bottom + left + right === 0) return g;
  const width = g.width - left - right;
  const height = g.height - top - bottom;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1)
    data.set(
      g.data.subarray((y + top) * g.width + left, (y + top) * g.width + left + width),
      y * width,
    );
  return { data, width, height };
}

/**
 * How many lines from one side belong to a frame (0 if none): the first lines all of one
 * grey far from the paper's (the middle half's median), then a sharp passage to the paper's.
 * A frame's lines are of one grey end to end; a glyph's stroke along a tight crop's edge
 * has paper beyond its ends.
 */
function frameDepth(lines: LineGrey[], length: number): number {
  const n = lines.length;
  if (n < 20) return 0;
  const medians = lines.map((l) => l.median);
  const paper = median(medians.slice(Math.floor(n / 4), Math.ceil((3 * n) / 4)));
  const frame = median(medians.slice(0, 3));
  const step = frame - paper;
  if (Math.abs(step) < Math.max(25, 0.15 * paper)) return 0;
  const away = (k: number) => (medians[k] - paper) / step;
  // The frame's lines: still nearly the frame's grey.
  let leaves = 0;
  while (leaves < n && away(leaves) > 0.8) leaves += 1;
  // The paper's: nearly the paper's grey.
  let reached = leaves;
  while (reached < n && away(reached) > 0.3) reached += 1;
  if (leaves === 0 || reached >= 0.4 * n) return 0;
  const frameLines = lines.slice(0, leaves);
  const spread = median(frameLines.map((l) => l.spread));
  const endsAway = median(frameLines.flatMap((l) => l.ends.map((e) => Math.abs(e - frame))));
  if (spread > 0.5 * Math.abs(step) || endsAway > 0.5 * Math.abs(step)) return 0;
  if (reached - leaves > Math.max(4, EDGE_SPREAD * length)) return 0;
  // Two lines past the edge, so no sliver of it is left to read as a stroke.
  return Math.min(reached + 2, Math.floor(0.4 * n));
}

interface LineGrey {
  median: number;
  /** From the line's 10th to its 90th percentile grey. */
  spread: number;
  /** The greys of its two ends. */
  ends: [number, number];
}

/** The grey of each row or column: its median and spread. */
function lineGreys(g: GrayImage, along: 'rows' | 'columns'): LineGrey[] {
  const count = along === 'rows' ? g.height : g.width;
  const length = along === 'rows' ? g.width : g.height;
  const histogram = new Uint32Array(256);
  const out: LineGrey[] = [];
  for (let i = 0; i < count; i += 1) {
    histogram.fill(0);
    const at = (j: number) =>
      along === 'rows' ? g.data[i * g.width + j] : g.data[j * g.width + i];
    for (let j = 0; j < length; j += 1) histogram[at(j)] += 1;
    const [p10, p50, p90] = [0.1, 0.5, 0.9].map((share) =>
      histogramPercentile(histogram, length, share),
    );
    out.push({ median: p50, spread: p90 - p10, ends: [at(0), at(length - 1)] });
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}
