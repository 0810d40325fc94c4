import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** Set by the Jest global setup (test/helpers/build-once.ts) to the run's one build. */
export const BUILD_ENV = 'DOGMATH_TEST_BUILD';
let built: string | undefined;

/**
 * Compiles the app (as `npm run build` does, the plain JavaScript tsc does not emit copied
 * too) into `dir`, which sits inside the repo so that the build finds node_modules.
 */
export function compileApp(dir: string): void {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dir],
    { cwd: ROOT, stdio: 'inherit' },
  );
  for (const file of [
    'src/pipeline/render/speech/espeak-runner.mjs',
    'src/pipeline/sandbox/thread-bootstrap.js',
  ])
    cpSync(join(ROOT, file), join(dir, file));
}

/**
 * The build service processes start from: the one the Jest run compiled before any test file
 * (every file that starts processes compiling its own cost ~30 s each, and two files side by
 * side compiling into one folder let a process load a half-written module); outside such a
 * run (a bench script), one per process in .build-test/<pid>.
 */
export function buildApp(): string {
  const shared = process.env[BUILD_ENV];
  if (shared && existsSync(join(shared, 'src', 'main.js'))) return shared;
  if (!built) {
    built = join(ROOT, '.build-test', String(process.pid));
    compileApp(built);
  }
  return built;
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
