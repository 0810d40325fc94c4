'use strict';
// Starts a worker thread's module: the compiled .js in dist, or the TypeScript source
// (tests, `npm run solve`) through tsx's loader, a dev dependency that only source runs need.
const { workerData } = require('node:worker_threads');
if (workerData.entry.endsWith('.ts')) require('tsx/cjs');
require(workerData.entry);
