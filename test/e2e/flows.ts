// What a learner sees on examples/02_refcount.py, derived by hand from CPython 3.11's
// semantics: shared by the code-server tier (editor.test.ts, the DOM) and the
// @vscode/test-electron tier (test/electron/suite.ts, the VS Code API), so both check
// the same flows.

/** Lens titles on 02_refcount.py, by source line. */
export const REFCOUNT_LENSES: { line: number; title: RegExp; why: string }[] = [
  { line: 6, title: /^new list \[321, 123\]/, why: 'a = [321, 123] makes a list' },
  { line: 8, title: /^list \[321, 123\]: refcnt 1→2$/, why: 'b = a: the list gains the name b' },
  { line: 10, title: /^new list \[\[321, 123\], \[321, 123\]\] · list \[321, 123\]: refcnt 2→4/, why: 'pair = [a, a]: two slots refer to it' },
  { line: 21, title: /^list \[321, 123\]: refcnt 4→3$/, why: 'del b: one name less' },
  { line: 23, title: /^list: refcnt 1→0, freed .* · list \[321, 123\]: refcnt 3→1/, why: 'pair = None frees the outer list and its slots' },
  { line: 7, title: /^\+\d+ runtime temporar(y|ies)$/, why: 'print(...) only touches the runtime’s objects' },
];

/** The hover on `a` in `b = a` (line 8), as text with whitespace collapsed. */
export const HOVER_A: RegExp[] = [
  /after line 8 ran/,
  /id (\d+) \(0x([0-9a-f]+)\)/,
  /ob_refcnt 2 — name a \(<module>\); name b \(<module>\)/,
  /type list/,
  /sys\.getsizeof 72 B/, // sys.getsizeof([321, 123]) in CPython 3.11
  /GC generation 0/,
  /arena \d+ \(0x[0-9a-f]+\) · pool \d+ \(0x[0-9a-f]+\) · block \d+/,
];

/** The hover text with Markdown's table and escapes flattened, as a person reads it. */
export function flattenHover(s: string): string {
  return s.replace(/\\(.)/g, '$1').replace(/\|/g, ' ').replace(/\s+/g, ' ');
}
