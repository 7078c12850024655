// Code objects (Objects/codeobject.c, Include/cpython/code.h). A PyCodeObject is a
// real PyObject (type `code`, not GC-tracked in 3.11) whose co_consts, co_names and
// co_localsplusnames are real tuple objects, so the constants it holds count in
// their ob_refcnt exactly as in CPython (`n = 1000; sys.getrefcount(n)` sees the
// module's co_consts and every function's co_consts that share the constant).
// The instructions stay a JS Int32Array of (opcode, arg) pairs for the eval loop.

import { PyObject, PyTypeObject, Py_DECREF } from './object';
import type { RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_New, PyObject_Free } from './objalloc';
import { CO_FAST } from '../compiler/code';
import type { PyTupleObject } from './tupleobject';
import { Op } from '../compiler/opcodes';
import type { InterpreterFrame } from '../vm/frame';
import type { LoadGlobalCache } from '../vm/specialize';
import { AttrCache } from './typeobject_attrcache';

/** QUICKENING_INITIAL_WARMUP_VALUE (Include/internal/pycore_code.h): a code object is
 *  quickened after 8 executions of RESUME or JUMP_BACKWARD (vm/quicken.ts). */
export const QUICKENING_INITIAL_WARMUP_VALUE = -8;

/** Finished activation records kept per code object for reuse (at most this many). */
export const FRAME_FREE_MAX = 64;

/** sizeof(PyCodeObject) without co_code_adaptive (tp_basicsize 184, tp_itemsize 2). */
const CODE_BASICSIZE = 184;

export const PyCode_Type = new PyTypeObject(PyType_Type, 'code', CODE_BASICSIZE, 2, 0);

/** 3.11 inline cache entries after each instruction (Include/internal/pycore_code.h
 *  INLINE_CACHE_ENTRIES_*): our bytecode has none, but CPython's code object size
 *  (and so its pymalloc block) counts them. */
const CACHE_ENTRIES: Uint8Array = (() => {
  const c = new Uint8Array(256);
  c[Op.BINARY_SUBSCR] = 4;
  c[Op.STORE_SUBSCR] = 1;
  c[Op.UNPACK_SEQUENCE] = 1;
  c[Op.STORE_ATTR] = 4;
  c[Op.LOAD_ATTR] = 4;
  c[Op.COMPARE_OP] = 2;
  c[Op.LOAD_GLOBAL] = 5;
  c[Op.BINARY_OP] = 1;
  c[Op.LOAD_METHOD] = 10;
  c[Op.PRECALL] = 1;
  c[Op.CALL] = 4;
  return c;
})();

export class PyCodeObject extends PyObject {
  /** (opcode, arg) pairs; jump args are absolute instruction indices. */
  co_code: Int32Array;
  /** The same instructions one word each, opcode | arg << 8, for the eval loop's dispatch. */
  co_words: Int32Array;
  /** co_consts tuple (owned) and its item array (the tuple's own, for LOAD_CONST). */
  co_consts: PyTupleObject;
  consts: PyObject[];
  co_names: PyTupleObject;
  names: PyObject[];
  co_localsplusnames: PyTupleObject;
  localsplusnames: PyObject[];
  co_localspluskinds: Uint8Array;
  co_name: PyObject;
  co_qualname: PyObject;
  co_filename: PyObject;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_flags: number;
  co_stacksize: number;
  co_firstlineno: number;
  co_nlocalsplus: number;
  co_nlocals: number;
  co_nplaincellvars: number;
  co_ncellvars: number;
  co_nfreevars: number;
  /** 4 ints per instruction: lineno, end_lineno, col_offset, end_col_offset (-1 = none). */
  co_positions: Int32Array;
  /** 5 ints per entry: start, end (exclusive), target, depth, lasti. */
  co_exceptiontable: Int32Array;
  /** 1 where an instruction starts a new source line (for line events). */
  lineStarts: Uint8Array;
  /** JS copies of names, for messages and the debugger. */
  name: string;
  qualname: string;
  filename: string;
  /** Code units CPython would have (instructions + inline caches + EXTENDED_ARGs). */
  ncodeunits: number;
  /** CPython's code-unit offset of each instruction (the `lasti` an exception handler pushes). */
  unitOffsets: Int32Array;
  /** _co_firsttraceable: index of the first RESUME (earlier instructions only set up cells). */
  co_firsttraceable: number;
  /** Cleared activation records of this code, ready for the next call: CPython pushes
   *  frames on a per-thread data stack instead of allocating them (pycore_frame.h
   *  _PyThreadState_BumpFramePointer); this is its JS equivalent, invisible to Python. */
  co_framefree: InterpreterFrame[];
  /** LOAD_GLOBAL's inline cache per instruction index (specialize.ts), null until filled. */
  co_globalcache: (LoadGlobalCache | null)[];
  /** LOAD_ATTR / STORE_ATTR / LOAD_METHOD memos by instruction (typeobject_attrcache.ts), else null. */
  co_attrcache: (AttrCache | null)[];
  /** co_warmup: -8 counting up at each RESUME / JUMP_BACKWARD; 0 once quickened (vm/quicken.ts). */
  co_warmup = QUICKENING_INITIAL_WARMUP_VALUE;
  /** The adaptive form of each PRECALL / COMPARE_OP by instruction index, null until quickened. */
  co_form: Uint8Array | null = null;
  /** Their 16-bit inline-cache counters. */
  co_counter: Uint16Array | null = null;
  /** Instrumentation (vm/instrumentation.ts): the instructions where a settrace event can
   *  happen; the instructions whose words carry a tracing opcode now, each with that opcode
   *  (null: none); and the epoch the words are in step with. */
  co_sites: Int32Array | null = null;
  co_patched: Int32Array | null = null;
  co_epoch = 0;

