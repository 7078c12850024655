// The launch attributes of the `pyheap` debug type (the debug-type contract in
// shared/docs/architecture.md), checked: a client sends JSON, and a wrong type or an
// unsupported Python version is an error response that says what is wrong.

import type { DebugProtocol } from '@vscode/debugprotocol';

export const SUPPORTED_PYTHONS = ['3.11'] as const;

export interface PyHeapLaunchArgs extends DebugProtocol.LaunchRequestArguments {
  /** The Python file to run (absolute, or relative to cwd). */
  program: string;
  stopOnEntry?: boolean;
  /** The CPython version whose heap is simulated. */
  python?: string;
  /** Stop the program after this many bytecode instructions (a runaway loop ends with a message). */
  maxSteps?: number;
  cwd?: string;
  /** sys.argv[1:]. */
  args?: string[];
}

export interface CheckedLaunch {
  program: string;
  stopOnEntry: boolean;
  python: '3.11';
  maxSteps?: number;
  noDebug: boolean;
  cwd?: string;
  args: string[];
}

/** The arguments, checked; or the message of the error response. */
export function checkLaunchArgs(a: Partial<PyHeapLaunchArgs> | undefined): CheckedLaunch | string {
  if (a === undefined || a === null || typeof a !== 'object') return 'launch: "program" must be the path of a Python file (launch needs { "program": "path/to/file.py" })';
  if (typeof a.program !== 'string' || a.program.trim() === '') return 'launch: "program" must be the path of a Python file';
  if (a.stopOnEntry !== undefined && typeof a.stopOnEntry !== 'boolean') return 'launch: "stopOnEntry" must be true or false';
  if (a.noDebug !== undefined && typeof a.noDebug !== 'boolean') return 'launch: "noDebug" must be true or false';
  const python = a.python ?? '3.11';
  if (!(SUPPORTED_PYTHONS as readonly string[]).includes(python)) {
    return `launch: Python ${String(python)} is not simulated yet (supported: ${SUPPORTED_PYTHONS.join(', ')})`;
  }
  if (a.maxSteps !== undefined && (typeof a.maxSteps !== 'number' || !Number.isInteger(a.maxSteps) || a.maxSteps <= 0)) {
    return 'launch: "maxSteps" must be a positive whole number of bytecode instructions';
  }
  if (a.cwd !== undefined && typeof a.cwd !== 'string') return 'launch: "cwd" must be a path';
  if (a.args !== undefined && (!Array.isArray(a.args) || a.args.some((x) => typeof x !== 'string'))) return 'launch: "args" must be a list of strings';
  const out: CheckedLaunch = { program: a.program, stopOnEntry: a.stopOnEntry ?? false, python: '3.11', noDebug: a.noDebug ?? false, args: a.args ?? [] };
  if (a.maxSteps !== undefined) out.maxSteps = a.maxSteps;
  if (a.cwd !== undefined) out.cwd = a.cwd;
  return out;
}
