// npm run fuzz -- [--seed N] [--count N] [--max-steps N] [--differential] [--hang-ms N]
//
// Runs `count` programs — grammar-generated (even seeds) and mutants of the differential
// corpus (odd seeds), test/fuzz/ — through the simulator with a step bound, in a worker
// thread (with the CLI's stack) that a watchdog terminates when a program does not come
// back. Failures: an internal error (exit 70), a JavaScript stack trace in the output,
// a hang past the bound, a crashed worker, and with --differential a difference from
// CPython 3.11.7 on a program CPython runs in under 2 s (addresses normalised,
// test/fuzz/normalize.ts). Each failure is saved under .fuzz/failures/ as
// <kind>-<seed>.py with a .json beside it; `--seed <seed> --count 1` runs it again.

import { Worker } from 'node:worker_threads';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fuzzProgram, sourceBytes, type FuzzProgram } from '../test/fuzz/program';
import { lastLine, type SimRun } from '../test/fuzz/check';
import { normalizeOutput } from '../test/fuzz/normalize';
import type { WorkerRequest } from '../test/fuzz/worker';
import { cpythonEnv } from './cpython-env.mjs';

interface Options {
  seed: number;
  count: number;
  maxSteps: number;
  differential: boolean;
  hangMs: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { seed: 1, count: 1000, maxSteps: 200_000, differential: false, hangMs: 20_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} takes a whole number`);
      return v;
    };
    if (a === '--seed') o.seed = num();
    else if (a === '--count') o.count = num();
    else if (a === '--max-steps') o.maxSteps = num();
    else if (a === '--hang-ms') o.hangMs = num();
    else if (a === '--differential') o.differential = true;
    else throw new Error(`unknown option '${a}'`);
  }
  return o;
}

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, '.fuzz');
const WORK = join(OUT, 'work');
const FAILURES = join(OUT, 'failures');
/** The file both interpreters run (the same absolute path, so tracebacks and warnings name it alike). */
const PROGRAM = join(WORK, 'prog.py');
const PYTHON = `${process.env.PYENV_ROOT || '/root/.pyenv'}/versions/3.11.7/bin/python`;
const CPYTHON_TIMEOUT_MS = 2000;
/** The CLI's JavaScript stack (scripts/cli-launcher.mjs), for deep recursion. */
const STACK_MB = 60;

type Kind = 'internal' | 'jsstack' | 'hang' | 'crash' | 'mismatch';

/** The simulator in a worker thread, restarted after a hang or a crash. */
class SimWorker {
  private w: Worker | null = null;

  /** A new thread, once it has loaded the simulator (a loaded machine takes seconds). */
  private start(): Promise<Worker> {
    const w = new Worker(join(ROOT, 'test', 'fuzz', 'worker-entry.mjs'), {
      resourceLimits: { stackSizeMb: STACK_MB, maxYoungGenerationSizeMb: 192 },
    });
    w.unref();
    return new Promise((ready, fail) => {
      w.once('message', () => ready(w));
      w.once('error', fail);
    });
  }

  async run(req: WorkerRequest, hangMs: number): Promise<{ run: SimRun } | { failed: 'hang' | 'crash'; detail: string }> {
    const w = (this.w ??= await this.start());
    return new Promise((done) => {
      const finish = (v: { run: SimRun } | { failed: 'hang' | 'crash'; detail: string }): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        done(v);
      };
      const onMessage = (m: { seed: number; run: SimRun }): void => finish({ run: m.run });
      const onError = (e: Error): void => {
        this.w = null;
        finish({ failed: 'crash', detail: `worker died: ${e.message}` });
      };
      const onExit = (code: number): void => {
        this.w = null;
        finish({ failed: 'crash', detail: `worker exited with ${code}` });
      };
      const timer = setTimeout(() => {
        this.w = null;
        void w.terminate();
        finish({ failed: 'hang', detail: `no answer after ${hangMs} ms (bound ${req.maxSteps} steps)` });
      }, hangMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(req);
    });
  }

  stop(): void {
    if (this.w !== null) void this.w.terminate();
  }
}

interface CPythonRun {
  stdout: string;
  stderr: string;
  exitCode: number;
  timedOut: boolean;
}

function runCPython(): Promise<CPythonRun> {
  return new Promise((done) => {
    const p = spawn(PYTHON, ['prog.py'], { cwd: WORK, env: cpythonEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [], err: Buffer[] = [];
    let outLen = 0;
    p.stdout.on('data', (b: Buffer) => {
      outLen += b.length;
      if (outLen < 64 << 20) out.push(b);
    });
    p.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, CPYTHON_TIMEOUT_MS);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), exitCode: code ?? (signal ? 128 : 1), timedOut });
    });
  });
}

/** Why the simulator's run may differ from CPython's without a wrong fact: a clear
 *  refusal of something outside the subset, or the simulated heap's documented cap. */
function refusal(sim: SimRun): string | null {
  const last = lastLine(sim.stderr);
  if (/^NotImplementedError\b/.test(last)) return 'refused (NotImplementedError)';
  if (/^SyntaxError: .*(not supported|unsupported)/i.test(last)) return 'refused (unsupported syntax)';
  if (/^MemoryError\b/.test(last)) return 'MemoryError (simulated heap cap)';
  return null;
}

/** The fields that differ after normalisation, or [] when the runs agree. */
function compare(sim: SimRun, py: CPythonRun): string[] {
  const diffs: string[] = [];
  if (normalizeOutput(sim.stdout) !== normalizeOutput(py.stdout)) diffs.push('stdout');
  if (normalizeOutput(sim.stderr) !== normalizeOutput(py.stderr)) diffs.push('stderr');
  if (sim.exitCode !== py.exitCode) diffs.push('exit code');
  return diffs;
}

function firstDifference(a: string, b: string): string {
  const la = a.split('\n'), lb = b.split('\n');
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  return `line ${i + 1}: simulator ${JSON.stringify((la[i] ?? '<end>').slice(0, 120))} vs CPython ${JSON.stringify((lb[i] ?? '<end>').slice(0, 120))}`;
}

function save(kind: Kind, p: FuzzProgram, detail: string, extra: object): void {
  mkdirSync(FAILURES, { recursive: true });
  const base = join(FAILURES, `${kind}-${p.seed}`);
  writeFileSync(`${base}.py`, sourceBytes(p));
  writeFileSync(`${base}.json`, JSON.stringify({ kind, seed: p.seed, origin: p.origin, detail, rerun: `npm run fuzz -- --seed ${p.seed} --count 1`, ...extra }, null, 1) + '\n');
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  const sim = new SimWorker();
  const failures = new Map<Kind, number>();
  const outcomes = new Map<string, number>();
  const details = new Map<string, number>();
  const diff = { compared: 0, same: 0, cpythonSlow: 0, skipped: 0, refused: 0 };
  const t0 = performance.now();
  let lastReport = t0;
  const fail = (kind: Kind, p: FuzzProgram, detail: string, extra: object = {}): void => {
    failures.set(kind, (failures.get(kind) ?? 0) + 1);
    const key = `${kind}: ${detail.replace(/\d+/g, 'N').slice(0, 100)}`;
    const seen = details.get(key) ?? 0;
    details.set(key, seen + 1);
    if (seen === 0) console.log(`seed ${p.seed} (${p.origin}): ${kind}: ${detail}`);
    save(kind, p, detail, extra);
  };
  for (let i = 0; i < o.count; i++) {
    const p = fuzzProgram(o.seed + i);
    const bytes = sourceBytes(p);
    writeFileSync(PROGRAM, bytes);
    const cpython = o.differential ? runCPython() : null;
    const r = await sim.run({ seed: p.seed, source: bytes, filename: PROGRAM, maxSteps: o.maxSteps }, o.hangMs);
    const py = cpython === null ? null : await cpython;
    if ('failed' in r) {
      outcomes.set(r.failed, (outcomes.get(r.failed) ?? 0) + 1);
      fail(r.failed, p, r.detail);
    } else {
      const s = r.run;
      outcomes.set(s.outcome, (outcomes.get(s.outcome) ?? 0) + 1);
      if (s.outcome === 'internal' || s.outcome === 'jsstack') fail(s.outcome, p, s.detail, { stderr: s.stderr.slice(0, 4000) });
      else if (py !== null) {
        if (py.timedOut) diff.cpythonSlow++;
        else if (s.outcome === 'steps') diff.skipped++;
        else {
          diff.compared++;
          const d = compare(s, py);
          if (d.length === 0) diff.same++;
          else if (refusal(s) !== null) diff.refused++;
          else {
            const what = d[0] === 'stdout' ? firstDifference(normalizeOutput(s.stdout), normalizeOutput(py.stdout))
              : d[0] === 'stderr' ? `${JSON.stringify(lastLine(s.stderr))} vs CPython ${JSON.stringify(lastLine(py.stderr))}`
              : `exit ${s.exitCode} vs CPython ${py.exitCode}`;
            fail('mismatch', p, `${d.join(', ')} differ: ${what}`, {
              simulator: { stdout: s.stdout.slice(0, 4000), stderr: s.stderr.slice(0, 4000), exitCode: s.exitCode },
              cpython: { stdout: py.stdout.slice(0, 4000), stderr: py.stderr.slice(0, 4000), exitCode: py.exitCode },
            });
          }
        }
      }
    }
    const now = performance.now();
    if (now - lastReport > 60_000) {
      lastReport = now;
      console.log(`… ${i + 1}/${o.count} programs, ${((i + 1) / ((now - t0) / 1000)).toFixed(1)}/s, failures ${JSON.stringify(Object.fromEntries(failures))}`);
    }
  }
  sim.stop();
  const secs = (performance.now() - t0) / 1000;
  console.log(`\n${o.count} programs (seeds ${o.seed}..${o.seed + o.count - 1}, bound ${o.maxSteps} steps) in ${secs.toFixed(1)} s: ${(o.count / secs).toFixed(1)} programs/s`);
  console.log(`outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (o.differential) {
    console.log(`differential: ${diff.compared} compared, ${diff.same} identical, ${diff.refused} refused or at the heap cap, ` +
      `${diff.cpythonSlow} over CPython's ${CPYTHON_TIMEOUT_MS} ms, ${diff.skipped} stopped by the step bound`);
  }
  const total = [...failures.values()].reduce((a, b) => a + b, 0);
  console.log(`failures: ${total === 0 ? 'none' : [...failures].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [k, v] of [...details].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${v}× ${k}`);
  if (total > 0) console.log(`saved under ${FAILURES}`);
  return total === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`fuzz: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
