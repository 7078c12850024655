// Running a program as `python FILE` does (Modules/main.c pymain_run_file →
// Python/pythonrun.c _PyRun_SimpleFileObject): create the interpreter (builtins,
// sys, __main__ with its globals), parse and compile the file into an arena,
// run the module code, free the code and the arena, print an uncaught
// exception, then finalize (__main__'s globals are cleared, which runs the
// remaining __del__ methods; stdout is flushed).
//
// The Interpreter class is the stepping API the debugger and the trace use: the
// module runs in the base activation of the eval loop, which can pause between
// any two instructions (evalhooks.ts) and resume later.

import '../objects/setobject';
import '../objects/code_getset';
import { PyObject, Py_DECREF, Py_INCREF } from '../objects/object';
import { PyRuntime } from '../runtime';
import { Obmalloc } from '../memory/obmalloc';
import { SimulatedMemoryError } from '../memory/budget';
import { PY311 } from '../profiles/py311';
import type { PythonVersion, Profile } from '../profiles/profile';
import { PyException, PyErr_Clear, PyErr_SetString } from '../objects/errors';
import { PyExc_SystemExit, PyExc_ImportError, PyExc_RecursionError, _PyExc_FillStartupMemErrors } from '../objects/exceptions';
import { CompileRecursionError } from '../compiler/errors';
import { _PyErr_FromHostLimit } from './hostlimits';
import { Py_None } from '../objects/singletons';
import { PyUnicode_FromString, PyUnicode_AsString } from '../objects/unicodeobject';
import { PyLong_Check, PyLong_AsBigInt } from '../objects/longobject';
import { PyDict_New, PyDict_SetItem, PyDict_GetItemWithError, PyDict_Copy, PyDict_SetItemString, PyDict_DelItemString } from '../objects/dictobject';
import { PyObject_Str, PyObject_Repr, _Py_ID } from '../objects/abstract';
import { _Py_STATIC_ID } from '../objects/unicode_type';
import { _PyTypes_InitTypes } from '../objects/typeobject';
import { parse, PySyntaxError, UnsupportedSyntax, decodeSourceBytes } from '../syntax/index';
import { compile } from '../compiler/compile';
import type { CompiledModule } from '../compiler/code';
import { PyCodeObject } from '../objects/codeobject';
import { PyFunctionObject, _PyFunction_FromConstructor, _setBuiltinsFromGlobals } from '../objects/funcobject';
import { InterpreterFrame, FrameOwner } from './frame';
import { _PyEvalFramePushAndInit, _PyEvalFrameClearAndPop } from './call';
import { _PyEval_EvalFrameDefault, PAUSED, _PyEval_InitFastPaths } from './ceval';
import { PyThreadState, _setCurrentThreadState, tstate as currentTstate, ceval } from './pystate';
import { evalHooks, evalBudget, BUDGET_CHUNK } from './evalhooks';
import { WORK_CHUNK } from './chargework';
import { tracing, traceInstruction, type TraceListener } from './tracing';
import { DO_TRACING, activateInstrumentation, instrumentFrames, removeInstrumentation, rearmSite, setWatchedLines } from './instrumentation';
import { loadModule } from './loader';
import { PyModule_New, PyModule_NewObject, PyModuleObject } from '../objects/moduleobject';
import { finalize_modules } from './finalize';
import { makeSysModule, sysUpdateConfig, cStderr } from './sysmodule';
import { _PyImport_FixupBuiltin } from './import_fixup';
import { _PyRuntime_AddStartupReferences } from './startup_refs';
import { PyTextIOWrapper_New, PyTextIOWrapper_NewReader, PyTextIOWrapperObject, textiowrapper_flush, type StdinSource } from './io';
import { formatException, formatSyntaxErrorLocation, formatUnraisable } from './traceback';
import { _PyHeap_MainLoader } from './main_loader';
import { vmBuiltinMethods, sysLookup } from './bltin_vm';
import { fillBuiltins, _PyBuiltins_AddExceptions } from './builtins_dict';
import { builtinMethods } from './bltinmodule';
import { unraisableHook } from '../objects/errors';
import { _PyFunction_Vectorcall } from './ceval';
import { PyException_SetTraceback } from './excutil';
import { PyTuple_Type } from '../objects/tupleobject';
import { PyList_Type, PyList_New } from '../objects/listobject';
import { installGc, GCState, PyGC_Collect } from '../gc/index';
import { _PyWeakref_FinalizeAtExit } from '../gc/weakrefmodule';
import { builtinModuleFactories } from './modules';
import { prepareStartupHeap } from './startup';
import { _PyContainers_FillStartupFreeLists } from '../objects/containerutil';
import { liveObjects } from './inspect';
import { _PyHeap_CompileErrorOf } from './pythonrun';

export interface InterpreterOptions {
  filename: string;
  python?: PythonVersion;
  /** Receive the program's output as it is written (stdout when its buffer is flushed,
   *  stderr at once, as CPython writes them), besides the strings result() returns. */
  onStdout?: (s: string) => void;
  onStderr?: (s: string) => void;
  /** sys.stdout is line-buffered, as CPython's is when it is a terminal (create_stdio:
   *  line_buffering when isatty); otherwise it is flushed when its buffer fills and at exit. */
  stdoutIsTTY?: boolean;
  /** What sys.stdin (and input()) read: the whole text, or a function giving the next
   *  chunk (null at the end). Absent: an empty input, as `python FILE < /dev/null`. */
  stdin?: StdinSource;
  /** Standard input is a terminal (with stdout one too, input() writes its prompt to
   *  stderr, as CPython's readline-less PyOS_Readline does). */
  stdinIsTTY?: boolean;
  /** sys.argv[1:] (the arguments after the script's name). */
  argv?: readonly string[];
  /** The compiler's output for this very source and filename, from an earlier interpreter
   *  (Interpreter.compiled): parsing and compiling are pure data (nothing of the heap), so a
   *  second run of one program (the summary's passes, a hover's re-run) skips them. */
  compiled?: CompiledModule;
}

/** Why run()/step*() returned. */
export type StopReason = 'line' | 'instruction' | 'end' | 'exception' | 'steps';

/** Exit code when --max-steps stops a run (as `timeout` uses). */
export const EXIT_MAX_STEPS = 124;
/** Exit code of an internal fault (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

/** Instructions a traced run lets pass between two calls of the budget hook (pause polling, step limit). */
const TRACE_CHUNK = 1024;
/** Whether every frame waiting below `top` saved its stack top and instruction for the call it
 *  waits in, as a traced run has them: a CALL that pushed its callee inline does (the callee is
 *  not an entry frame). A frame the runtime entered (is_entry) may have been called from an
 *  instruction that saved neither (a DECREF running __del__). The base frame is an entry frame
 *  with no caller. */
