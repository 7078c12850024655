// The session's platform in Node: files from disk, the debuggee in a worker thread
// (dist/debuggee.js beside the adapter's bundle).

import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { NodeDebuggeeClient } from '../debuggee/client.node';
import type { SessionHost } from './session';

export function nodeSessionHost(workerPath?: string): SessionHost {
  return {
    readFile: (path) => readFile(path, 'utf8'),
    resolve: (program, cwd) => (isAbsolute(program) ? program : resolve(cwd ?? process.cwd(), program)),
    startDebuggee: (launch) => new NodeDebuggeeClient(launch, workerPath),
  };
}
