// Background workers in the desktop and server extension host: node worker_threads
// running dist/summaryWorker.js. A generous stack: the simulator recurses in JS as deep
// as the Python program does (sys.setrecursionlimit programs go deep).

import { Worker } from 'node:worker_threads';
import type { BackgroundWorker, WorkerEvents, WorkerFactory } from './worker';
import type { WorkerReply } from '../worker/protocol';

const STACK_SIZE_MB = 256;

export function nodeWorkerFactory(script: string): WorkerFactory {
  return (events: WorkerEvents): BackgroundWorker => {
    const w = new Worker(script, { resourceLimits: { stackSizeMb: STACK_SIZE_MB } });
    let ended = false;
    w.on('message', (m: WorkerReply) => events.onReply(m));
    w.on('error', (e) => {
      ended = true;
      events.onCrash(e);
    });
    w.on('exit', (code) => {
      if (ended) return;
      ended = true;
      events.onCrash(new Error(`background worker exited (code ${code})`));
    });
    // Not keeping the extension host alive for an idle worker.
    w.unref();
    return {
      post: (req) => w.postMessage(req),
      terminate: () => {
        ended = true;
        void w.terminate();
      },
    };
  };
}
