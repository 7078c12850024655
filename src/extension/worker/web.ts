// The background worker in browser VS Code (a Web Worker started by the web
// extension): the same job as worker/node.ts, with the browser's messaging.

import { handleRequest } from './handle';
import type { WorkerRequest } from './protocol';

const scope = self as unknown as { onmessage: ((e: { data: WorkerRequest }) => void) | null; postMessage(m: unknown): void };
scope.onmessage = (e) => {
  handleRequest(e.data, (reply) => scope.postMessage(reply));
};
