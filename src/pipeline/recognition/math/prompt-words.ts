import { readInstructions } from '../../solver/instructions';

/**
 * Prompt words a worksheet uses, for when the prose reader gets one character or letter
 * wrong (求寻 for 求导, "Sirnplify"). They only add candidates after the prompt as read: the
 * solver still has to accept the problem, and the student sees the reading before it is used.
 */
const CHINESE = [
  '计算',
  '解方程组',
  '解方程',
  '解不等式',
  '化简',
  '展开',
  '因式分解',
  '求导',
  '求值',
  '求解',
];
const ENGLISH = [
  'Compute',
  'Solve',
  'Simplify',
  'Expand',
  'Differentiate',
  'Factor',
  'Evaluate',
  'Calculate',
];

/** Whether prompt prose asks for something the solver knows, as read or one letter off. */
export function understoodPrompt(read: string): boolean {
  return readInstructions(read).tasks.length > 0 || likelyPrompts(read).length > 0;
}

export function likelyPrompts(read: string): string[] {
  // Nothing to add when every word of the prompt was understood.
  if (!read) return [];
  const understood = readInstructions(read);
  if (understood.tasks.length && understood.parts.length === 0) return [];
  const han = [...read].filter((c) => /[\u4e00-\u9fff]/.test(c));
  if (han.length) {
    return CHINESE.map((w) => ({ w, shared: [...w].filter((c) => han.includes(c)).length }))
      .filter((x) => x.shared > 0 && han.length <= x.w.length + 1)
      .sort((a, b) => b.shared - a.shared)
      .map((x) => x.w);
  }
  const words = read.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return ENGLISH.filter((w) =>
    words.some(
      (word) => editDistance(word, w.toLowerCase()) <= Math.max(1, Math.floor(w.length / 4)),
    ),
  );
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const keep = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length];
}