export function exactWaits(top: InterpreterFrame): boolean {
  for (let f: InterpreterFrame = top; f.previous !== null; f = f.previous) if (f.is_entry) return false;
  return true;
}

/** A skip (Interpreter.skipUntil) ends this many instructions before its target: the events of
 *  the instruction where tracing resumes (endSkip) are before the target's. */
export const SKIP_MARGIN = 64;
/** Instructions between two budget hooks while skipping: how often a skip looks for a moment it
 *  could end exactly (exactWaits), a few calls per thousand instructions. */
const SKIP_CHUNK = 1024;

/** Thrown through the eval loop to abandon a run (step limit): not a Python exception. */
class StepLimit extends Error {}

/** Thrown by a debugger's listener to leave a run from inside the eval loop (time travel,
 *  terminate): the interpreter lets it through untouched and is not usable afterwards. */
export class RunControl {
  constructor(readonly why: string) {}
}

function profileFor(v: PythonVersion | undefined): Profile {
  if (v === undefined || v === '3.11') return PY311;
  throw new Error(`Python ${v} is not supported yet`);
}

interface Sink {
  chunks: string[];
  write(s: string): void;
}
function makeSink(listener?: (s: string) => void): Sink {
  const chunks: string[] = [];
  if (listener === undefined) return { chunks, write: (s: string) => { chunks.push(s); } };
  return { chunks, write: (s: string) => { chunks.push(s); listener(s); } };
}

export class Interpreter {
  readonly rt: PyRuntime;
  readonly tstate: PyThreadState;
  readonly filename: string;
  readonly sourceLines: string[];
  private readonly out: Sink;
  private readonly err: Sink;
  private readonly stdoutIsTTY: boolean;
  private readonly argv: readonly string[];
  exitCode = 0;
  /** 'ready' before the first instruction, 'paused' between steps, 'done' at the end. */
  state: 'ready' | 'paused' | 'done' = 'ready';
  steps = 0;

  /** The builtins and sys modules (borrowed: sys.modules and modules_by_index hold them). */
  private builtins: PyModuleObject | null = null;
  private sys: PyModuleObject | null = null;
  /** interp->builtins and interp->sysdict: the two modules' dicts (owned). */
  private builtinsDict: PyObject | null = null;
  private sysdict: PyObject | null = null;
  /** interp->modules_by_index (owned; import_fixup.ts). */
  private modulesByIndex: PyObject | null = null;
  /** The m_base.m_copy of the builtins and sys module definitions (owned; import_fixup.ts). */
  private builtinsMCopy: PyObject | null = null;
  private sysMCopy: PyObject | null = null;
  /** References CPython's startup holds to this interpreter's objects from objects PyHeap
   *  does not build, by object (startup_refs.ts): part of their ob_refcnt from the start. */
  private startupRefs: Map<PyObject, number> = new Map();
  private main: PyModuleObject | null = null;
  private modules: PyObject | null = null;
  /** interp->builtins_copy: a copy of the builtins dict as startup left it (owned; finalize.ts). */
  private builtinsCopy: PyObject | null = null;
  /** _PyRun_SimpleFileObject's reference to __main__, held while the file runs (this.main's). */
  private mainRef = false;
  /** finalize_modules has begun emptying sys.modules (no import works any more). */
  private modulesRemoved = false;
  /** sys.__stdout__ and sys.__stderr__ (borrowed: the sys dict holds them, as in CPython). */
  private stdout: PyTextIOWrapperObject | null = null;
  private stderr: PyTextIOWrapperObject | null = null;
  private stdin: PyTextIOWrapperObject | null = null;
  private readonly stdinSource: StdinSource;
  private code: PyCodeObject | null = null;
  private arena: PyObject | null = null;
  private func: PyFunctionObject | null = null;
  private frame: InterpreterFrame | null = null;
  /** The program as compiled (null after a syntax error): another interpreter of the same
   *  source can be given it (InterpreterOptions.compiled). */
  compiled: CompiledModule | null = null;
  /** Objects alive when the interpreter was built (before compiling the program), with their address then. */
  private readonly startupObjects = new Map<PyObject, number>();

  // Stepping state (used by onBudget).
  private stepsLimit = Infinity;
  private pauseMode: 'none' | 'instruction' | 'line' = 'none';
  /** Called at each line event when set (the trace). */
  lineListener: ((frame: InterpreterFrame, line: number) => void) | null = null;
  /** The settrace events' listener while this interpreter runs (vm/tracing.ts): the debugger's, or
   *  the one stepLine()/stepInstruction()/lineListener need. Installed by activate(). */
  traceListener: TraceListener | null = null;
  /** Called by the budget hook with the exact instruction count, every BUDGET_CHUNK instructions (every
   *  instruction while tracing): where a debugger polls its pause request. `inBuiltin`: called
   *  from a builtin's charged work (vm/chargework.ts), inside an instruction. */
  budgetListener: ((steps: number, inBuiltin: boolean) => void) | null = null;
  /** Called once when the module code has finished (returned or raised), before teardown. */
  onModuleEnd: (() => void) | null = null;
  /** A replay's way to its target: while a trace listener is installed, the instructions before
   *  this step (less SKIP_MARGIN) run without DO_TRACING, at nearly a plain run's speed, but with
   *  a traced run's semantics and instruction count — the same state at the same step. */
  skipUntil = 0;

  private constructor(source: string, opts: InterpreterOptions) {
    this.filename = opts.filename;
    this.out = makeSink(opts.onStdout);
    this.err = makeSink(opts.onStderr);
    this.stdoutIsTTY = opts.stdoutIsTTY ?? false;
    this.stdinSource = opts.stdin ?? '';
    this.consoleIsTTY = (opts.stdinIsTTY ?? false) && this.stdoutIsTTY;
    this.argv = opts.argv ?? [];
    this.sourceLines = source.split(/\r\n|\r|\n/);
    const profile = profileFor(opts.python);
    prepareStartupHeap(profile);
    this.rt = new PyRuntime(profile, new Obmalloc(profile.memory));
    this.tstate = new PyThreadState(profile.recursionLimit);
    this.activate(); // a new runtime: the startup state (vm/startup.ts, runtimestate.ts)
    installGc(this.rt); // the cyclic GC (src/model/gc/), before any object exists
    // list.append's descriptor, read from the type's dict (borrowed; a type-cache lookup
    // would hold a reference to the name, as CPython's cache does, where CPython has none).
    _PyEval_InitFastPaths(PyTuple_Type, PyList_Type, PyDict_GetItemWithError(PyList_Type.tp_dict as PyObject, _Py_STATIC_ID('append')) as PyObject);
  }

