import { LANGUAGES, Language } from '../pipeline/script/mvs.types';
import { TASKS, Task } from '../pipeline/solver/instructions';

export interface SolveArgs {
  imagePath?: string;
  text?: string;
  lang: Language;
  outDir: string;
  scriptOnly: boolean;
  provider: 'offline' | 'llm';
  task?: Task;
}

export class UsageError extends Error {}

export const USAGE =
  'usage: npm run solve -- <image-path> | --text "<problem>" [--lang zh-CN|en-US] [--out DIR] [--script-only] [--provider offline|llm] [--task solve|compute|simplify|expand|factor|derivative|integral|limit]';

export function parseSolveArgs(argv: string[]): SolveArgs {
  const args: SolveArgs = { lang: 'zh-CN', outDir: 'out', scriptOnly: false, provider: 'offline' };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--text') args.text = value();
    else if (a === '--lang') {
      const l = value();
      if (!LANGUAGES.includes(l as Language))
        throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
      args.lang = l as Language;
    } else if (a === '--out') args.outDir = value();
    else if (a === '--script-only') args.scriptOnly = true;
    else if (a === '--provider') {
      const p = value();
      if (p !== 'offline' && p !== 'llm') throw new UsageError('--provider must be offline or llm');
      args.provider = p;
    } else if (a === '--task') {
      const t = value();
      if (!TASKS.includes(t as Task))
        throw new UsageError(`--task must be one of ${TASKS.join(', ')}`);
      args.task = t as Task;
    } else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (args.imagePath) throw new UsageError('only one image path');
    else args.imagePath = a;
  }
  if (!args.imagePath && args.text === undefined)
    throw new UsageError('give an image path or --text');
  if (args.imagePath && args.text !== undefined)
    throw new UsageError('give an image path or --text, not both');
  return args;
}