  constructor(init: {
    co_code: Int32Array; co_consts: PyTupleObject; co_names: PyTupleObject; co_localsplusnames: PyTupleObject;
    co_localspluskinds: Uint8Array; co_name: PyObject; co_qualname: PyObject; co_filename: PyObject;
    co_argcount: number; co_posonlyargcount: number; co_kwonlyargcount: number; co_flags: number;
    co_stacksize: number; co_firstlineno: number; co_positions: Int32Array; co_exceptiontable: Int32Array;
    name: string; qualname: string; filename: string;
  }) {
    super(PyCode_Type);
    this.co_code = init.co_code;
    this.co_words = packInstructions(init.co_code);
    this.co_consts = init.co_consts;
    this.consts = init.co_consts.ob_item;
    this.co_names = init.co_names;
    this.names = init.co_names.ob_item;
    this.co_localsplusnames = init.co_localsplusnames;
    this.localsplusnames = init.co_localsplusnames.ob_item;
    this.co_localspluskinds = init.co_localspluskinds;
    this.co_name = init.co_name;
    this.co_qualname = init.co_qualname;
    this.co_filename = init.co_filename;
    this.co_argcount = init.co_argcount;
    this.co_posonlyargcount = init.co_posonlyargcount;
    this.co_kwonlyargcount = init.co_kwonlyargcount;
    this.co_flags = init.co_flags;
    this.co_stacksize = init.co_stacksize;
    this.co_firstlineno = init.co_firstlineno;
    this.co_positions = init.co_positions;
    this.co_exceptiontable = init.co_exceptiontable;
    this.name = init.name;
    this.qualname = init.qualname;
    this.filename = init.filename;
    // Objects/codeobject.c get_localsplus_counts.
    const kinds = init.co_localspluskinds;
    let nlocals = 0, ncells = 0, nplaincells = 0, nfree = 0;
    for (let i = 0; i < kinds.length; i++) {
      const k = kinds[i];
      if (k & CO_FAST.LOCAL) {
        nlocals++;
        if (k & CO_FAST.CELL) ncells++;
      } else if (k & CO_FAST.CELL) {
        ncells++;
        nplaincells++;
      } else if (k & CO_FAST.FREE) {
        nfree++;
      }
    }
    this.co_nlocalsplus = kinds.length;
    this.co_nlocals = nlocals;
    this.co_ncellvars = ncells;
    this.co_nplaincellvars = nplaincells;
    this.co_nfreevars = nfree;
    this.lineStarts = computeLineStarts(init.co_code.length >> 1, init.co_positions);
    this.unitOffsets = computeUnitOffsets(init.co_code);
    const n = init.co_code.length >> 1;
    this.ncodeunits = n === 0 ? 0 : this.unitOffsets[n - 1] + unitsOf(init.co_code, n - 1);
    let ft = 0;
    for (let i = 0; i < n; i++) {
      if (init.co_code[2 * i] === Op.RESUME) {
        ft = i;
        break;
      }
    }
    this.co_firsttraceable = ft;
    this.co_framefree = [];
    const cache = new Array<LoadGlobalCache | null>(n);
    for (let i = 0; i < n; i++) cache[i] = null;
    this.co_globalcache = cache;
    // Made with the code object, so that the eval loop's attribute cases have no
    // first-use branch.
    const attrcache = new Array<AttrCache | null>(n);
    for (let i = 0; i < n; i++) {
      const op = init.co_code[2 * i];
      attrcache[i] = op === Op.LOAD_ATTR || op === Op.STORE_ATTR || op === Op.LOAD_METHOD ? new AttrCache() : null;
    }
    this.co_attrcache = attrcache;
  }

