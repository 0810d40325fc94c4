/** Text for SVG `<text>` elements (problem images, textbook pages, training glyphs). */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A line's width in ems, estimated without a layout engine: CJK characters count `cjk` ems,
 * everything else `latin`. Callers choose generous values so that nothing is clipped.
 */
export function textEms(text: string, cjk: number, latin: number): number {
  return [...text].reduce((a, c) => a + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? cjk : latin), 0);
}