  /** Makes this interpreter the current one (module-level state of the model): a
   *  context switch (PyRuntime.activate) when another one was. */
  activate(): void {
    this.rt.activate();
    _setCurrentThreadState(this.tstate);
    cStderr.write = (s) => this.err.write(s);
    unraisableHook.fn = (e, obj) => this.writeUnraisable(e, obj);
    const self = this;
    evalHooks.onBudget = function (frame, pc, depth) {
      return self.onBudget(frame, pc, depth);
    };
    evalHooks.onWork = function (units) {
      self.onWork(units);
    };
    evalHooks.hookAfterNext = function () {
      self.hookAfterNext();
    };
    evalHooks.resumeChunk = function () {
      return self.resumeChunk();
    };
    evalHooks.budget = 1;
    evalHooks.counted = true;
    tracing.listener = this.traceListener;
    tracing.suspended = 0;
    // Traced instruction by instruction until the first budget hook chooses the mode again.
    tracing.sites = false;
    tracing.watching = false;
    activateInstrumentation(this.sitePatched);
    sysLookup.stdout = () => this.sysStdout();
    sysLookup.stdin = () => this.sysAttr('stdin');
    sysLookup.stderr = () => this.sysAttr('stderr');
    sysLookup.consoleIsTTY = this.consoleIsTTY;
    sysLookup.modules = () => {
      // After finalize_modules has started, sys.meta_path is None: importlib refuses.
      if (this.modules === null) PyErr_SetString(PyExc_ImportError, 'sys.meta_path is None, Python is likely shutting down');
      return this.modules as PyObject;
    };
  }

  /** activate() unless this interpreter is the active one already: what looking at it
   *  needs (inspect.ts), which must not reset the hooks of a run in progress. */
  ensureActive(): void {
    if (!this.rt.active || currentTstate !== this.tstate) this.activate();
  }

  /** Creates the interpreter and loads the program. A SyntaxError ends it at once. */
  static create(source: string | Uint8Array, opts: InterpreterOptions): Interpreter {
    // A file's bytes are read as CPython's tokenizer reads them (syntax/source_decode.ts):
    // its coding declaration, and the error the first unreadable line raises.
    const decoded = typeof source === 'string' ? { text: source, readError: null } : decodeSourceBytes(source, opts.filename);
    const it = new Interpreter(decoded.text, opts);
    it.init(decoded.text, decoded.readError, opts.compiled);
    return it;
  }

  private init(source: string, readError: PySyntaxError | null, compiled: CompiledModule | undefined): void {
    this.initInterpreter();
    // What the interpreter made for itself before the program's code exists: the
    // debugger and the panel tell the program's objects from the runtime's by this.
    for (const o of liveObjects(this.rt.mem as Obmalloc)) this.startupObjects.set(o, o.ob_addr);
    (this.rt.gc as GCState).setStartupBaseline();
    // preallocate_memerrors (_PyExc_InitGlobalObjects) runs while the interpreter is built.
    _PyExc_FillStartupMemErrors();
    let mod;
    try {
      let cm = compiled;
      if (cm === undefined) {
        mod = parse(source, this.filename, { readError });
        const t = this.tstate;
        cm = compile(mod, this.filename, {
          source, recursionDepth: t.recursion_limit - t.recursion_remaining, recursionLimit: ceval.recursion_limit,
        });
      }
      this.compiled = cm;
      this.printCompileWarnings(cm.warnings, source);
      const loaded = loadModule(cm, this.filename);
      this.code = loaded.code;
      this.arena = loaded.arena;
      // The free lists as CPython's startup and compile leave them when __main__'s
      // first instruction runs (measured, objects/containerutil.ts).
      _PyContainers_FillStartupFreeLists();
    } catch (e) {
      if (e instanceof PySyntaxError) {
        this.printCompileWarnings(e.compileWarnings, source);
        this.printSyntaxError(e);
        this.finish(1);
        return;
      }
      if (e instanceof UnsupportedSyntax) {
        // CPython would reject some of these programs anyway (e.g. 'await' outside a
        // function): its SyntaxError comes first, so the learner sees the real error.
        const real = _PyHeap_CompileErrorOf(source, this.filename);
        if (real instanceof CompileRecursionError) {
          this.endWithException(PyException.lazy(PyExc_RecursionError, PyUnicode_FromString(real.message)));
          return;
        }
        if (real !== null) {
          this.printCompileWarnings(real.compileWarnings, source);
          this.printSyntaxError(real);
        } else {
          this.printUnsupported(e, source);
        }
        this.finish(1);
        return;
      }
      // The compiler's recursion guard, or the host stack running out in the parser or
      // the compiler (hostlimits.ts): a RecursionError from run_mod, shown by PyErr_Print.
      if (e instanceof CompileRecursionError || (e instanceof RangeError && _PyErr_FromHostLimit(e) !== null)) {
        const msg = e instanceof CompileRecursionError ? e.message : 'maximum recursion depth exceeded during compilation';
        this.endWithException(PyException.lazy(PyExc_RecursionError, PyUnicode_FromString(msg)));
        return;
      }
      throw e;
    }
    // PyEval_EvalCode: a function object for the module code, then its frame.
    const globals = this.main!.ob_dict as PyObject;
    const func = _PyFunction_FromConstructor(this.code, globals, this.builtins!.ob_dict as PyObject, null);
    this.func = func;
    Py_INCREF(func);
    this.frame = _PyEvalFramePushAndInit(func, globals, [], 0, 0, null);
  }

