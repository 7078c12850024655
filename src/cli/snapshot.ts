// Builder script of the CLI's V8 startup snapshot (dist/cli.snap; scripts/build.mjs
// runs `node FLAGS --snapshot-blob dist/cli.snap --build-snapshot dist/cli.snapshot.js`).
// The snapshot holds the simulator as the CLI would have it just before reading its
// command line: the bundle's modules initialised (the type objects readied, the
// interned strings) and the startup heap built (vm/startup.ts), which is the same in
// every process. No program has run in it: every run still begins with a fresh
// interpreter, exactly as through the code cache (bin.ts). A node started from the
// snapshot calls runCli at once; it reads process.argv and the environment of its
// own process.

import '../model/v8tuning';
import { startupSnapshot } from 'node:v8';
import { PY311 } from '../model/profiles/py311';
import { prepareStartupHeap } from '../model/vm/startup';
import { runCli } from './command';

prepareStartupHeap(PY311);
startupSnapshot.setDeserializeMainFunction(runCli);
