import { CROHME_FILE, readInkExpressions } from '../../scripts/lib/crohme-glyphs';
import { expressionPhoto } from '../../scripts/lib/crohme-photos';
import { mulberry32, stringHash } from '../../src/pipeline/math/seeded-random';
import { toSharp } from '../../src/pipeline/recognition/math/page-image';

let expressions: Map<string, ReturnType<typeof readInkExpressions>[number]> | undefined;

/**
 * bench:handwriting's own photo of one CROHME expression at one seed (each expression draws
 * from the seed with a hash of its id), as PNG: a test reads exactly what the bench read.
 * CI has ../shared/data/handwriting.
 */
export async function benchPhoto(id: string, seed: number): Promise<Buffer> {
  expressions ??= new Map(readInkExpressions(CROHME_FILE).map((x) => [x.id, x]));
  const e = expressions.get(id);
  if (!e) throw new Error(`${id} is not in ${CROHME_FILE}`);
  const photo = await expressionPhoto(e, mulberry32(seed ^ stringHash(e.id)));
  if (!photo) throw new Error(`${id} drew too large a photo`);
  return toSharp(photo.gray).png().toBuffer();
}
