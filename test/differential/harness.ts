// The differential suite's comparison: runs a corpus program in the simulator and compares what it printed
// with the CPython golden. Used by differential.test.ts and scripts/update-known-failures.mjs.

import '../../src/model/v8tuning';
import { existsSync, readFileSync } from 'node:fs';
import { runSource } from '../../src/model/index';
import type { PythonVersion } from '../../src/model/profiles/profile';
import { lastNonEmptyLine, programPath, readGolden, type Observed } from './corpus';

/** Bytecode instructions a corpus program may run before the simulator must give up (none comes close). */
const MAX_STEPS = 50_000_000;

export interface CheckResult {
  id: string;
  ok: boolean;
  expected: Observed;
  /** undefined when runSource threw. */
  actual?: Observed;
  /** One line saying what differs ("" when ok). */
  summary: string;
  /** The JS stack when runSource threw. */
  error?: string;
}

/** Runs one program in the simulator and compares it with the golden of `version`. */
export function checkProgram(id: string, version: PythonVersion): CheckResult {
  const expected = readGolden(version, id);
  // The file's bytes, as CPython reads them (coding declarations, null bytes).
  const source = new Uint8Array(readFileSync(programPath(id)));
  const filename = `${id.slice(id.indexOf('/') + 1)}.py`;
  // name.stdin next to the program is its standard input (else an empty one).
  const stdinPath = programPath(id).replace(/\.py$/, '.stdin');
  const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : undefined;
  let actual: Observed;
  try {
    const r = runSource(source, { filename, python: version, maxSteps: MAX_STEPS, stdin });
    actual = { stdout: r.stdout, exitCode: r.exitCode, stderrLast: lastNonEmptyLine(r.stderr) };
  } catch (e) {
    const err = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { id, ok: false, expected, summary: `runSource threw: ${err.split('\n')[0]}`, error: err };
  }
  return { id, ok: differences(expected, actual).length === 0, expected, actual, summary: summarize(expected, actual) };
}

/** The compared fields that differ. stderr is compared only when CPython wrote to it or failed. */
export function differences(expected: Observed, actual: Observed): string[] {
  const out: string[] = [];
  if (expected.stdout !== actual.stdout) out.push('stdout');
  if (expected.exitCode !== actual.exitCode) out.push('exitCode');
  const compareStderr = expected.stderrLast !== '' || expected.exitCode !== 0;
  if (compareStderr && expected.stderrLast !== actual.stderrLast) out.push('stderrLast');
  return out;
}

function summarize(expected: Observed, actual: Observed): string {
  const diffs = differences(expected, actual);
  if (diffs.length === 0) return '';
  const parts: string[] = [];
  if (diffs.includes('stdout')) {
    const e = expected.stdout.split('\n');
    const a = actual.stdout.split('\n');
    let i = 0;
    while (i < e.length && i < a.length && e[i] === a[i]) i++;
    parts.push(`stdout line ${i + 1}: expected ${JSON.stringify(e[i] ?? '<end>')}, got ${JSON.stringify(a[i] ?? '<end>')}`);
  }
  if (diffs.includes('exitCode')) parts.push(`exit code ${actual.exitCode}, expected ${expected.exitCode}`);
  if (diffs.includes('stderrLast')) {
    parts.push(`stderr ends ${JSON.stringify(actual.stderrLast)}, expected ${JSON.stringify(expected.stderrLast)}`);
  }
  return parts.join('; ');
}
