// The differential corpus on disk: programs, the goldens real CPython printed for them (recorded by
// scripts/record-goldens.mjs) and known-failures.txt. Pure file access: no simulator import, so the
// corpus checks run even while the model does not build.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIFF_DIR = dirname(fileURLToPath(import.meta.url));
export const PROGRAMS_DIR = join(DIFF_DIR, 'programs');
export const GOLDEN_DIR = join(DIFF_DIR, 'golden');
export const KNOWN_FAILURES_FILE = join(DIFF_DIR, 'known-failures.txt');

/** What a program printed: the part of a run the suite compares. */
export interface Observed {
  stdout: string;
  exitCode: number;
  /** The last non-empty stderr line, e.g. "KeyError: 'b'" ("" when stderr is empty). */
  stderrLast: string;
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
