import { PipelineError } from '../src/pipeline/errors';
import { sameAnswers } from '../src/pipeline/providers/answer-equivalence';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { PrimaryLayout } from './primary-layouts';

export type Tally = { right: number; refused: number; wrong: number };

/** A layout's photo read and solved as the CLI does, judged against its exact result. */
export async function judgeLayout(
  provider: OfflineScriptProvider,
  image: Buffer,
  problem: PrimaryLayout,
): Promise<{ verdict: keyof Tally; said: string }> {
  try {
    const script = await provider.createScript({ image, lang: 'zh-CN' });
    const right = sameAnswers(script.answer.values, [{ variable: '', value: problem.answer }]);
    return {
      verdict: right ? 'right' : 'wrong',
      said: `read "${script.source.recognition?.text ?? ''}", answered ${JSON.stringify(script.answer.values)}`,
    };
  } catch (e) {
    if (!(e instanceof PipelineError)) throw e;
    return { verdict: 'refused', said: `${e.code}: ${e.detail ?? ''}` };
  }
}

/** The value after a command-line flag, if given. */
export function argumentAfter(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** The wrong answers, the refusals when `--list-refused` is given, and the median latency. */
export function printLayoutReport(wrong: string[], refused: string[], latencies: number[]): void {
  console.log(`wrong answers (${wrong.length}):`);
  for (const line of wrong) console.log(`  ${line}`);
  if (process.argv.includes('--list-refused')) {
    console.log(`refused (${refused.length}):`);
    for (const line of refused) console.log(`  ${line}`);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`latency: median ${(sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(2)} s`);
}
