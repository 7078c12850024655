// The CLI bundle's entry (dist/cli.bundle.js): runs the command line at load. The
// `pyheap` executable loads it through the code cache (bin.ts) when it does not start
// from the startup snapshot (snapshot.ts).

import '../model/v8tuning';
import { runCli } from './command';

runCli();
