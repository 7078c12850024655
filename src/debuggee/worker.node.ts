// The debuggee thread in Node (worker_threads): the extension host and the stdio
// adapter start it with a port for the host's messages and shared cells for signals
// (protocol.ts). receiveMessageOnPort reads the port synchronously, so the thread can
// wait for the host's next request while the interpreter's stack stays as it is.

import { parentPort, workerData, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { CELL_PAUSE, CELL_SIGNAL, type HostMessage, type LaunchOptions, type ThreadMessage } from './protocol';
import { DebuggeeService, type Inbox } from './service';

interface WorkerData {
  cells: SharedArrayBuffer;
  port: MessagePort;
  launch: LaunchOptions;
}

const data = workerData as WorkerData;
const cells = new Int32Array(data.cells);
const post = (m: ThreadMessage): void => parentPort!.postMessage(m);
let seen = 0;

const inbox: Inbox = {
  poll() {
    seen = Atomics.load(cells, CELL_SIGNAL);
    const m = receiveMessageOnPort(data.port);
    return m === undefined ? undefined : (m.message as HostMessage);
  },
  wait() {
    // Returns at once if the host signalled since poll() looked.
    Atomics.wait(cells, CELL_SIGNAL, seen, 10_000);
  },
  takePause() {
    return Atomics.exchange(cells, CELL_PAUSE, 0) === 1;
  },
};

try {
  new DebuggeeService(data.launch, inbox, post).run();
} catch (e) {
  post({ type: 'fatal', message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
}
