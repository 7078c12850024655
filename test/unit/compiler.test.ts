// The compiler against CPython 3.11.7: every snippet of test/unit/compiler-goldens
// is compiled from the AST CPython's parser produced (the differential corpus
// programs from PyHeap's own parser), and its code objects must
// match dis of the real code objects (instructions, arguments, jump targets,
// positions, co_consts with their `is` relations, names, flags, stack size,
// exception table), or raise the same SyntaxError.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../../src/model/compiler/compile';
import { disRecords } from '../../src/model/compiler/dis';
import { PySyntaxError } from '../../src/model/syntax/errors';
import { parseFull } from '../../src/model/syntax/index';
import { decodeAst, diffRecords, loadGoldens } from './compiler-golden-lib';

for (const [file, entries] of loadGoldens()) {
  test(`compiler goldens: ${file}`, () => {
    const failures: string[] = [];
    entries.forEach((g, idx) => {
      if (g.parse_error) return;
      const label = `#${idx} ${JSON.stringify(g.src.slice(0, 60))}`;
      let got;
      try {
        // Corpus programs carry no AST: they come through the project's parser.
        got = compile(g.ast ? decodeAst(g.ast) : parseFull(g.src, 'snippet.py'), 'snippet.py');
      } catch (e) {
        if (g.error && e instanceof PySyntaxError) {
          const w = g.error;
          const have = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
          const want = [w.msg, w.lineno, w.offset, w.end_lineno, w.end_offset ?? -1];
          if (JSON.stringify(have) !== JSON.stringify(want)) failures.push(`${label}: SyntaxError ${JSON.stringify(have)} != ${JSON.stringify(want)}`);
          return;
        }
        failures.push(`${label}: threw ${e instanceof Error ? e.stack : JSON.stringify(e)}`);
        return;
      }
      if (g.error) {
        failures.push(`${label}: expected SyntaxError ${g.error.msg}`);
        return;
      }
      const d = diffRecords(disRecords(got), g.codes!);
      if (d) failures.push(`${label}: ${d}`);
      const ws = JSON.stringify(got.warnings.map((w) => [w.message, w.lineno]));
      if (g.warnings && ws !== JSON.stringify(g.warnings)) failures.push(`${label}: warnings ${ws} != ${JSON.stringify(g.warnings)}`);
    });
    assert.equal(failures.length, 0, `${failures.length} of ${entries.length} snippets differ:\n\n${failures.join('\n\n')}`);
  });
}
