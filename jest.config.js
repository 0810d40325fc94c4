/** Two projects: fast pure unit specs beside the code, and integration tests under test/. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
module.exports = {
  // OCR and the CLI start WASM workers and child processes: seconds, not milliseconds.
  testTimeout: 60000,
  // Some tests point the API at a Redis that is deliberately down; ioredis's reconnect timer
  // must not keep CI waiting after the last test.
  forceExit: true,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      // npm run test:faults: real processes killed, servers restarted (part of npm test).
      displayName: 'faults',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/faults'],
      testMatch: ['**/*.fault.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
  ],
};
