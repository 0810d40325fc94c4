import { PipelineError } from '../errors';
import { Recognition } from '../recognition/recognizer';
import { AnswerValue } from '../solver/solution';
import {
  SYMBOL_FLOOR,
  readProblem,
  rivalReading,
  swappedSymbols,
  weakSymbols,
  implausibleNumbers,
  implausibleAnswer,
  lettersOnlyItNeeds,
  neverHolds,
} from './read-problem';
import { solveText } from './solve-text';

/** A recognition whose candidates carry their formulas (as the math recogniser's do). */
const recognition = (candidates: [string, string][]): Recognition => ({
  engine: 'test',
  candidates: candidates.map(([text]) => text),
  details: candidates.map(([, latex]) => ({ latex, symbols: [] })),
  confidence: 0.8,
  rawText: candidates[0][0],
});

/** A stand-in solver: x = (right side − 1) / 2 for "2x + 1 = N", else not a problem. */
async function solve(text: string): Promise<AnswerValue[]> {
  const m = /2x \+ 1 = (\d+)$/.exec(text);
  if (!m) throw new PipelineError('NO_PROBLEM_FOUND', text);
  return [{ variable: 'x', value: String((Number(m[1]) - 1) / 2) }];
}

describe('rivalReading (is the photo ambiguous in a way that changes the answer?)', () => {
  const x4 = [{ variable: 'x', value: '4' }];

  it('finds another swap of an unsure symbol that is a problem with another answer', async () => {
    const read = recognition([
      ['Solve: 2x + 1 = 9', '2x+1=9'],
      ['Solve: 2x + 1 = 7', '2x+1=7'], // the 9 might be a 7
    ]);
    expect(await rivalReading(read, 0, x4, solve)).toBe('Solve: 2x + 1 = 7');
  });

  it('is not fooled by swaps that are no problem, prompt-only variants or the same answer', async () => {
    const read = recognition([
      ['Solve: 2x + 1 = 9', '2x+1=9'],
      ['Solve: 2x + l = 9', '2x+l=9'], // 1 read as l: not a problem
      ['Simplify: 2x + 1 = 9', '2x+1=9'], // same formula, other prompt
      ['2x + 1 = 9', '2x+1=9.'], // another formula with the same answer
    ]);
    expect(await rivalReading(read, 0, x4, solve)).toBeNull();
  });

  it('takes no doubt from a reading that needs an unlikely letter (x + l for x + 1)', async () => {
    const read = recognition([
      ['Solve: 2x + 1 = 9', '2x+1=9'],
      ['Solve: 2x + 1 = 7', '2x+1=7'],
    ]);
    read.details![1].weak = true;
    expect(await rivalReading(read, 0, x4, solve)).toBeNull();
  });

  it('takes doubt from an unlikely letter read nearly as surely as the winner (2 0.47, z 0.44)', async () => {
    // The stand-in solver knows no z: the close call's reading is 2x + 1 = 7, its 7 a z's twin.
    const read = recognition([
      ['Solve: 2x + 1 = 9', '2x+1=9'],
      ['Solve: 2x + 1 = 7', '2x+1=7'],
    ]);
    const sym = (text: string, confidence: number) => ({ text, confidence });
    read.details![0].symbols = [sym('2', 0.99), sym('x', 0.99), sym('9', 0.47)];
    read.details![1].symbols = [sym('2', 0.99), sym('x', 0.99), sym('z', 0.44)];
    read.details![1].weak = true;
    expect(await rivalReading(read, 0, x4, solve)).toBe('Solve: 2x + 1 = 7');
    // A letter the classifier believed far less than the winner's symbol stays a guess.
    read.details![1].symbols[2] = sym('z', 0.3);
    expect(await rivalReading(read, 0, x4, solve)).toBeNull();
  });

  it('takes no doubt from a number no one writes: a comma ending it, a leading zero', async () => {
    // A solver that passes over commas, as a lenient parser would.
    const lenient = (text: string) => solve(text.replace(',', ''));
    const read = recognition([
      ['Solve: 2x + 1 = 9', '2x+1=9'],
      ['Solve: 2x + 1 = 3,', '2x+1=3,'], // the 9 might be a 3 and a comma
      ['Solve: 2x + 1 = 07', '2x+1=07'], // a point read as a product
    ]);
    expect(await rivalReading(read, 0, x4, lenient)).toBeNull();
    read.candidates.push('Solve: 2x + 1 = 7');
    read.details!.push({ latex: '2x+1=7', symbols: [] });
    expect(await rivalReading(read, 0, x4, lenient)).toBe('Solve: 2x + 1 = 7');
  });

  it('takes no doubt from a reading that only renames the one unknown', async () => {
    // "2x + 1 = 9" read "2y + 1 = 9": the letter is in doubt, the answer is not.
    const anyLetter = async (text: string): Promise<AnswerValue[]> => {
      const m = /2([a-z]) \+ 1 = (\d+)$/.exec(text);
      if (!m) throw new PipelineError('NO_PROBLEM_FOUND', text);
      return [{ variable: m[1], value: String((Number(m[2]) - 1) / 2) }];
    };
    const renamed = recognition([
      ['Solve: 2x + 1 = 9', '2x+1=9'],
      ['Solve: 2y + 1 = 9', '2y+1=9'],
    ]);
    expect(await rivalReading(renamed, 0, x4, anyLetter)).toBeNull();
    const renamedAndOther = recognition([
      ['Solve: 2x + 1 = 9', '2x+1=9'],
      ['Solve: 2y + 1 = 7', '2y+1=7'],
    ]);
    expect(await rivalReading(renamedAndOther, 0, x4, anyLetter)).toBe('Solve: 2y + 1 = 7');
  });

  it('passes on errors that are not refusals', async () => {
    const read = recognition([
      ['Solve: 2x + 1 = 9', '2x+1=9'],
      ['Solve: 2x + 1 = 7', '2x+1=7'],
    ]);
    await expect(
      rivalReading(read, 0, x4, () => Promise.reject(new Error('thread died'))),
    ).rejects.toThrow('thread died');
  });
});

