/**
 * Four projects, one command each, and `npm test` runs them all (what CI and the README run):
 * - unit: pure specs beside the code (src/**\/*.spec.ts), no services — the quick loop;
 * - integration: test/*.test.ts against Postgres, Redis, local servers, in process;
 * - e2e: test/*.e2e.test.ts — real API and worker processes, Chromium, Caddy;
 * - faults: test/faults — real processes killed, servers stopped and restarted.
 * No forceExit: every test closes what it opens, so Jest exits by itself.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
/** Projects whose files start real API and worker processes share one build of the app. */
const withBuild = {
  globalSetup: '<rootDir>/test/helpers/build-once.ts',
  globalTeardown: '<rootDir>/test/helpers/remove-build.ts',
};
const project = (displayName, roots, testMatch, extra = {}) => ({
  displayName,
  testEnvironment: 'node',
  roots,
  testMatch,
  transform: { '^.+\\.ts$': tsJest },
  ...extra,
});

module.exports = {
  // Two test files at a time on a 2-core machine (Jest's default is one worker fewer than
  // cores): the files wait on processes, Postgres and Redis as much as they compute, and each
  // has its own database, Redis db and ports. The suite takes ~5 min instead of ~7.5.
  maxWorkers: 2,
  // OCR and the CLI start WASM workers and child processes: seconds, not milliseconds; with
  // another file running beside it, a fault scenario takes up to twice as long as alone.
  testTimeout: 120000,
  projects: [
    project('unit', ['<rootDir>/src'], ['**/*.spec.ts']),
    project('integration', ['<rootDir>/test'], ['<rootDir>/test/*.test.ts'], {
      testPathIgnorePatterns: ['\\.e2e\\.test\\.ts$'],
      ...withBuild,
    }),
    project('e2e', ['<rootDir>/test'], ['<rootDir>/test/*.e2e.test.ts'], withBuild),
    project('faults', ['<rootDir>/test/faults'], ['**/*.fault.ts'], withBuild),
  ],
};
