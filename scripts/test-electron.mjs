// npm run test:electron: the e2e flows (test/electron/suite.ts) in desktop VS Code through
// @vscode/test-electron, which downloads VS Code from update.code.visualstudio.com —
// for machines that can (the project's own machines cannot; `npm test` runs the same
// flows in code-server instead, test/e2e/). Builds the suite, copies examples/ into a
// temporary workspace, starts VS Code with this folder as the extension under
// development and no other extension.
import { build } from 'esbuild';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = resolve('.');
const out = join(root, '.cache', 'electron', 'suite.js');
await build({
  entryPoints: ['test/electron/suite.ts'], outfile: out, bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', external: ['vscode'], logLevel: 'warning',
});
const dir = mkdtempSync(join(tmpdir(), 'pyheap-electron-'));
const workspace = join(dir, 'examples');
cpSync(join(root, 'examples'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: out,
    launchArgs: [workspace, '--disable-extensions', '--user-data-dir', join(dir, 'user-data')],
  });
} catch (e) {
  console.error(`test:electron failed: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
