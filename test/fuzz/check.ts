// Runs one fuzz program in the simulator (in this thread, with a step bound) and
// classifies how it ended. A failure is anything the simulator must never do:
// let a JavaScript exception escape (the CLI's exit 70, "PyHeap internal error")
// or print a JavaScript stack trace. Hangs past the bound are caught by the
// driver's watchdog (scripts/fuzz.ts), which runs this in a worker thread.

import { runSource, EXIT_INTERNAL, EXIT_MAX_STEPS } from '../../src/model/index';

export type Outcome = 'ok' | 'exception' | 'steps' | 'internal' | 'jsstack';

export interface SimRun {
  outcome: Outcome;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The first line of what went wrong, for the summary. */
  detail: string;
}

/** A line of a JavaScript stack trace ("    at fn (file.ts:12:3)"). */
const JS_STACK = /^\s+at (?:.+ \()?(?:\/|node:|file:|<anonymous>|native)[^\n]*:\d+:\d+\)?$/m;

export function runInSimulator(source: string | Uint8Array, filename: string, maxSteps: number): SimRun {
  let r: { stdout: string; stderr: string; exitCode: number };
  try {
    r = runSource(source, { filename, python: '3.11', maxSteps });
  } catch (e) {
    // runSource itself never throws: anything here escaped the interpreter's own guard.
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { outcome: 'internal', stdout: '', stderr: e instanceof Error ? String(e.stack) : msg, exitCode: EXIT_INTERNAL, detail: `runSource threw ${msg}` };
  }
  const run = { ...r, outcome: 'ok' as Outcome, detail: '' };
  if (r.exitCode === EXIT_INTERNAL || r.stderr.includes('PyHeap internal error')) {
    run.outcome = 'internal';
    run.detail = /PyHeap internal error: ([^\n]*)/.exec(r.stderr)?.[1] ?? `exit ${r.exitCode}`;
  } else if (JS_STACK.test(r.stdout) || JS_STACK.test(r.stderr)) {
    run.outcome = 'jsstack';
    run.detail = (JS_STACK.exec(r.stderr) ?? JS_STACK.exec(r.stdout))![0].trim();
  } else if (r.exitCode === EXIT_MAX_STEPS) {
    run.outcome = 'steps';
  } else if (r.exitCode !== 0) {
    run.outcome = 'exception';
    run.detail = lastLine(r.stderr);
  }
  return run;
}

export function lastLine(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines.length === 0 ? '' : lines[lines.length - 1];
}
