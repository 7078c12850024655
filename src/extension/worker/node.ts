// The background worker in the desktop and server extension host (worker_threads): the
// simulation never runs on the extension host's thread. Started with a large stack
// (resourceLimits.stackSizeMb), as deep Python recursion is deep JS recursion here.

import '../../model/v8tuning';
import { parentPort } from 'node:worker_threads';
import { handleRequest } from './handle';
import type { WorkerRequest } from './protocol';

parentPort?.on('message', (req: WorkerRequest) => {
  handleRequest(req, (reply) => parentPort?.postMessage(reply));
});
