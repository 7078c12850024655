// The host's handle on a debuggee thread in Node: starts dist/debuggee.js in a worker
// with a stack large enough for CPython's recursion limit through runtime calls,
// sends requests (answered while the program is stopped) and resume commands, and
// reports the thread's events. Nothing here blocks the host: the simulation runs in
// the thread.

import { Worker, MessageChannel, type MessagePort } from 'node:worker_threads';
import { join } from 'node:path';
import { CELL_COUNT, CELL_PAUSE, CELL_SIGNAL, type HostMessage, type LaunchOptions, type Methods, type MethodName, type ThreadMessage } from './protocol';
import type { ResumeCommand } from '../model/debug/types';
import { DebuggeeEvents, type DebuggeeClient } from './client';

/** The JS stack of the debuggee thread: CPython's default recursion limit (1000) through
 *  runtime calls (__init__ run by a class call, key= functions...) needs a few MB. */
const STACK_MB = 64;

export class NodeDebuggeeClient extends DebuggeeEvents implements DebuggeeClient {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly cells: Int32Array;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private exited = false;

  constructor(launch: LaunchOptions, workerPath = join(__dirname, 'debuggee.js')) {
    super();
    const sab = new SharedArrayBuffer(4 * CELL_COUNT);
    this.cells = new Int32Array(sab);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerPath, {
      workerData: { cells: sab, port: port2, launch },
      transferList: [port2],
      // A young generation as large as the CLI's (--max-semi-space-size=64): simulated objects
      // are JS objects, and most die young.
      resourceLimits: { stackSizeMb: STACK_MB, maxYoungGenerationSizeMb: 192 },
      stdout: false,
      stderr: false,
    });
    this.worker.on('message', (m: ThreadMessage) => this.onMessage(m));
    this.worker.on('error', (e) => this.fail(`the debuggee thread failed: ${e.message}`));
    this.worker.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) p.reject(new Error('the program has ended'));
      this.pending.clear();
      this.emit('exit', undefined);
    });
  }

  private fail(message: string): void {
    this.emit('fatal', message);
  }

  private onMessage(m: ThreadMessage): void {
    switch (m.type) {
      case 'response': {
        const p = this.pending.get(m.id);
        if (p === undefined) return;
        this.pending.delete(m.id);
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.result);
        return;
      }
      case 'stopped': this.emit('stopped', m.stop); return;
      case 'continued': this.emit('continued', undefined); return;
      case 'output': this.emit('output', { category: m.category, text: m.text }); return;
      case 'ended': this.emit('ended', m.end); return;
      case 'terminated': this.emit('terminated', undefined); return;
      case 'fatal': this.fail(m.message); return;
    }
  }

  private send(m: HostMessage): void {
    if (this.exited) return;
    this.port.postMessage(m);
    Atomics.add(this.cells, CELL_SIGNAL, 1);
    Atomics.notify(this.cells, CELL_SIGNAL);
  }

  request<M extends MethodName>(method: M, args: Methods[M]['args']): Promise<Methods[M]['result']> {
    if (this.exited) return Promise.reject(new Error('the program has ended'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ type: 'request', id, method, args });
    });
  }

  resume(command: ResumeCommand): void {
    this.send({ type: 'resume', command });
  }

  pause(): void {
    Atomics.store(this.cells, CELL_PAUSE, 1);
  }

  /** Ends the program: asks the thread (so a stopped run unwinds), then stops the thread. */
  async terminate(): Promise<void> {
    if (this.exited) return;
    this.send({ type: 'resume', command: { kind: 'terminate' } });
    await this.worker.terminate();
  }
}
