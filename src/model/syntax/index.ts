// Public entry of the front end: source text -> ast.Module, with CPython
// 3.11's SyntaxErrors, then the PyHeap subset check.

import type { Module } from './ast';
import { UnsupportedSyntax, type PySyntaxError } from './errors';
import { Parser, UnsupportedMatch } from './parser';
import { checkSubset } from './subset';

export { PySyntaxError, UnsupportedSyntax } from './errors';
export type { SyntaxErrorKind } from './errors';
export { decodeSourceBytes, type DecodedSource } from './source_decode';
export { dump } from './dump';

/** Parse like CPython 3.11 (`ast.parse` of a file), without the subset check. */
export function parseFull(source: string, filename: string, readError: PySyntaxError | null = null): Module {
  try {
    return new Parser(source, { filename, readError }).parseFile();
  } catch (e) {
    if (e instanceof UnsupportedMatch) throw new UnsupportedSyntax("the 'match' statement", e.lineno);
    throw e;
  }
}

/**
 * Parse a program for PyHeap: CPython's SyntaxError (PySyntaxError) for
 * invalid code, UnsupportedSyntax for valid Python outside the subset.
 */
export function parse(source: string, filename: string, readError: PySyntaxError | null = null): Module {
  const mod = parseFull(source, filename, readError);
  checkSubset(mod);
  return mod;
}
