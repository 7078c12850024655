// `pyheap` command line (contract in shared/docs/architecture.md):
//   pyheap run FILE [--python 3.11] [--max-steps N]   behaves like `python3.11 FILE`
//   pyheap trace FILE [--python 3.11] [--json] [--max-steps N]
//                                                   per executed line: refcount deltas,
//                                                   allocations, frees and GC runs

import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve, isAbsolute } from 'node:path';
import { isatty } from 'node:tty';
import { runSource, traceSource, decodeSourceBytes } from '../model/index';
import type { PythonVersion } from '../model/profiles/profile';
import { formatTrace } from './formatTrace';
import { writeAll, outputPending } from './stdio';
import { stdinChunks } from './stdin';

const VERSIONS: readonly PythonVersion[] = ['3.11'];

const USAGE = `usage: pyheap run FILE [--python 3.11] [--max-steps N]
       pyheap trace FILE [--python 3.11] [--max-steps N] [--json]
       pyheap dap

  run     run FILE on the simulated CPython heap, as 'python FILE' would
  trace   run FILE and print, per executed line, the reference-count changes,
          allocations, frees and garbage collections it caused
  dap     the debug adapter (Debug Adapter Protocol over stdin/stdout), for
          nvim-dap, Emacs dape and other DAP clients
`;

interface Args {
  command: 'run' | 'trace';
  file: string;
  python: PythonVersion;
  maxSteps: number | undefined;
  json: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    writeAll(1, USAGE);
    process.exit(0);
  }
  if (command !== 'run' && command !== 'trace') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  let file: string | undefined;
  let python: PythonVersion = '3.11';
  let maxSteps: number | undefined;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--python') {
      const v = rest[++i];
      if (!VERSIONS.includes(v as PythonVersion)) throw new UsageError(`--python must be one of ${VERSIONS.join(', ')} (got '${v ?? ''}')`);
      python = v as PythonVersion;
    } else if (a === '--max-steps') {
      const v = Number(rest[++i]);
      if (!Number.isInteger(v) || v <= 0) throw new UsageError('--max-steps takes a positive whole number');
      maxSteps = v;
    } else if (a === '--json' && command === 'trace') {
      json = true;
    } else if (a.startsWith('-')) {
      throw new UsageError(`unknown option '${a}'`);
    } else if (file === undefined) {
      file = a;
    } else {
      throw new UsageError(`unexpected argument '${a}'`);
    }
  }
  if (file === undefined) throw new UsageError('missing FILE');
  return { command, file, python, maxSteps, json };
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    writeAll(2, `${USAGE}\npyheap: error: ${e.message}\n`);
    return 2;
  }
  // The script's path as CPython 3.9+ makes it (__file__, tracebacks, warnings): the
  // current directory joined to a relative path, without normalising it.
  let filename = isAbsolute(args.file) ? args.file : `${process.cwd()}/${args.file}`;
  // A directory runs its __main__.py (pymain_run_python: the path is importable).
  if (isDirectory(args.file)) {
    const main = `${filename.replace(/\/+$/, '')}/__main__.py`;
    if (!existsSync(main)) {
      writeAll(2, `pyheap: can't find '__main__' module in '${resolve(args.file)}'\n`);
      return 1;
    }
    filename = main;
  }
  // The bytes: the model decodes them as CPython's tokenizer does (coding declarations,
  // "Non-UTF-8 code" and null-byte SyntaxErrors).
  let source: Uint8Array;
  try {
    source = readFileSync(filename);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // CPython's wording (Modules/main.c pymain_run_file_obj: the strerror of fopen).
    const why = err.code === 'ENOENT' ? '[Errno 2] No such file or directory'
      : err.code === 'EACCES' ? '[Errno 13] Permission denied' : String(err.message);
    writeAll(2, `pyheap: can't open file '${resolve(args.file)}': ${why}\n`);
    return 2;
  }
  const options = { filename, python: args.python, maxSteps: args.maxSteps };
  if (args.command === 'run') {
    // Written as the program writes it, so stdout and stderr interleave as CPython's do.
    const r = runSource(source, {
      ...options, onStdout: (s) => writeAll(1, s), onStderr: (s) => writeAll(2, s), stdoutIsTTY: isatty(1),
      stdin: stdinChunks(), stdinIsTTY: isatty(0),
    });
    return r.exitCode;
  }
  const t = traceSource(source, options);
  if (args.json) {
    writeAll(1, JSON.stringify(t, null, 1) + '\n');
  } else {
    writeAll(1, formatTrace(t, decodeSourceBytes(source, filename).text));
  }
  return t.result.exitCode;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Runs the command line in process.argv and ends the process with its exit code. */
export function runCli(): void {
  let code: number;
  try {
    code = main();
  } catch (e) {
    // Nothing a program does may surface as a JavaScript stack trace.
    writeAll(2, `PyHeap internal error: ${e instanceof Error ? e.message : String(e)}\n` +
      'Please report it with the program that caused it.\n');
    code = 70;
  }
  process.exitCode = code;
  // Exit at once when all output is written: a natural exit tears the V8 heap down
  // first, which costs a big program's simulated heap hundreds of milliseconds.
  if (!outputPending()) process.exit(code);
}
