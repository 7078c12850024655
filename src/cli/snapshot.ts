// Entry of the CLI's V8 startup snapshot (dist/cli.snap, built by scripts/build.mjs
// with `node --build-snapshot`): the simulator loaded, its types readied and the
// startup heap built, so that a run started from the snapshot begins at the
// command line.

import '../model/v8tuning';
import { startupSnapshot } from 'node:v8';
import { PY311 } from '../model/profiles/py311';
import { prepareStartupHeap } from '../model/vm/startup';
import { runCli } from './command';

prepareStartupHeap(PY311);
startupSnapshot.setDeserializeMainFunction(runCli);