  /** pylifecycle: builtins, sys (with stdout/stderr), __main__. _PySys_Create registers sys
   *  with its core data, pycore_init_builtins registers builtins before adding the exception
   *  types (import_fixup.ts: what each m_copy holds), then init_sys_streams and
   *  _PySys_UpdateConfig complete sys. */
  private initInterpreter(): void {
    const builtins = PyModule_New('builtins', '(built-in)');
    this.builtins = builtins;
    const bd = builtins.ob_dict as PyObject;
    fillBuiltins(bd, builtins, [...vmBuiltinMethods, ...builtinMethods]);
    const builtinsName = _Py_STATIC_ID('__builtins__');
    _setBuiltinsFromGlobals((globals) => {
      const b = PyDict_GetItemWithError(globals, builtinsName);
      if (b !== null && b.ob_type === builtins.ob_type) return (b as PyModuleObject).ob_dict as PyObject;
      return b ?? bd;
    });
    this.modules = PyDict_New();
    this.modulesByIndex = PyList_New(0);
    const sys = makeSysModule(this.modules);
    this.sys = sys;
    this.sysdict = sys.ob_dict as PyObject;
    Py_INCREF(this.sysdict);
    this.sysMCopy = _PyImport_FixupBuiltin(sys, 'sys', this.modules, this.modulesByIndex);
    this.builtinsMCopy = _PyImport_FixupBuiltin(builtins, 'builtins', this.modules, this.modulesByIndex);
    this.builtinsDict = bd;
    Py_INCREF(bd);
    _PyBuiltins_AddExceptions(bd);
    this.builtinsCopy = PyDict_Copy(bd); // pycore_init_builtins
    // The modules live on in sys.modules and modules_by_index.
    Py_DECREF(sys);
    Py_DECREF(builtins);
    for (const [name, factory] of builtinModuleFactories()) {
      const m = factory();
      setItem(this.modules, name, m);
      Py_DECREF(m);
    }
    const out = this.out, err = this.err;
    this.stdout = PyTextIOWrapper_New('<stdout>', out, this.stdoutIsTTY, false);
    this.stderr = PyTextIOWrapper_New('<stderr>', err, true, false);
    this.stdin = PyTextIOWrapper_NewReader('<stdin>', this.stdinSource);
    sysUpdateConfig(sys, this.stdout, this.stderr, this.filename, this.argv, this.stdin);
    Py_DECREF(this.stdin);
    // The sys dict holds them now (sys.stdout and sys.__stdout__...).
    Py_DECREF(this.stdout);
    Py_DECREF(this.stderr);
    // PyImport_AddModule("__main__"): one name str for md_name, __name__ and the sys.modules key.
    const mainName = PyUnicode_FromString('__main__');
    const main = PyModule_NewObject(mainName, `from '${this.filename}'`);
    this.main = main;
    this.mainRef = true;
    PyDict_SetItem(this.modules, mainName, main);
    Py_DECREF(mainName);
    const md = main.ob_dict as PyObject;
    const ann = PyDict_New();
    setItem(md, '__annotations__', ann);
    Py_DECREF(ann);
    setItem(md, '__builtins__', builtins);
    const fn = PyUnicode_FromString(this.filename);
    setItem(md, '__file__', fn);
    Py_DECREF(fn);
    setItem(md, '__cached__', Py_None);
    // set_main_loader: importlib's SourceFileLoader for the file (vm/main_loader.ts).
    const loader = _PyHeap_MainLoader(this.filename);
    setItem(md, '__loader__', loader);
    Py_DECREF(loader);
    this.startupRefs = _PyRuntime_AddStartupReferences(this.modules);
  }

  private readonly consoleIsTTY: boolean;

  private sysAttr(name: string): PyObject | null {
    if (this.sys === null) return null;
    return PyDict_GetItemWithError(this.sys.ob_dict as PyObject, _Py_ID(name));
  }

  private sysStdout(): PyObject | null {
    if (this.sys === null) return null;
    return PyDict_GetItemWithError(this.sys.ob_dict as PyObject, _Py_ID('stdout'));
  }

  // ---------------------------------------------------------------------------
  // Running

  /** Runs until the end, a pause, or maxSteps more instructions. */
  run(maxSteps = Infinity): StopReason {
    return this.resume(maxSteps, 'none');
  }

  /** Runs one instruction (of the base activation; nested C→Python calls run whole). */
  stepInstruction(): StopReason {
    return this.resume(Infinity, 'instruction');
  }

  /** Runs to the start of the next line (in any frame of the base activation). */
  stepLine(): StopReason {
    return this.resume(Infinity, 'line');
  }

  private resume(maxSteps: number, mode: 'none' | 'instruction' | 'line'): StopReason {
    if (this.state === 'done') return this.exitCode === 0 ? 'end' : 'exception';
    this.stepsLimit = maxSteps === Infinity ? Infinity : this.steps + maxSteps;
    this.pauseMode = mode;
    tracing.pause = false;
    if (mode !== 'none' || this.lineListener !== null) {
      if (this.traceListener === null || this.traceListener === this.steppingListener) this.traceListener = this.steppingListener;
    } else if (this.traceListener === this.steppingListener) {
      this.traceListener = null;
    }
    this.activate();
    // A pause returned from the base activation between the hook and the instruction at
    // the frame's next pc: when the loop dispatches it again, its events are not repeated.
    if (this.state === 'paused' && this.frame !== null) {
      tracing.resumeFrame = this.tstate.frame;
      tracing.resumePc = this.tstate.frame === null ? -1 : this.tstate.frame.prev_instr + 1;
    }
    evalHooks.budget = 1;
    evalHooks.counted = this.stepsLimit !== Infinity || this.traceListener !== null || this.budgetListener !== null;
    // Counts of a run that another interpreter left behind (abandoned mid-chunk) are not ours.
    tracing.fastRun = 0;
    tracing.fastLeft = 0;
    tracing.pause = false;
    tracing.skipping = false;
    this.lastBudget = 0;
    this.leaving = null;
    this.reinstrument = false;
    const first = this.state === 'ready';
    this.state = 'paused';
    let result: PyObject;
    try {
      result = _PyEval_EvalFrameDefault(this.frame as InterpreterFrame, null, !first);
    } catch (e) {
      if (e instanceof RunControl) {
        this.state = 'done';
        // Its count in the eval loop's running total is its own: the next interpreter
        // (one that ends before running, on a syntax error) must not read it as its own.
        this.settleSteps();
        throw e;
      }
      if (e instanceof StepLimit) return this.stopAtStepLimit();
      if (e instanceof PyException) return this.afterModule(() => this.endWithException(e), 'exception');
      this.internalError(e);
      return 'exception';
    }
    if (result === PAUSED) return mode === 'line' ? 'line' : mode === 'instruction' ? 'instruction' : 'steps';
    Py_DECREF(result);
    return this.afterModule(() => {
      this.endModule();
      this.endRunFile(true);
      this.finalize();
      this.finish(this.exitCode);
    }, 'end');
  }

  /** The end of a run after the module code (the traceback, finalization): Python code still
   *  runs there (__del__, __str__ of the exception), and the step limit still applies to it. */
  private afterModule(end: () => void, reason: StopReason): StopReason {
    try {
      end();
    } catch (e) {
      if (e instanceof StepLimit) return this.stopAtStepLimit();
      throw e;
    }
    return reason;
  }

