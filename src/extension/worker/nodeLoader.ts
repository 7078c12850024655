// dist/summaryWorker.js, the file the extension starts as its background worker: a small
// loader that runs the worker's bundle (dist/summaryWorker.bundle.js, built from node.ts)
// through V8's code cache (node/codecache.ts), as the CLI does. Compiling the 1.5 MB
// bundle and then each function the first run calls is a good part of a fresh worker's
// first lenses; the cache, written next to the bundle once the first request has been
// served, spares every later worker of this node version most of it. The V8 flags are set
// first: a cache is only valid under the flags it was made with.

import '../../model/v8tuning';
import { join } from 'node:path';
import { runWithCodeCache } from '../../node/codecache';

/** The bundle's sha-256, set by scripts/build.mjs (esbuild define). */
declare const PYHEAP_BUNDLE_ID: string;

const loaded = runWithCodeCache(join(__dirname, 'summaryWorker.bundle.js'), typeof PYHEAP_BUNDLE_ID === 'string' ? PYHEAP_BUNDLE_ID : '', 'caller');
(loaded.exports as typeof import('./node')).afterFirstRequest(loaded.writeCache);
