// How the differential goldens run real CPython (`python FILE` from the program's folder): the environment
// and spawnSync options shared by scripts/record-goldens.mjs and scripts/record-settrace.mjs, so a traced run
// sees exactly the interpreter state the goldens were printed in.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A clean environment: fixed hash seed, UTF-8 output, no .pyc files. */
export function cpythonEnv(extra = {}) {
  return {
    ...extra,
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    LANG: 'C.UTF-8',
    PYTHONHASHSEED: '0',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONIOENCODING: 'utf-8',
  };
}

/** The standard input a program gets: the text of name.stdin next to name.py, as
 *  spawnSync options ({} when there is none: stdin stays closed). */
export function cpythonStdin(cwd, file) {
  const path = join(cwd, file.replace(/\.py$/, '.stdin'));
  if (!existsSync(path)) return {};
  return { stdio: ['pipe', 'pipe', 'pipe'], input: readFileSync(path, 'utf8') };
}

/** spawnSync options: stdin closed, output captured as text. */
export function cpythonSpawnOptions(cwd, timeoutMs, extraEnv = {}) {
  return {
    cwd,
    env: cpythonEnv(extraEnv),
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  };
}
