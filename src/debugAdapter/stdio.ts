// The debug adapter over stdio: `node dist/debugAdapter.js` (the `program` of the
// pyheap debugger contribution, `pyheap dap`, nvim-dap, dape, the DAP tests).
import '../model/v8tuning';

import { PyHeapDebugSession } from './session';
import { nodeSessionHost } from './nodeHost';

const session = new PyHeapDebugSession(nodeSessionHost());
session.setRunAsServer(false);
session.start(process.stdin, process.stdout);
process.on('SIGTERM', () => session.shutdown());
// The client is gone (its end of stdin closed): nothing can reach this session any more.
process.stdin.on('close', () => {
  session.shutdown();
  process.exit(0);
});