  private stopAtStepLimit(): StopReason {
    this.err.write(`PyHeap: stopped after ${this.steps} steps (--max-steps)\n`);
    try {
      this.flushStd();
    } catch (e) {
      if (!(e instanceof StepLimit)) throw e;
    }
    this.finish(EXIT_MAX_STEPS);
    return 'steps';
  }

  /** The eval loop's budget hook: step limits, line events, pauses. Called before the
   *  instruction at `pc` runs; `lastBudget` instructions ran since the previous call. */
  private onBudget(frame: InterpreterFrame, pc: number, depth: number): boolean {
    this.steps += this.lastBudget + tracing.fastRun;
    tracing.fastRun = 0;
    if (this.steps >= this.stepsLimit) {
      this.lastBudget = 0;
      throw new StepLimit();
    }
    if (this.budgetListener !== null) this.budgetListener(this.steps, false);
    if (this.traceListener !== null) {
      if (this.skipUntil - SKIP_MARGIN > this.steps && !tracing.pause) {
        // A replay's skipped part: budgets as a plain run's, the listener left installed.
        if (!tracing.skipping) this.skipSafe = -1;
        tracing.skipping = true;
        tracing.fastLeft = 0;
        // A skip could end here exactly (endSkip).
        if (exactWaits(frame)) this.skipSafe = this.steps;
        const left = Math.min(this.skipUntil - SKIP_MARGIN - this.steps, this.stepsLimit - this.steps, SKIP_CHUNK);
        this.lastBudget = left;
        evalHooks.budget = left;
        return false;
      }
      if (tracing.skipping) this.endSkip(frame, pc);
      const tl = this.traceListener;
      const want = tl.sites !== undefined && this.pauseMode === 'none' && !tracing.pause ? tl.sites() : 0;
      const rewatch = want === 2 && tracing.watching && tl.watchVersion !== undefined && tl.watchVersion() !== this.watchVersion;
      if (tracing.watching && (want !== 2 || rewatch) && !this.reinstrument && this.stopWatching(frame, pc, rewatch)) return false;
      this.leaving = null;
      if (want !== 0) {
        // Instrumented: only the sites trace (vm/instrumentation.ts); budgets as a plain run's.
        if (!tracing.sites || tracing.watching !== (want === 2) || this.reinstrument) this.enterSites(frame, pc, want === 2);
        const left = this.stepsLimit - this.steps;
        this.lastBudget = left < BUDGET_CHUNK ? left : BUDGET_CHUNK;
        evalHooks.budget = this.lastBudget;
        return false;
      }
      if (tracing.sites) this.leaveSites(frame, pc);
      // Tracing: the cold path runs before every instruction (vm/tracing.ts) and comes
      // here every TRACE_CHUNK instructions, or at once when a listener asks to pause.
      const pause = tracing.pause && depth === 1;
      if (pause) tracing.pause = false;
      const left = this.stepsLimit - this.steps - 1;
      tracing.fastLeft = left < TRACE_CHUNK ? left : TRACE_CHUNK;
      evalBudget[0] = 1;
      this.lastBudget = pause ? 0 : 1;
      return pause;
    }
    const left = this.stepsLimit - this.steps;
    this.lastBudget = left < BUDGET_CHUNK ? left : BUDGET_CHUNK;
    evalHooks.budget = this.lastBudget;
    return false;
  }
  private lastBudget = 0;

  /** Leaving the watch of breakpoints away from a stop (a pause), or watching other lines
   *  (breakpoints set while running): which instruction this frame ran last is not known. The
   *  one at pc runs first, as it is (true: the hook comes right after it), and that hook takes
   *  each frame's last instruction as its instr_prev. */
  private stopWatching(frame: InterpreterFrame, pc: number, rewatch: boolean): boolean {
    if (this.leaving === null) {
      this.leaving = { frame, pc };
      this.lastBudget = 1;
      evalHooks.budget = 1;
      return true;
    }
    const top = this.tstate.frame as InterpreterFrame;
    const exact = exactWaits(top);
    const leaving = this.leaving;
    this.leaving = null;
    // Where a waiting frame's last instruction is not known (the runtime entered a frame above
    // it), the old lines stay watched and the next hook tries again.
    if (rewatch && !exact) return false;
    top.traced_pc = top === leaving.frame ? leaving.pc : top.prev_instr;
    if (rewatch) this.reinstrument = true;
    else (this.traceListener as TraceListener).leftWatching?.(exact, this.steps);
    return false;
  }

  /** The active interpreter's code objects that carry DO_TRACING at their sites now. */
  private readonly sitePatched: PyCodeObject[] = [];

  /** Instrumented tracing starts (or starts again, other lines watched) before the instruction at
   *  pc of `frame`. Coming from tracing every instruction, that one was traced already (by the
   *  cold path before this hook, or endSkip): its DO_TRACING does not trace it again. */
  private enterSites(frame: InterpreterFrame, pc: number, watching: boolean): void {
    const traced = !tracing.sites;
    if (tracing.sites) this.removeSites();
    this.reinstrument = false;
    tracing.sites = true;
    tracing.watching = watching;
    tracing.fastLeft = 0;
    const tl = this.traceListener as TraceListener;
    setWatchedLines(watching ? (co) => (tl.watchedLines === undefined ? null : tl.watchedLines(co)) : null);
    this.watchVersion = tl.watchVersion?.() ?? 0;
    instrumentFrames(this.tstate.frame);
    if (traced && tracing.suspended === 0 && (frame.f_code.co_words[pc] & 0xff) === DO_TRACING) {
      tracing.resumeFrame = frame;
      tracing.resumePc = pc;
    }
  }

  /** The code objects get their own words back. After watching lines, each waiting frame's
   *  instr_prev is the call it waits in, as a traced run has it (the listener leaves watching
   *  only at a stop where the waiting frames saved it: exactWaits); the running frame's was
   *  kept by the watched line's sites. */
  private removeSites(): void {
    removeInstrumentation();
    if (tracing.watching) {
      const top = this.tstate.frame;
      if (top !== null) for (let f = top.previous; f !== null; f = f.previous) f.traced_pc = f.prev_instr;
    }
    tracing.watching = false;
  }

  /** The listener's wishes changed at a stop (other breakpoints, a step): the next instruction's
   *  hook chooses the mode again and instruments anew. */
  retrace(): void {
    if (!tracing.sites) return;
    this.reinstrument = true;
    this.requestHook();
  }
  private reinstrument = false;
  /** The listener's watchVersion() the watched lines' instrumentation was made for. */
  private watchVersion = 0;
  /** Leaving the watch of breakpoints away from a stop: the frame and instruction that run first. */
  private leaving: { frame: InterpreterFrame; pc: number } | null = null;

