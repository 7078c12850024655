// How the differential goldens run real CPython (`python FILE` from the program's folder): the environment
// and spawnSync options shared by scripts/record-goldens.mjs and scripts/record-settrace.mjs, so a traced run
// sees exactly the interpreter state the goldens were printed in.

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
