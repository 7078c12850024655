// Public API of the simulated CPython. Everything outside src/model (CLI, debug
// adapter, extension, tests) goes through this file.

import type { PythonVersion } from './profiles/profile';

export interface RunOptions {
  /** The file name as CPython would see it (tracebacks print it). */
  filename: string;
  python?: PythonVersion;
  /** Stop with a clear message after this many bytecode instructions. */
  maxSteps?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** 0, 1 on an uncaught exception or SyntaxError, 70 on an internal fault, as the CLI exits. */
  exitCode: number;
}

/** Runs a whole program as `python FILE` would and returns what it printed. */
export function runSource(source: string, options: RunOptions): RunResult {
  void source;
  void options;
  throw new Error('internal: the interpreter is not assembled yet');
}