  /** Instruction-by-instruction tracing again, from the instruction at pc (not traced yet). */
  private leaveSites(frame: InterpreterFrame, pc: number): void {
    tracing.sites = false;
    this.removeSites();
    // steps counts every instruction before pc (onBudget added them): exactSteps reads it alone.
    this.lastBudget = 0;
    tracing.fastRun = 0;
    if (tracing.suspended === 0) traceInstruction(this.traceListener as TraceListener, frame, pc);
  }

  /** A site's instruction runs (dispatched again), then the hook comes (DO_TRACING, ceval_cold.ts). */
  private hookAfterNext(): void {
    // The count (steps + lastBudget + 1 - evalBudget[0]) stays the same; the chunk's state is
    // kept for resumeChunk.
    this.siteBudget = evalBudget[0];
    this.siteLastBudget = this.lastBudget;
    this.lastBudget += 2 - evalBudget[0];
    evalBudget[0] = 2;
  }

  /** The chunk a site interrupted goes on, one instruction (the site's) used: the same count. */
  private resumeChunk(): boolean {
    const left = this.siteBudget;
    this.siteBudget = 0;
    if (left <= 2) return false;
    this.lastBudget = this.siteLastBudget;
    evalBudget[0] = left - 1;
    return true;
  }

  /** The budget chunk a site's DO_TRACING interrupted (0: none to resume). */
  private siteBudget = 0;
  private siteLastBudget = 0;

  /** Instrumented: the budget hook comes before the next instruction (a listener that now
   *  wants instruction events, after a stop). The count stays exact. */
  requestHook(): void {
    if (!tracing.sites) return;
    this.siteBudget = 0;
    this.lastBudget -= evalBudget[0] - 1;
    evalBudget[0] = 1;
  }

  /** The last step of the current skip at which it could have ended exactly (-1: none yet). */
  private skipSafe = -1;

  /** Tracing resumes after a skip (skipUntil), before the instruction at `pc` of `frame`, or
   *  inside an instruction (`frame` null: a builtin's charged work passed the point). The end is
   *  exact when every frame's stack top is as a traced run has it (exactWaits): the running one's
   *  was saved for this instruction (as the cold path does before each traced one), and its
   *  instr_prev, a guess (pc - 1: a jump may have led here), only touches this step's events,
   *  before any target. Otherwise the listener hears where the last exact end was (skipSafe) and
   *  may replay again, skipping only that far. The instruction at pc is traced here. */
  private endSkip(frame: InterpreterFrame | null, pc: number): void {
    tracing.skipping = false;
    // steps counts every instruction run so far (onBudget / onWork added them).
    this.lastBudget = 0;
    tracing.fastRun = 0;
    const tl = this.traceListener as TraceListener;
    const exact = frame !== null && exactWaits(frame);
    tl.resync?.(frame, pc, exact ? null : this.skipSafe);
    if (frame === null) return;
    // instr_prev of each waiting frame: the CALL it waits in, as DO_TRACING left it.
    for (let f = frame.previous; f !== null; f = f.previous) f.traced_pc = f.prev_instr;
    frame.traced_pc = pc - 1;
    traceInstruction(tl, frame, pc);
  }

  /** Work charged by builtins (vm/chargework.ts) and not yet counted as instructions. */
  private workDebt = 0;

  /** A builtin's work, charged as instructions in whole chunks of WORK_CHUNK units: the step
   *  limit and the budget listener (the debugger's pause and terminate poll) are checked as
   *  at an instruction boundary. Nothing pauses here: a C function cannot stop midway, so a
   *  pause request stays pending until the next instruction. */
  private onWork(units: number): void {
    this.workDebt += units;
    if (this.workDebt < WORK_CHUNK) return;
    const charge = this.workDebt - (this.workDebt % WORK_CHUNK);
    this.workDebt -= charge;
    // The instruction running this builtin was dispatched: its site (if it is one) may carry DO_TRACING again.
    if (tracing.sites) {
      rearmSite();
      this.siteBudget = 0;
    }
    if (this.traceListener !== null && !tracing.skipping && !tracing.sites) {
      // Tracing: fastLeft instructions may run before the hook is due; they are counted in fastRun.
      tracing.fastRun += charge;
      if (tracing.fastLeft > charge) {
        tracing.fastLeft -= charge;
        return;
      }
      this.steps += tracing.fastRun;
      tracing.fastRun = 0;
      if (this.steps >= this.stepsLimit) throw new StepLimit();
      if (this.budgetListener !== null) this.budgetListener(this.steps, true);
      const left = this.stepsLimit - this.steps - 1;
      tracing.fastLeft = left < TRACE_CHUNK ? left : TRACE_CHUNK;
      return;
    }
    const budget = evalHooks.budget;
    if (budget > charge) {
      evalHooks.budget = budget - charge;
      return;
    }
    // The chunk the eval loop was given is used up: count it and the work beyond it.
    this.steps += this.lastBudget - budget + charge;
    this.lastBudget = 0;
    if (this.steps >= this.stepsLimit) throw new StepLimit();
    if (this.budgetListener !== null) this.budgetListener(this.steps, true);
    if (tracing.skipping && this.skipUntil - SKIP_MARGIN < this.steps + 1) {
      // The skip's end was passed inside this builtin: trace from here (inexact: endSkip), the
      // running instruction counted (as a traced run's fastRun has it).
      this.steps += 1;
      this.endSkip(null, -1);
      const left = this.stepsLimit - this.steps - 1;
      tracing.fastLeft = left < TRACE_CHUNK ? left : TRACE_CHUNK;
      evalBudget[0] = 1;
      return;
    }
    const left = tracing.skipping ? Math.min(this.stepsLimit, this.skipUntil - SKIP_MARGIN) - this.steps : this.stepsLimit - this.steps;
    // Leaving the watch of breakpoints: the hook comes right after this instruction.
    this.lastBudget = this.leaving !== null ? 1 : left < BUDGET_CHUNK ? left : BUDGET_CHUNK;
    evalHooks.budget = this.lastBudget;
  }

  /** Instructions executed so far, exact while a trace listener is installed (read it in its events). */
  get exactSteps(): number {
    // Skipping: the budget counts down as in a plain run, the running instruction included
    // (the hook refunded one: onBudget's caller, ceval_cold.ts budgetExhausted).
    if (tracing.skipping || tracing.sites) return this.steps + this.lastBudget + 1 - evalBudget[0];
    return this.steps + this.lastBudget + tracing.fastRun;
  }

