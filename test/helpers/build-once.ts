import { join } from 'node:path';
import { BUILD_ENV, compileApp } from './service-processes';

/**
 * Jest global setup of the projects whose files start real API and worker processes: the app
 * is compiled once per run, into .build-test/run-<pid>, before any test file starts (the test
 * workers inherit the environment variable naming it). Several projects name this module, and
 * Jest calls it once for each project with a selected file: the first call builds.
 */
export default function buildOnce(): void {
  if (process.env[BUILD_ENV]) return;
  const dir = join(__dirname, '..', '..', '.build-test', `run-${process.pid}`);
  compileApp(dir);
  process.env[BUILD_ENV] = dir;
}