describe('a second opinion (candidates from doubtOnlyFrom on)', () => {
  const secondOpinion = (): Recognition => ({
    ...recognition([
      ['Solve: 2x + 1 = q', '2x+1=q'], // the first classifier's reading: no problem
      ['Solve: 2x + 1 = 7', '2x+1=7'], // the other classifier's
    ]),
    doubtOnlyFrom: 1,
  });

  it('never wins: a page only the second opinion can read is refused', async () => {
    await expect(readProblem(secondOpinion(), solve)).rejects.toMatchObject({
      code: 'NO_PROBLEM_FOUND',
    });
  });

  it('still casts doubt on a winner it disagrees with', async () => {
    const read = { ...secondOpinion(), candidates: ['Solve: 2x + 1 = 9', 'Solve: 2x + 1 = 7'] };
    read.details = [
      { latex: '2x+1=9', symbols: [] },
      { latex: '2x+1=7', symbols: [] },
    ];
    const won = await readProblem(read, solve);
    expect(won.index).toBe(0);
    expect(await rivalReading(read, won.index, won.value, solve)).toBe('Solve: 2x + 1 = 7');
  });
});

describe('swappedSymbols', () => {
  it('names the symbols two readings of one photo read differently', () => {
    const symbols = (text: string) => [...text].map((t) => ({ text: t, confidence: 0.9 }));
    const read: Recognition = {
      engine: 'test',
      candidates: ['2x + 1 = 9', '2x + 1 = 7', 'zx + 1 = 7'],
      details: [
        { latex: '2x+1=9', symbols: symbols('2x+1=9') },
        { latex: '2x+1=7', symbols: symbols('2x+1=7') },
        { latex: 'zx+1=7', symbols: symbols('zx+1=7') },
      ],
      confidence: 0.8,
      rawText: '',
    };
    expect(swappedSymbols(read, 0, 1)).toEqual(['9']);
    expect(swappedSymbols(read, 0, 2)).toEqual(['2', '9']);
  });
});

describe('weakSymbols (is any symbol of the winning reading a guess?)', () => {
  it('names the symbols read below the floor, once each, and no others', () => {
    const read = recognition([['8 - 3x + 2 = 0', '8-3x+2=0']]);
    read.details![0].symbols = [
      { text: '8', confidence: 0.05 },
      { text: '−', confidence: 0.97 },
      { text: '3', confidence: SYMBOL_FLOOR },
      { text: 'x', confidence: 0.81 },
    ];
    expect(weakSymbols(read, 0)).toEqual(['8']);
    read.details![0].symbols[0].confidence = 0.9;
    expect(weakSymbols(read, 0)).toEqual([]);
    // A 1 the classifier called l 0.6, 1 0.25: unsure of the label, sure of the shape.
    read.details![0].symbols.push({ text: '1', confidence: 0.25, shape: 0.85 });
    expect(weakSymbols(read, 0)).toEqual([]);
    read.details![0].symbols.push({ text: '7', confidence: 0.2, shape: 0.2 });
    expect(weakSymbols(read, 0)).toEqual(['7']);
  });
});

