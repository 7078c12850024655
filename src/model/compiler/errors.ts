// Compile-time SyntaxErrors raised by the symbol table and the code generator.
// Inside the compiler they are thrown as CompileErrorAt (a message plus the AST
// location CPython reports: compiler_error() uses the current statement or
// expression, symtable.c the node it was visiting); compile() turns them into
// the front end's PySyntaxError, with 1-based offsets as CPython gives them.

export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export class CompileErrorAt {
  constructor(
    readonly msg: string,
    readonly loc: Loc,
  ) {}
}

/** An error symtable.c reports with PyErr_RangedSyntaxLocationObject: the exception
 *  is SyntaxError(msg) and the location goes into its attributes, not its args. */
export class SymtableErrorAt extends CompileErrorAt {}

/** A RecursionError the compiler raises (its depth guards, e.g. ast_opt.c's "maximum
 *  recursion depth exceeded during compilation"): the VM turns it into the Python
 *  exception, printed without a traceback as CPython prints a failed compile. */
export class CompileRecursionError extends Error {}
