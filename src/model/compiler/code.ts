// What the compiler hands to the VM: pure data, no PyObjects. The VM's loader turns
// it into PyCodeObjects and constant objects, reproducing which objects exist and
// who references them — including the parser's arena, which in CPython keeps a
// reference to every object the parser and the AST optimizer created until the
// module finishes running (Python/pythonrun.c run_mod; Python/pyarena.c
// _PyArena_AddPyObject). That is why `n = 1000; sys.getrefcount(n)` counts one
// more at module level than a learner expects.

import type { ConstantValue } from '../syntax/ast';

/** co_flags (Include/cpython/code.h). */
export const enum CO {
  OPTIMIZED = 0x0001,
  NEWLOCALS = 0x0002,
  VARARGS = 0x0004,
  VARKEYWORDS = 0x0008,
  NESTED = 0x0010,
  GENERATOR = 0x0020,
  NOFREE = 0x0040,
  COROUTINE = 0x0080,
  ITERABLE_COROUTINE = 0x0100,
  ASYNC_GENERATOR = 0x0200,
}

/** co_localspluskinds bits (Include/internal/pycore_code.h). */
export const enum CO_FAST {
  LOCAL = 0x20,
  CELL = 0x40,
  FREE = 0x80,
}

/** One constant object the front end creates. Equal constants are merged
 *  (Python/compile.c merge_consts_recursive): every use of a merged constant
 *  points at the same ConstObject index. */
export interface ConstObject {
  value: ConstantValue;
  /** For tuple/frozenset constants: indices (into CompiledModule.objects) of the item objects. */
  items?: number[];
  /** Created by the parser or the AST optimizer, so the arena holds a reference to it. */
  inArena: boolean;
  /** Identifier-like str constant that a code object holds (in co_consts, or inside a
   *  constant tuple/frozenset there), so it is interned when that code object is created
   *  (Objects/codeobject.c intern_string_constants); or a NAME identifier the parser
   *  interned. False for a literal merged away (only the arena keeps it: not interned). */
  intern: boolean;
  /** (additive) The interned identifier string itself (an item of co_names or of a
   *  kwnames tuple, a class name loaded as a constant...), not a separate object:
   *  every ConstObject with `identifier` and the same value is the one interned str. */
  identifier?: boolean;
  /** (additive) Set only on a tuple the assembler built as a code object's co_consts
   *  (Python/compile.c makecode → merge_const_one): its slots, nested code objects
   *  included. When no slot is a code object, `value`/`items` describe the same tuple
   *  as usual (such a tuple can also be some other constant, e.g. a default-argument
   *  tuple (None,)); when a slot is a code object, `items` is absent and `value` is
   *  `{kind:'tuple', items: []}` — read the slots instead. */
  slots?: ConstRef[];
}

/** A constant slot of co_consts: a constant object, or a nested code object. */
export type ConstRef = { obj: number } | { code: CodeUnit };

export interface CodeUnit {
  co_name: string;
  co_qualname: string;
  co_filename: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_flags: number;
  co_stacksize: number;
  /** Instruction pairs: code[2*i] = opcode (Op), code[2*i+1] = arg; jumps are absolute indices. */
  co_code: Int32Array;
  co_consts: ConstRef[];
  /** Global/attribute names, each interned (identifiers). */
  co_names: string[];
  /** Locals, then cells, then free variables, as 3.11's co_localsplusnames. */
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  /** Per instruction: [lineno, end_lineno, col_offset, end_col_offset] (-1 when none),
   *  4 entries per instruction, as co_positions() yields them. */
  co_positions: Int32Array;
  /** Zero-cost exception table (Objects/exception_handling_notes.txt), 5 entries per
   *  row: start (inclusive), end (exclusive), target, stack depth, lasti (0/1). */
  co_exceptiontable: Int32Array;
  /** (additive) The tuple objects this code object holds, as indices into
   *  CompiledModule.objects. makecode() merges each through the file's constant
   *  cache (merge_const_one), so equal tuples are ONE object: two functions whose
   *  co_consts are both (None, 1000) share a tuple (`f.__code__.co_consts is
   *  g.__code__.co_consts`), which may even be a tuple literal of the program, and
   *  a kwnames tuple ('x',) may be some function's co_names. Created in the order
   *  names, consts, localsplusnames; nested code objects come before their parent. */
  co_names_obj: number;
  co_consts_obj: number;
  co_localsplusnames_obj: number;
}

/** A whole file, one compilation unit. */
export interface CompiledModule {
  code: CodeUnit;
  /** Every constant object, in the order CPython creates them (parse order for the
   *  arena's objects, then compile order for the compiler's own).
   *  Parse order here means: one object per Constant node of the parser's AST, in
   *  source order (PEG backtracking that builds a literal twice is not modelled),
   *  then the AST optimizer's results (Python/ast_opt.c make_const) in folding order.
   *  A value CPython keeps as a singleton (None, True/False, Ellipsis, small ints
   *  -5..256, '', 1-char Latin-1 str, b'', 1-byte bytes, ()) denotes that singleton;
   *  `inArena` then means the arena holds one more reference to it. Literals None,
   *  True, False and ... are never in the arena (the parser uses the singletons). */
  objects: ConstObject[];
  /** Identifier strings the parser created (each NAME token adds a reference to the
   *  interned string in the arena: Parser/pegen.c _PyPegen_new_identifier), in order.
   *  Rule: one entry per identifier occurrence in the AST (names, attribute names,
   *  def/class names, parameters, keyword names, each dotted component of import
   *  names, global/nonlocal names, except-handler names), in source order. */
  arenaIdentifiers: string[];
  /** (additive) SyntaxWarnings the compiler issues, in order (Python/compile.c
   *  compiler_warn): running a file, CPython prints each to stderr as
   *  `<filename>:<lineno>: SyntaxWarning: <message>` then the source line, indented by 2. */
  warnings: CompileWarning[];
}

export interface CompileWarning {
  category: 'SyntaxWarning';
  message: string;
  filename: string;
  lineno: number;
}