describe('implausibleNumbers (a decimal point lost to the photo?)', () => {
  it('names whole numbers written with a leading zero, and nothing else', () => {
    expect(implausibleNumbers('- 0988')).toEqual(['0988']);
    expect(implausibleNumbers('x = 07 + 1')).toEqual(['07']);
    expect(implausibleNumbers('0 - 4 + 0.5 - 10.05 + 100 = x')).toEqual([]);
  });

  it('names a number starting with its point and a comma that is no separator', () => {
    expect(implausibleNumbers('(n + 1)(n + .1)', 'handwriting')).toEqual(['.1']);
    expect(implausibleNumbers('.25 × 4', 'print')).toEqual([]);
    expect(implausibleNumbers('3, ÷ 35')).toEqual([',']);
    expect(implausibleNumbers('23,7 + x.5')).toEqual([]);
    // Equations listed with commas, and commas in the prompt, are no flecks.
    expect(implausibleNumbers('Solve: 3x + y = 2, 2x - y = -7')).toEqual([]);
    expect(implausibleNumbers('Solve, then check: 3, ÷ 35')).toEqual([',']);
  });

  it('names a coefficient 1 before a letter, which nobody writes, but not before a function', () => {
    expect(implausibleNumbers('x^2 - 1x + 2 = 0')).toEqual(['1x']);
    expect(implausibleNumbers('2 = 1y')).toEqual(['1y']);
    expect(implausibleNumbers('11x + 1 = 10x - 1')).toEqual([]);
    expect(implausibleNumbers('f(x) = 4x^3 + 1 sin(x)')).toEqual([]);
    expect(implausibleNumbers('2.1x + 21y + x^1x^2')).toEqual([]);
    // Nor a 1 times a letter; 1 × 2, 11 × k and 1√7 + 2√7 are written.
    expect(implausibleNumbers('1 × k')).toEqual(['1 × k']);
    expect(implausibleNumbers('3 + 1*y')).toEqual(['1*y']);
    expect(implausibleNumbers('1xt')).toEqual(['1xt']);
    expect(implausibleNumbers('1 sinx + 1 log(x) + 1 ln x + 1 sqrt(7)')).toEqual([]);
    expect(implausibleNumbers('1 × 2 + 11 × k + 1 × sin(x) + 1√7 + 2√7')).toEqual([]);
  });

  it('names a fraction right after another whose numerator opens on a minus (a broken bar)', () => {
    // (x − 5)/(x − 3) > 0 photographed, its bar broken under the x: answered x ≠ 0.
    expect(implausibleNumbers('解不等式: x/(x) (- 5)/(- 3) > 0')).toEqual(['/(x) (- 5)/']);
    expect(implausibleNumbers('1/2 + (- 5)/3 - x/(x - 1) * (- 5)/(- 3)')).toEqual([]);
  });

  it('names a root of zero: the digits before its 0 went into the sign (a long-division bracket)', () => {
    expect(implausibleNumbers('2 sqrt(0)')).toEqual(['sqrt(0)']);
    expect(implausibleNumbers('√0 + 1', 'print')).toEqual(['√0']);
    expect(implausibleNumbers('sqrt(0.25) + √0.5 + √10 + sqrt(100)')).toEqual([]);
  });

  it('names, by hand, a power 0 or of a lone 1, and a number or letter after a dot behind a letter', () => {
    expect(implausibleNumbers('- 1/(18^0) sqrt(30)', 'handwriting')).toEqual(['^0']);
    expect(implausibleNumbers('(x + 1)^0 + 2^(0)', 'handwriting')).toEqual(['^0', '^(0']);
    // A letter's power 0 is the rule of exponents, written by hand as print sets it.
    expect(implausibleNumbers('x^0x^1x^2x^3', 'handwriting')).toEqual([]);
    // A hand's 15 with its 5 written high is no 1⁵ (x ≤ 15 was answered x ≤ 1).
    expect(implausibleNumbers('x ≤ 1^5', 'handwriting')).toEqual(['1^']);
    expect(implausibleNumbers('21^2 + (x + 1)^2 - 10^3', 'handwriting')).toEqual([]);
    expect(implausibleNumbers('x^8 + x*2 + 1', 'handwriting')).toEqual(['x*2']);
    // Nor a dot between letters: a hand writes tx (an i's dot read as a product: t·x).
    expect(implausibleNumbers('x^8 + t*x^9', 'handwriting')).toEqual(['t*x']);
    expect(implausibleNumbers('a*b', 'print')).toEqual([]);
    // Nor a product dot between two numbers: a point written high, or an i's dot.
    expect(implausibleNumbers('0*9 - 0*9 = 0', 'handwriting')).toEqual(['0*9', '0*9']);
    expect(implausibleNumbers('11 + 0.01*1', 'handwriting')).toEqual(['0.01*1']);
    expect(implausibleNumbers('2^3*2^2 + 3 × 4', 'handwriting')).toEqual([]);
    expect(implausibleNumbers('2*3', 'print')).toEqual([]);
    expect(implausibleNumbers('2^10 + x^(0.5) + 2*x + x^20', 'handwriting')).toEqual([]);
    // Print sets x⁰ for the rule of exponents, and a product dot where it means one.
    expect(implausibleNumbers('2^0 + x*2', 'print')).toEqual([]);
  });

  it('takes a number of more than 15 digits, or a column sum below zero, for no answer of a worksheet', () => {
    expect(implausibleAnswer([{ variable: '', value: '-82616862383558673827' }])).toBe(true);
    expect(implausibleAnswer([{ variable: 'x', value: '123456789012345' }])).toBe(false);
    // A column subtraction below zero lost a digit of its top row; on one line it may be so.
    const negative = [{ variable: '', value: '-1699' }];
    expect(implausibleAnswer(negative, 'column')).toBe(true);
    expect(implausibleAnswer(negative)).toBe(false);
    expect(implausibleAnswer([{ variable: '', value: '1' }], 'column')).toBe(false);
  });
});