  /** The listener behind stepLine(), stepInstruction() and lineListener: pauses the base
   *  activation at its next line event or instruction (the first one after resuming). */
  private readonly steppingListener: TraceListener = {
    call: () => {},
    line: (frame, _pc, line) => {
      if (this.lineListener !== null) this.lineListener(frame, line);
      if (this.pauseMode === 'line' && this.tstate.evalDepth === 1) tracing.pause = true;
    },
    return: () => {},
    exception: () => {},
    instruction: () => {
      if (this.pauseMode === 'instruction' && this.tstate.evalDepth === 1) tracing.pause = true;
    },
  };

  /** run_mod's end: the module's code object and function are released, then the arena. */
  private endModule(): void {
    // The module's frame is gone: Python code that still runs (an exception's __str__
    // for the traceback, __del__ and weakref callbacks at finalization) runs whole,
    // with no base activation to pause in.
    this.pauseMode = 'none';
    tracing.pause = false;
    if (this.onModuleEnd !== null) {
      const cb = this.onModuleEnd;
      this.onModuleEnd = null;
      cb();
    }
    if (this.frame !== null) {
      const f = this.frame;
      this.frame = null;
      _PyEvalFrameClearAndPop(f);
    }
    if (this.func !== null) {
      Py_DECREF(this.func);
      this.func = null;
    }
    if (this.code !== null) {
      Py_DECREF(this.code);
      this.code = null;
    }
    if (this.arena !== null) {
      Py_DECREF(this.arena);
      this.arena = null;
    }
  }

  private endWithException(e: PyException): void {
    this.endModule();
    this.endRunFile(false); // Py_CLEAR(m) before PyErr_Print
    // SystemExit: exit quietly with its code (Python/pythonrun.c handle_system_exit).
    if (e.type === PyExc_SystemExit || e.type.tp_mro_list.includes(PyExc_SystemExit)) {
      const code = this.systemExitCode(e);
      e.clear();
      this.tstate.curexc = null;
      this.finalize();
      this.finish(code);
      return;
    }
    this.flushStd();
    let text: string;
    const v = e.value;
    // PyErr_PrintEx: the traceback goes onto the exception, and sys.last_type/last_value/
    // last_traceback are set, before it is displayed (its __str__ sees sys.last_value's reference).
    PyException_SetTraceback(v, e.traceback);
    this.setSysLastVars(e);
    try {
      text = formatException(v, (fn) => (fn === this.filename ? this.sourceLines : null));
    } catch (e2) {
      if (!(e2 instanceof PyException)) throw e2;
      PyErr_Clear(e2);
      text = `${v.ob_type.tp_name}\n`;
    }
    this.err.write(text);
    e.clear();
    this.tstate.curexc = null;
    this.endRunFile(true);
    this.finalize();
    this.finish(1);
  }

  private systemExitCode(e: PyException): number {
    const v = e.value;
    const code = (v as PyObject & { code?: PyObject | null }).code ?? Py_None;
    if (code === Py_None) return 0;
    if (PyLong_Check(code)) return Number(BigInt.asIntN(32, PyLong_AsBigInt(code))) & 0xff;
    this.flushStd();
    const s = PyObject_Str(code);
    this.err.write(PyUnicode_AsString(s) + '\n');
    Py_DECREF(s);
    return 1;
  }

  /** PyErr_WriteUnraisable: "Exception ignored in: <repr>" then the traceback. */
  writeUnraisable(e: PyException, obj: PyObject | null): void {
    this.flushStd();
    const v = e.value;
    PyException_SetTraceback(v, e.traceback);
    // _PyErr_WriteUnraisableMsg passes the exception to sys.unraisablehook in an
    // UnraisableHookArgs struct sequence, which holds a reference to each of its fields while
    // the default hook prints them (the object is not modelled, its references are).
    const held = [e.type, v, e.traceback ?? Py_None, obj ?? Py_None];
    for (const o of held) Py_INCREF(o);
    try {
      this.writeUnraisableDefault(v, obj);
    } finally {
      for (const o of held) Py_DECREF(o);
    }
    e.clear();
  }

  /** _PyErr_WriteUnraisableDefaultHook: "Exception ignored in: <repr>", then the traceback. */
  private writeUnraisableDefault(v: PyObject, obj: PyObject | null): void {
    if (obj !== null && obj !== Py_None) {
      let where: string;
      try {
        const r = PyObject_Repr(obj);
        where = PyUnicode_AsString(r);
        Py_DECREF(r);
      } catch (e2) {
        if (!(e2 instanceof PyException)) throw e2;
        PyErr_Clear(e2);
        where = '<object repr() failed>';
      }
      this.err.write(`Exception ignored in: ${where}\n`);
    }
    // Once finalize_modules has removed the modules, the traceback printer cannot import
    // io to read source lines (display_source_line fails quietly): frames only.
    const lines = this.modulesRemoved ? null : this.sourceLines;
    this.err.write(formatUnraisable(v, (fn) => (fn === this.filename ? lines : null)));
  }

  /** PyErr_Print (set_sys_last_vars): the uncaught exception stays reachable from
   *  sys.last_type/last_value/last_traceback until finalization sets them to None. */
  private setSysLastVars(e: PyException): void {
    if (this.sys === null || this.sys.ob_dict === null) return;
    const d = this.sys.ob_dict;
    try {
      PyDict_SetItemString(d, 'last_type', e.type);
      PyDict_SetItemString(d, 'last_value', e.value);
      PyDict_SetItemString(d, 'last_traceback', e.traceback ?? Py_None);
    } catch (e2) {
      if (!(e2 instanceof PyException)) throw e2;
      PyErr_Clear(e2);
    }
  }

  /** The end of _PyRun_SimpleFileObject: its reference to __main__ is released (on an
   *  error, before PyErr_Print), then, unless PyErr_Print exited for SystemExit
   *  (Py_Exit), __file__ and __cached__ are deleted from __main__'s namespace. */
  private endRunFile(deleteFileNames: boolean): void {
    if (this.main === null) return;
    if (this.mainRef) {
      this.mainRef = false;
      Py_DECREF(this.main);
    }
    if (!deleteFileNames) return;
    const d = this.main.ob_dict;
    if (d !== null) {
      for (const name of ['__file__', '__cached__']) {
        try {
          PyDict_DelItemString(d, name);
        } catch (e) {
          if (!(e instanceof PyException)) throw e;
          PyErr_Clear(e);
        }
      }
    }
  }

