// npm run bench: runs every program in bench/ on real CPython and on the simulator
// (the built CLI, full refcount accounting on) in the same run, checks that both
// print the same, and reports each ratio simulator/CPython and their geometric mean.
// Budget (issues 2-4): geometric mean ≤ 3×. Whole-process wall time.
//
//   npm run bench                      every program, 3 runs each, ratio of the minimums
//   npm run bench -- fib --runs 10     programs whose name contains 'fib', 10 runs each
//   npm run bench -- --cli OTHER/dist/cli.js   time another build of the CLI
//   npm run bench -- --cpu             CPU time (user+sys) instead of wall time
//
// Each run of CPython is followed by one of PyHeap, so that load from other processes
// hits both alike; min and median are printed (compare minimums before/after on a busy
// machine). BENCH_RUNS=N is the same as --runs N. On a machine shared with other jobs,
// wall time mostly measures the queue for the CPU: --cpu (Linux, 10 ms resolution)
// counts what the processes themselves used. V8's helper threads (concurrent compiler,
// GC) are included, which on an idle machine run beside the main thread: compare
// --cpu figures before/after a change, but judge the budget on wall time.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { homedir } from 'node:os';

const PYTHONS = { '3.11': '3.11.7' };

function parseArgs(argv) {
  const o = { version: '3.11', runs: Number(process.env.BENCH_RUNS ?? 3), cli: 'dist/cli.js', filter: undefined, cpu: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--python') o.version = argv[++i];
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--cli') o.cli = argv[++i];
    else if (a === '--cpu') o.cpu = true;
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else o.filter = a;
  }
  if (!PYTHONS[o.version]) usage(`--python must be one of ${Object.keys(PYTHONS).join(', ')}`);
  if (!Number.isInteger(o.runs) || o.runs < 1) usage('--runs takes a positive whole number');
  return o;
}

function usage(msg) {
  console.error(`bench: ${msg}\nusage: node scripts/bench.mjs [NAME-FILTER] [--runs N] [--cli PATH] [--cpu] [--python 3.11]`);
  process.exit(2);
}

function pyenvRoot() {
  try {
    return execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
  } catch {
    return join(homedir(), '.pyenv');
  }
}

const opts = parseArgs(process.argv.slice(2));
const python = join(pyenvRoot(), 'versions', PYTHONS[opts.version], 'bin', 'python');
if (!existsSync(python)) {
  console.error(`bench: CPython ${PYTHONS[opts.version]} not found at ${python}`);
  process.exit(2);
}
const cli = resolve(opts.cli);

// CPU time of the children this process has waited for (/proc/self/stat cutime and
// cstime, in clock ticks).
const CLK_TCK = opts.cpu ? Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) : 0;
function childrenCpuMs() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLK_TCK;
}

/** One whole-process run: milliseconds (wall, or CPU with --cpu) and stdout. */
function timeOnce(cmd, args, cwd) {
  const t0 = process.hrtime.bigint();
  const c0 = opts.cpu ? childrenCpuMs() : 0;
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' }, maxBuffer: 64 << 20 });
  const ms = opts.cpu ? childrenCpuMs() - c0 : Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(-500)}`);
  return { ms, out: r.stdout };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const dir = resolve('bench');
const files = readdirSync(dir).filter((f) => f.endsWith('.py') && (!opts.filter || f.includes(opts.filter))).sort();
const ratios = [];
let failed = false;
const col = (s, w) => String(s).padStart(w);
console.log(`PyHeap bench vs CPython ${PYTHONS[opts.version]} (${opts.runs} runs each, whole process, ${opts.cpu ? 'CPU' : 'wall'} ms; ratio of the minimums)`);
console.log('program'.padEnd(22) + col('cpython min', 12) + col('med', 7) + col('pyheap min', 12) + col('med', 7) + col('ratio', 9));
for (const f of files) {
  const cp = [];
  const ph = [];
  let cpOut = '';
  let phOut = '';
  try {
    for (let i = 0; i < opts.runs; i++) {
      const c = timeOnce(python, [f], dir);
      cp.push(c.ms);
      cpOut = c.out;
      // As the `pyheap` bin runs: executed, so that its launcher picks the node flags
      // and the startup snapshot.
      const p = timeOnce(cli, ['run', f, '--python', opts.version], dir);
      ph.push(p.ms);
      phOut = p.out;
    }
  } catch (e) {
    console.log(f.padEnd(22) + '   FAILED: ' + String(e.message).split('\n')[0]);
    failed = true;
    continue;
  }
  const same = phOut === cpOut;
  const ratio = Math.min(...ph) / Math.min(...cp);
  ratios.push(ratio);
  console.log(
    f.padEnd(22) + col(Math.min(...cp).toFixed(0), 12) + col(median(cp).toFixed(0), 7) + col(Math.min(...ph).toFixed(0), 12) +
      col(median(ph).toFixed(0), 7) + col(ratio.toFixed(2) + '×', 9) + (same ? '' : '   OUTPUT DIFFERS'),
  );
  if (!same) failed = true;
}
if (ratios.length) {
  const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  console.log(`geometric mean: ${geo.toFixed(2)}× (budget ≤ 3×) over ${ratios.length} programs`);
}
process.exit(failed ? 1 : 0);
