import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Infrastructure and feature folders under src/ (src/architecture.spec.ts checks for cycles). */
const INFRA = ['common', 'config', 'database', 'logging', 'queue', 'redis', 'storage', 'uploads'];
const FEATURES = ['admin', 'app', 'auth', 'cli', 'health', 'jobs', 'progress', 'recognize'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'out/**',
      '.scratch/**',
      '.build-test/**',
      // Browser code, checked by the browser tests (and Prettier).
      'public/**',
      '*.js',
      '*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // Boundaries (README "Layout"). The pipeline is pure: no framework, no service folder.
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'express', 'socket.io'],
              message: 'The pipeline is pure logic: no framework, queue, database or HTTP server.',
            },
            {
              regex: `^(\\.\\./)+(${[...INFRA, ...FEATURES].join('|')})(/|$)`,
              message:
                'The pipeline takes options and returns results; it imports no service folder.',
            },
          ],
        },
      ],
    },
  },
  // Infrastructure serves the features and never reaches into one (contracts live with
  // their owner: queue/queue.contracts.ts, progress/progress.contract.ts, uploads/).
  {
    files: INFRA.map((folder) => `src/${folder}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${FEATURES.join('|')})(/|$)`,
              message: 'Infrastructure folders do not import feature folders.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain CommonJS that Node loads before any TypeScript loader (a thread's bootstrap).
    files: ['src/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
