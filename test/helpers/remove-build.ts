import { rmSync } from 'node:fs';
import { BUILD_ENV } from './service-processes';

/** Jest global teardown beside build-once.ts: the run's build goes with the run. */
export default function removeBuild(): void {
  const dir = process.env[BUILD_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
  delete process.env[BUILD_ENV];
}
