// The differential suite's shared logic: which programs exist, what real CPython printed for them
// (goldens recorded by scripts/record-goldens.mjs), and whether the simulator prints the same.
// Used by differential.test.ts, corpus.test.ts and scripts/update-known-failures.mjs.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSource } from '../../src/model/index';
import type { PythonVersion } from '../../src/model/profiles/profile';

export const DIFF_DIR = dirname(fileURLToPath(import.meta.url));
export const PROGRAMS_DIR = join(DIFF_DIR, 'programs');
export const GOLDEN_DIR = join(DIFF_DIR, 'golden');
export const KNOWN_FAILURES_FILE = join(DIFF_DIR, 'known-failures.txt');

/** Bytecode instructions a corpus program may run before the simulator must give up (none comes close). */
const MAX_STEPS = 50_000_000;

/** What a program printed: the part of a run the suite compares. */
export interface Observed {
  stdout: string;
  exitCode: number;
  /** The last non-empty stderr line, e.g. "KeyError: 'b'" ("" when stderr is empty). */
  stderrLast: string;
}

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

/** "category/name" of every program in programs/, sorted. */
export function listPrograms(): string[] {
  const ids: string[] = [];
  for (const category of readdirSync(PROGRAMS_DIR).sort()) {
    const dir = join(PROGRAMS_DIR, category);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.py')) ids.push(`${category}/${file.slice(0, -3)}`);
    }
  }
  return ids;
}

/** "category/name" of every golden recorded for a version, sorted. */
export function listGoldens(version: string): string[] {
  const root = join(GOLDEN_DIR, version);
  if (!existsSync(root)) return [];
  const ids: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.json')) ids.push(relative(root, p).split(sep).join('/').slice(0, -'.json'.length));
    }
  };
  walk(root);
  return ids.sort();
}

export function programPath(id: string): string {
  return join(PROGRAMS_DIR, `${id}.py`);
}

export function goldenPath(version: string, id: string): string {
  return join(GOLDEN_DIR, version, `${id}.json`);
}

export function hasGolden(version: string, id: string): boolean {
  return existsSync(goldenPath(version, id));
}

export function readGolden(version: string, id: string): Observed {
  const g = JSON.parse(readFileSync(goldenPath(version, id), 'utf8')) as Partial<Observed>;
  if (typeof g.stdout !== 'string' || typeof g.exitCode !== 'number' || typeof g.stderrLast !== 'string') {
    throw new Error(`malformed golden ${goldenPath(version, id)}`);
  }
  return { stdout: g.stdout, exitCode: g.exitCode, stderrLast: g.stderrLast };
}

export function lastNonEmptyLine(text: string): string {
  const lines = text.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trimEnd();
    if (line.trim() !== '') return line;
  }
  return '';
}

/** known-failures.txt: `category/name  # reason` per line; blank lines and `#` lines are comments. */
export function readKnownFailures(file = KNOWN_FAILURES_FILE): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(file)) return known;
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const hash = line.indexOf('#');
    const id = (hash < 0 ? line : line.slice(0, hash)).trim();
    const reason = hash < 0 ? '' : line.slice(hash + 1).trim();
    known.set(id, reason);
  }
  return known;
}

/** Runs one program in the simulator and compares it with the golden of `version`. */
export function checkProgram(id: string, version: PythonVersion): CheckResult {
  const expected = readGolden(version, id);
  const source = readFileSync(programPath(id), 'utf8');
  const filename = `${id.slice(id.indexOf('/') + 1)}.py`;
  let actual: Observed;
  try {
    const r = runSource(source, { filename, python: version, maxSteps: MAX_STEPS });
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
