// Builder script of the CLI's V8 startup snapshot (dist/cli.snap; scripts/build.mjs
// runs `node FLAGS --snapshot-blob dist/cli.snap --build-snapshot dist/cli.snapshot.js`).
// The snapshot holds the simulator as the CLI would have it just before reading its
// command line: the bundle's modules initialised (the type objects readied, the
// interned strings) and the startup heap built (vm/startup.ts), which is the same in
// every process. No program has run in it: every run still begins with a fresh
// interpreter, exactly as through the code cache (bin.ts). A node started from the
// snapshot calls runCli at once; it reads process.argv and the environment of its
// own process.
//
// One interpreter is created here and dropped: building builtins, sys and __main__
// and parsing and compiling a typical program (scripts/warmup.py) compiles those
// JavaScript functions, so the snapshot holds their bytecode and a run does not
// compile them lazily (~4 ms of every run). The program is not run: V8 keeps the
// type feedback of what runs here, and a run would start with the eval loop's and
// the deallocators' call sites made polymorphic by this program (measured: runs
// 3-10% slower), while interpreter setup, the parser and the compiler are cold.

import '../model/v8tuning';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startupSnapshot } from 'node:v8';
import { PY311 } from '../model/profiles/py311';
import { prepareStartupHeap } from '../model/vm/startup';
import { Interpreter } from '../model/vm/run';
import { runCli } from './command';

prepareStartupHeap(PY311);
Interpreter.create(readFileSync(join(__dirname, '..', 'scripts', 'warmup.py'), 'utf8'), { filename: 'warmup.py' });
startupSnapshot.setDeserializeMainFunction(runCli);
