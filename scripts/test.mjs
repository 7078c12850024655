// npm test: every test/**/*.test.ts through node's built-in runner (Node 20 has no
// glob support on the command line, so the files are listed here). Extra arguments
// filter by path substring: `npm test -- differential`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { STACK_RLIMIT_KB, STACK_SIZE_KB } from './cli-launcher.mjs';

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}
const filters = process.argv.slice(2);
const files = walk('test').filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
// The tests run the model in-process: give them the `pyheap` launcher's JavaScript stack
// (scripts/cli-launcher.mjs), in a process whose stack limit the shell raised first, so
// that deep recursion behaves as in the CLI.
const raised = spawnSync('sh', ['-c', `ulimit -S -s ${STACK_RLIMIT_KB}`]).status === 0;
const node = [process.execPath, ...(raised ? [`--stack-size=${STACK_SIZE_KB}`] : [])];
const r = spawnSync('sh', ['-c', `${raised ? `ulimit -S -s ${STACK_RLIMIT_KB}; ` : ''}exec "$@"`, 'sh',
  ...node, '--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
