// Public entry of the front end: source text -> ast.Module (or ast.Expression in
// 'eval' mode), with CPython 3.11's SyntaxErrors, then the PyHeap subset check.

import type { Expression, Module } from './ast';
import { UnsupportedSyntax, type PySyntaxError } from './errors';
import { Parser, UnsupportedMatch } from './parser';
import { checkSubset } from './subset';

export { PySyntaxError, UnsupportedSyntax } from './errors';
export type { SyntaxErrorKind } from './errors';
export { decodeSourceBytes, type DecodedSource } from './source_decode';
export { dump } from './dump';

/** The start rules PyHeap parses: a file (Py_file_input) or an expression (Py_eval_input). */
export type ParseMode = 'exec' | 'eval';

export interface ParseOptions {
  /** The source is a string given to eval/exec/compile (_PyParser_ASTFromString) with
   *  this start rule; absent for a file. */
  mode?: ParseMode;
  /** The error reading the file's next line raises (source_decode.ts). */
  readError?: PySyntaxError | null;
  /** sys.get_int_max_str_digits() for decimal int literals (a file: the default, 4300). */
  intMaxStrDigits?: number;
}

/** Parse like CPython 3.11 (`ast.parse` of a file), without the subset check. */
export function parseFull(source: string, filename: string, options?: ParseOptions & { mode?: 'exec' }): Module;
export function parseFull(source: string, filename: string, options: ParseOptions & { mode: 'eval' }): Expression;
export function parseFull(source: string, filename: string, options?: ParseOptions): Module | Expression;
export function parseFull(source: string, filename: string, options: ParseOptions = {}): Module | Expression {
  const mode = options.mode;
  try {
    const p = new Parser(source, { filename, stringInput: mode, readError: options.readError ?? null, intMaxStrDigits: options.intMaxStrDigits });
    return mode === 'eval' ? p.parseEval() : p.parseFile();
  } catch (e) {
    if (e instanceof UnsupportedMatch) throw new UnsupportedSyntax("the 'match' statement", e.lineno);
    throw e;
  }
}

/**
 * Parse a program for PyHeap: CPython's SyntaxError (PySyntaxError) for
 * invalid code, UnsupportedSyntax for valid Python outside the subset.
 */
export function parse(source: string, filename: string, options?: ParseOptions & { mode?: 'exec' }): Module;
export function parse(source: string, filename: string, options?: ParseOptions): Module | Expression;
export function parse(source: string, filename: string, options: ParseOptions = {}): Module | Expression {
  const mod = parseFull(source, filename, options);
  checkSubset(mod);
  return mod;
}