describe('readProblem failures', () => {
  it('reports a specific failure only from readings that need no guessed symbol', async () => {
    const read = recognition([
      ['Solve: 2x + 1 = ?', '2x+1=?'],
      ['Solve: 2x + 1 ≠ 9 = 7', '2x+1≠9=7'],
    ]);
    const chained = () =>
      Promise.reject(new PipelineError('UNSUPPORTED_PROBLEM', 'chained relations'));
    const attempt = (text: string) => (text.includes('≠') ? chained() : solve(text));
    read.details![1].symbols = [{ text: '≠', confidence: 0.04 }];
    await expect(readProblem(read, attempt)).rejects.toMatchObject({ code: 'NO_PROBLEM_FOUND' });
    read.details![1].symbols = [{ text: '≠', confidence: 0.9 }];
    await expect(readProblem(read, attempt)).rejects.toMatchObject({ code: 'UNSUPPORTED_PROBLEM' });
  });

  it('takes a linear equation that nothing solves for a misread, not an identity or a solvable one', () => {
    const outcome = (text: string) => {
      const { solution } = solveText(text, undefined, true);
      return neverHolds({ problem: { kind: solution.kind }, answer: solution.answer });
    };
    // 3N − 3 − 2 = 3N − 5 (every N) read 3v − 32 = 3v − 5 (no N).
    expect(outcome('3v - 32 = 3v - 5')).toBe(true);
    expect(outcome('2x + 1 < 2x - 4')).toBe(true);
    expect(outcome('3n - 3 - 2 = 3n - 5')).toBe(false);
    expect(outcome('2x - 3 = 7')).toBe(false);
    expect(outcome('x^2 + 1 = 0')).toBe(false); // no real roots: no cancelled unknown
  });
});

describe('lettersOnlyItNeeds (a winner that needs an unlikely letter the first reading does without)', () => {
  const sym = (text: string) => ({ text, confidence: 0.8 });
  const read = (weak: boolean): Recognition => ({
    engine: 'test',
    candidates: ['x9 - x^8', 'xg - x^8'],
    details: [
      { latex: 'x9-x^8', symbols: ['x', '9', '−', 'x', '8'].map(sym) },
      { latex: 'xg-x^8', symbols: ['x', 'g', '−', 'x', '8'].map(sym), ...(weak ? { weak } : {}) },
    ],
    confidence: 0.8,
    rawText: 'x9 - x^8',
  });

  it('names the guessed letter of a weak winner, and nothing for the first reading', () => {
    expect(lettersOnlyItNeeds(read(true), 1)).toEqual(['g']);
    expect(lettersOnlyItNeeds(read(true), 0)).toEqual([]);
    expect(lettersOnlyItNeeds(read(false), 1)).toEqual([]);
  });
});
