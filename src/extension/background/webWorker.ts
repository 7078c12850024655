// Background workers in browser VS Code: a Web Worker running dist/web/summaryWorker.js.

import type { BackgroundWorker, WorkerEvents, WorkerFactory } from './worker';
import type { WorkerReply } from '../worker/protocol';

interface WebWorker {
  onmessage: ((e: { data: WorkerReply }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  postMessage(m: unknown): void;
  terminate(): void;
}
declare const Worker: { new (url: string): WebWorker };

export function webWorkerFactory(scriptUrl: string): WorkerFactory {
  return (events: WorkerEvents): BackgroundWorker => {
    const w = new Worker(scriptUrl);
    w.onmessage = (e) => events.onReply(e.data);
    w.onerror = (e) => events.onCrash(new Error(e.message ?? 'background worker failed'));
    return { post: (req) => w.postMessage(req), terminate: () => w.terminate() };
  };
}
