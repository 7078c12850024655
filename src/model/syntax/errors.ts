// Errors raised by the front end.
//
// PySyntaxError carries exactly the attributes CPython's SyntaxError has
// (Objects/exceptions.c SyntaxError_init: msg, lineno, offset, text,
// end_lineno, end_offset). `offset`/`end_offset` are 1-based *character*
// offsets, as CPython converts them from byte offsets before raising
// (Parser/pegen_errors.c _PyPegen_raise_error_known_location). The compiler
// and symbol table raise this same class for their own SyntaxErrors
// ("duplicate argument 'x' in function definition", "'return' outside
// function", ...), so one class reaches the VM.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  readonly kind: SyntaxErrorKind;
  /** The bare message (Python's `e.msg`). */
  readonly msg: string;
  readonly filename: string;
  readonly lineno: number;
  readonly offset: number;
  readonly end_lineno: number;
  readonly end_offset: number;
  /** The source line as CPython reports it (`e.text`), or null. */
  readonly text: string | null;
  /** What the compiler warned about before it raised this error: CPython's compiler shows
   *  each warning as it goes, so they come out before the error. None for the parser's. */
  compileWarnings: readonly { category: string; message: string; filename: string; lineno: number }[] = [];

  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    end_lineno: number,
    end_offset: number,
    text: string | null,
    /** Raised as SyntaxError(msg) with the location set as attributes (symtable.c's
     *  PyErr_RangedSyntaxLocationObject), not SyntaxError(msg, (filename, ...)). */
    readonly locationInAttributes = false,
  ) {
    super(msg);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
    this.text = text;
  }
}

/**
 * Python that CPython accepts but PyHeap cannot run yet ('match', async,
 * except*, ...). Never a silent mis-parse: the program is
 * rejected naming the feature and its line.
 */
export class UnsupportedSyntax extends Error {
  readonly feature: string;
  readonly lineno: number;

  constructor(feature: string, lineno: number) {
    super(`PyHeap does not support ${feature} yet (line ${lineno})`);
    this.name = 'UnsupportedSyntax';
    this.feature = feature;
    this.lineno = lineno;
  }
}
