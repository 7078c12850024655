// The debug adapter over stdio: `node dist/debugAdapter.js` (the `program` of the
import '../model/v8tuning';
// pyheap debugger contribution, `pyheap dap`, nvim-dap, dape, the DAP tests).

import { PyHeapDebugSession } from './session';
import { nodeSessionHost } from './nodeHost';

const session = new PyHeapDebugSession(nodeSessionHost());
session.setRunAsServer(false);
session.start(process.stdin, process.stdout);
process.on('SIGTERM', () => session.shutdown());