  /** Source line of instruction `i` (co_positions), or -1. */
  lineOf(i: number): number {
    return i >= 0 && 4 * i < this.co_positions.length ? this.co_positions[4 * i] : -1;
  }

  /** _PyCode_NBYTES-like size of the object itself (tp_basicsize + 2 bytes per code unit). */
  nbytes(): number {
    return CODE_BASICSIZE + 2 * this.ncodeunits;
  }
}

function packInstructions(code: Int32Array): Int32Array {
  const n = code.length >> 1;
  const words = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const op = code[2 * i], arg = code[2 * i + 1];
    if (arg < 0 || arg > 0x7fffff) throw new Error(`internal: instruction argument ${arg} does not fit the eval loop's word`);
    words[i] = op | (arg << 8);
  }
  return words;
}

function computeLineStarts(n: number, positions: Int32Array): Uint8Array {
  const starts = new Uint8Array(n);
  let prev = -2;
  for (let i = 0; i < n; i++) {
    const line = 4 * i < positions.length ? positions[4 * i] : -1;
    if (line !== prev && line >= 0) starts[i] = 1;
    if (line >= 0) prev = line;
  }
  return starts;
}

function unitsOf(code: Int32Array, i: number): number {
  const op = code[2 * i], arg = code[2 * i + 1];
  // EXTENDED_ARG prefixes for args that do not fit in a byte (jump args here are
  // instruction indices, close enough to CPython's code-unit offsets for sizing).
  const ext = arg > 0xff ? (arg > 0xffffff ? 3 : arg > 0xffff ? 2 : 1) : 0;
  return 1 + CACHE_ENTRIES[op] + ext;
}

function computeUnitOffsets(code: Int32Array): Int32Array {
  const n = code.length >> 1;
  const offs = new Int32Array(n);
  let u = 0;
  for (let i = 0; i < n; i++) {
    offs[i] = u;
    u += unitsOf(code, i);
  }
  return offs;
}

/** Allocates the code object's memory (PyObject_Malloc of basicsize + code units). */
export function _PyCode_Alloc(co: PyCodeObject): PyCodeObject {
  // _PyObject_VAR_SIZE rounds to pointer alignment.
  return _PyObject_New(co, (co.nbytes() + 7) & ~7);
}

function code_dealloc(self: PyObject): void {
  const co = self as PyCodeObject;
  Py_DECREF(co.co_consts);
  Py_DECREF(co.co_names);
  Py_DECREF(co.co_localsplusnames);
  Py_DECREF(co.co_filename);
  Py_DECREF(co.co_name);
  Py_DECREF(co.co_qualname);
  PyObject_Free(co);
}

function code_refs(self: PyObject, visit: RefVisitor): void {
  const co = self as PyCodeObject;
  visit(co.co_consts, 'co_consts');
  visit(co.co_names, 'co_names');
  visit(co.co_localsplusnames, 'co_localsplusnames');
  visit(co.co_filename, 'co_filename');
  visit(co.co_name, 'co_name');
  visit(co.co_qualname, 'co_qualname');
}

PyCode_Type.tp_dealloc = code_dealloc;
PyCode_Type.tp_refs = code_refs;
PyCode_Type.tp_sizeof = (self) => (((self as PyCodeObject).nbytes() + 7) & ~7);

export function PyCode_Check(o: PyObject): o is PyCodeObject {
  return o.ob_type === PyCode_Type;
}
