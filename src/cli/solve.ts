import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PipelineError } from '../pipeline/errors';
import { answerText } from '../pipeline/script/answer-text';
import { createScriptProvider } from '../pipeline/providers/provider-factory';
import { renderVideo } from '../pipeline/render/render-video';
import { buildRenderSettings } from '../pipeline/render/render-settings';
import { readerOptions, validateEnvironment } from '../config/environment';
import { USAGE, UsageError, parseSolveArgs } from './solve-args';

/** The main job without any server: problem in, checked MathVideoScript and narrated video out. */
async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseSolveArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${e.message === USAGE ? '' : USAGE + '\n'}`);
      return 2;
    }
    throw e;
  }
  let provider, tts, avatar, size;
  try {
    // The same validated settings as the service (no database or Redis needed here).
    const env = validateEnvironment(process.env);
    ({ tts, avatar, size } = buildRenderSettings(env));
    provider = createScriptProvider(args.provider, env, readerOptions(env));
  } catch (e) {
    // A setting the operator must fix: say which, in one line.
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  try {
    const image = args.imagePath ? await readImage(args.imagePath) : undefined;
    const started = Date.now();
    const script = await provider.createScript({
      image,
      text: args.text,
      lang: args.lang,
      task: args.task,
    });
    await mkdir(args.outDir, { recursive: true });
    const scriptPath = join(args.outDir, 'script.json');
    await writeFile(scriptPath, JSON.stringify(script, null, 2) + '\n');
    process.stdout.write(
      `${script.title}\nanswer: ${answerText(script)} (checked by ${script.source.checkedBy})\nscenes: ${script.scenes.length}, ${Date.now() - started} ms\nwrote ${resolve(scriptPath)}\n`,
    );
    if (args.scriptOnly) return 0;

    const renderStarted = Date.now();
    const video = await renderVideo(script, args.outDir, {
      tts,
      avatar,
      size,
      onProgress: (stage, percent) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${stage} ${percent}%   `);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\r');
    process.stdout.write(
      `video: ${video.durationSeconds.toFixed(1)} s, rendered in ${((Date.now() - renderStarted) / 1000).toFixed(1)} s\nwrote ${resolve(video.videoPath)}, ${resolve(video.subtitlesPath)}, ${resolve(video.posterPath)}\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof PipelineError) {
      process.stderr.write(`${e.messageIn(args.lang)}${e.detail ? ` [${e.detail}]` : ''}\n`);
      return 1;
    }
    process.stderr.write(`internal error: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await Promise.all([provider.close(), tts.close()]);
  }
}

async function readImage(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new PipelineError(
      'INVALID_IMAGE',
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`internal error: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
