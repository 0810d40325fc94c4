import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { Task } from '../src/pipeline/solver/instructions';
import { benchOutcome } from './helpers/bench-outcome';

/**
 * Capital letters in bench:handwriting's photos (CI has ../shared/data/handwriting), which the
 * glyph classifier reads as the small letter or digit nearest in shape: the capital network
 * reads them, or doubts them (capitals.ts). Each photo is the bench's own, read and solved as
 * the CLI reads a photo, with the task its typed problem took.
 */
jest.setTimeout(180_000);

const provider = new OfflineScriptProvider(new ProblemReader());
afterAll(() => provider.close());

const outcome = (id: string, seed: number, task?: Task) => benchOutcome(provider, id, seed, task);

describe('capital letters a hand writes', () => {
  it('reads a capital F with its exponent (F³, answered f³ before)', async () => {
    expect(await outcome('RIT_2014_59', 2026, 'simplify')).toBe('F^3');
  });

  it('reads a capital A and N (0 + A; N + 233 = 236, solved)', async () => {
    expect(await outcome('27_em_108', 13, 'simplify')).toBe('A');
    expect(await outcome('RIT_2014_96', 29, 'solve')).toBe('3');
  });

  it('doubts a capital the glyph classifier only guessed at (N − 1, N read d, not A − 1)', async () => {
    expect(await outcome('RIT_2014_249', 11, 'simplify')).toBe('UNCLEAR_READING');
  });

  it('doubts a digit the capital network takes for a capital (6778, its 7 a T: not 6772)', async () => {
    expect(['UNCLEAR_READING', 'NO_PROBLEM_FOUND']).toContain(
      await outcome('27_em_119', 13, 'compute'),
    );
  });
});
