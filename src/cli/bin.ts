// The `pyheap` executable (dist/cli.js): a small loader that runs the CLI bundle
// (dist/cli.bundle.js, built from main.ts) through V8's code cache (codecache.ts).
// The V8 flags are set before the bundle is compiled: the code cache is only valid
// under the flags it was made with.

import '../model/v8tuning';
import { join } from 'node:path';
import { runWithCodeCache } from '../node/codecache';

/** The bundle's sha-256, set by scripts/build.mjs (esbuild define). */
declare const PYHEAP_BUNDLE_ID: string;

runWithCodeCache(join(__dirname, 'cli.bundle.js'), typeof PYHEAP_BUNDLE_ID === 'string' ? PYHEAP_BUNDLE_ID : '');