  /** Py_FinalizeEx, as far as a program can observe it: atexit, stdout flushed, a full
   *  collection, then finalize_modules (finalize.ts). */
  private finalize(): void {
    try {
      _PyWeakref_FinalizeAtExit(); // atexit: weakref.finalize's _exitfunc (Py_FinalizeEx _PyAtExit_Call)
      this.flushStd();
      PyGC_Collect(); // Py_FinalizeEx: a full collection (with gc.callbacks) before the modules go
      if (this.modules !== null && this.sys !== null && this.builtins !== null && this.builtinsCopy !== null) {
        const modules = this.modules;
        finalize_modules({
          modules, sysdict: this.sys.ob_dict as PyObject, builtins: this.builtins.ob_dict as PyObject,
          builtinsCopy: this.builtinsCopy,
        }, () => {
          this.modulesRemoved = true;
          this.modules = null;
        });
      }
      this.flushStd();
    } catch (e) {
      if (e instanceof PyException) {
        e.clear();
        return;
      }
      throw e;
    }
  }

  private flushStd(): void {
    for (const f of [this.stdout, this.stderr]) {
      if (f === null) continue;
      try {
        const r = textiowrapper_flush(f);
        Py_DECREF(r);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        e.clear();
      }
    }
  }

  private finish(code: number): void {
    this.exitCode = code;
    this.state = 'done';
    this.settleSteps();
  }

  /** The run is over: every instruction is counted in steps, nothing is pending in a budget
   *  chunk, and the code objects carry their own words again. */
  private settleSteps(): void {
    this.steps = this.exactSteps;
    this.lastBudget = 0;
    tracing.fastRun = 0;
    if (tracing.sites) {
      this.removeSites();
      tracing.sites = false;
    }
  }

  private internalError(e: unknown): void {
    if (typeof process !== 'undefined' && process.env.PYHEAP_DEBUG) console.error(e);
    try {
      this.flushStd();
    } catch {
      // the heap may be inconsistent after an internal fault
    }
    if (e instanceof SimulatedMemoryError) {
      this.flushStd();
      this.err.write('MemoryError\n');
      this.finish(1);
      return;
    }
    const msg = e instanceof Error ? e.message : String(e);
    this.err.write(`PyHeap internal error: ${msg}\nPlease report it with the program that caused it.\n`);
    this.finish(EXIT_INTERNAL);
  }

  /** print_exception_file_and_line + print_error_text for a SyntaxError from the front end. */
  /** Valid Python outside PyHeap's subset: reported as a SyntaxError naming the feature
   *  and the line, in CPython's layout, so it is never mistaken for a different result. */
  private printUnsupported(e: UnsupportedSyntax, source: string): void {
    const line = source.split(/\r?\n/)[e.lineno - 1] ?? '';
    this.err.write(`  File "${this.filename}", line ${e.lineno}\n    ${line.trim()}\nSyntaxError: ${e.message}\n`);
  }

  /** The compiler's SyntaxWarnings, as Python/_warnings.c show_warning prints them when the
   *  warnings module is not imported (it is not, at startup): `file:line: SyntaxWarning:
   *  message`, then the source line without its leading blanks, indented by 2
   *  (_Py_DisplaySourceLine). Compile warnings have no registry, so each is printed. */
  private printCompileWarnings(warnings: PySyntaxError['compileWarnings'], source: string): void {
    if (warnings.length === 0) return;
    const lines = source.split('\n');
    let out = '';
    for (const w of warnings) {
      out += `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n`;
      const line = (lines[w.lineno - 1] ?? '').replace(/^[ \t\f]+/, '').replace(/\r$/, '');
      if (line !== '') out += `  ${line}\n`;
    }
    this.err.write(out);
  }

  private printSyntaxError(e: PySyntaxError): void {
    // A SyntaxError without a location (the tokenizer's encoding errors) is its message:
    // parse_syntax_error fails on its lineno, so no location block is printed.
    // parse_syntax_error reads the end of the range only from an exact SyntaxError: an
    // IndentationError or TabError gets one caret.
    const exact = e.kind === 'SyntaxError';
    const where = e.lineno > 0
      ? formatSyntaxErrorLocation(e.filename, e.lineno, e.offset, exact ? e.end_lineno : e.lineno, exact ? e.end_offset : -1, e.text)
      : '';
    this.err.write(where + `${e.kind}: ${e.msg}\n`);
  }

  // ---------------------------------------------------------------------------
  // Results and inspection

  result(): { stdout: string; stderr: string; exitCode: number } {
    return { stdout: this.out.chunks.join(''), stderr: this.err.chunks.join(''), exitCode: this.exitCode };
  }

  /** The frames of the base activation, innermost first. */
  currentFrames(): InterpreterFrame[] {
    const out: InterpreterFrame[] = [];
    let f = this.tstate.frame;
    while (f !== null) {
      if (f.owner !== FrameOwner.CLEARED) out.push(f);
      f = f.previous;
    }
    return out;
  }

  /** Whether o was made by the interpreter's startup (builtins, sys, __main__...) rather than by the program.
   *  The address check keeps a recycled JS object that now stands for a program object out. */
  isStartupObject(o: PyObject): boolean {
    return this.startupObjects.get(o) === o.ob_addr;
  }

  mainModule(): PyModuleObject | null {
    return this.main;
  }

  /** The parser arena's list while the module runs (a referrer named "parser arena"). */
  arenaObject(): PyObject | null {
    return this.arena;
  }
}

function setItem(d: PyObject, k: string, v: PyObject): void {
  const key = PyUnicode_FromString(k);
  PyDict_SetItem(d, key, v);
  Py_DECREF(key);
}

/** PyEval_EvalCode's function for module-level code (_PyFunction_FromConstructor): a new reference. */
export function _PyFunction_FromModuleCode(code: PyCodeObject, globals: PyObject, builtins: PyObject): PyFunctionObject {
  return _PyFunction_FromConstructor(code, globals, builtins, null);
}

/** Runs a whole program (the public runSource). */
export function runProgram(source: string | Uint8Array, opts: InterpreterOptions & { maxSteps?: number }): { stdout: string; stderr: string; exitCode: number } {
  let it: Interpreter;
  try {
    it = Interpreter.create(source, opts);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const stderr = `PyHeap internal error: ${msg}\nPlease report it with the program that caused it.\n`;
    opts.onStderr?.(stderr);
    return { stdout: '', stderr, exitCode: EXIT_INTERNAL };
  }
  if (it.state !== 'done') it.run(opts.maxSteps ?? Infinity);
  return it.result();
}

/** The SyntaxError CPython's compiler would raise for this (already parsed) source, if any. */
