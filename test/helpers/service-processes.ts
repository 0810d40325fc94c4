import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// One build per Jest worker process: two test files run side by side, and a file compiling
// into a folder the other's API or worker is loading from had it load a half-written module
// (a worker failed to start with Nest's UndefinedForwardRefException).
const BUILD = join(ROOT, '.build-test', String(process.pid));
let built = false;

/**
 * Compiles the app into .build-test/<pid> (inside the repo, to find node_modules), once per
 * test file: Jest gives each file its own module state.
 */
export function buildApp(): string {
  if (!built) {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/typescript/bin/tsc'),
        '-p',
        'tsconfig.build.json',
        '--outDir',
        BUILD,
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    // Plain JavaScript that tsc does not emit (as `npm run build` copies them too).
    for (const file of [
      'src/pipeline/render/speech/espeak-runner.mjs',
      'src/pipeline/sandbox/thread-bootstrap.js',
    ])
      cpSync(join(ROOT, file), join(BUILD, file));
    built = true;
  }
  return BUILD;
}

export interface ServiceProcess {
  child: ChildProcess;
  output: () => string;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
}

/**
 * Starts `src/<entry>.js` from the test build as a real process and resolves once its log
 * says it is ready (`ready` matches), or rejects with its output if it exits first.
 */
export function startService(
  entry: 'main' | 'worker' | 'standalone',
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [join(buildApp(), 'src', `${entry}.js`)], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const onData = (d: Buffer) => (log += d.toString());
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const service: ServiceProcess = {
    child,
    output: () => log,
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} not ready after ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    const check = () => {
      if (ready.test(log)) {
        clearTimeout(deadline);
        child.stdout!.off('data', check);
        resolve(service);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(deadline);
      reject(new Error(`${entry} exited (${code}) before it was ready:\n${log}`));
    });
  });
}
