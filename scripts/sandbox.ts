// npm run sandbox: a real VS Code (code-server) in the browser, with this build of the
// extension installed from its .vsix and a copy of examples/ open — try PyHeap without
// installing VS Code. Listens on 127.0.0.1 only; PORT=nnnn picks the port (8080 by
// default). Ctrl+C stops it and removes the temporary folder.
import { join } from 'node:path';
import { packageExtension, ROOT, startCodeServer } from '../test/e2e/harness/codeServer';

async function main(): Promise<void> {
  const vsix = packageExtension();
  const port = Number(process.env.PORT ?? 8080);
  const cs = await startCodeServer({ vsix, workspace: join(ROOT, 'examples'), port });
  console.log(`\nPyHeap sandbox: open ${cs.url}\n(workspace copy: ${cs.workspace}; Ctrl+C to stop)\n`);
  const stop = (): void => {
    void cs.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
