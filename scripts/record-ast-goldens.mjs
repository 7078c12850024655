// Records the parser goldens from real CPython 3.11.7:
//  - ast.json: for each valid snippet, ast.dump(ast.parse(src))
//  - errors.json: for each invalid snippet, the SyntaxError that `python file.py`
//    raises (type, msg, lineno, offset, end_lineno, end_offset, text), and the
//    stage: 'parse' when ast.parse already fails, 'compile' when only the
//    symbol table / compiler rejects it.
// Usage: node scripts/record-ast-goldens.mjs [path/to/python3.11]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VALID, INVALID } from '../test/unit/syntax-goldens/snippets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'test', 'unit', 'syntax-goldens');
const python = process.argv[2] ?? `${process.env.HOME}/.pyenv/versions/3.11.7/bin/python`;

const dumpScript = `
import ast, json, sys
srcs = json.load(sys.stdin)
res = []
for s in srcs:
    try:
        t = ast.parse(s)
        res.append({"src": s, "dump": ast.dump(t), "attrs": ast.dump(t, include_attributes=True)})
    except SyntaxError as e:
        res.append({"src": s, "error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]})
print(json.dumps(res))
`;
const r = spawnSync(python, ['-c', dumpScript], { input: JSON.stringify(VALID), encoding: 'utf8', maxBuffer: 1 << 28 });
if (r.status !== 0) throw new Error(r.stderr);
const ast = JSON.parse(r.stdout);
for (const g of ast) if (g.error) console.warn('valid snippet does not parse:', JSON.stringify(g.src), g.error);
writeFileSync(join(out, 'ast.json'), JSON.stringify(ast.filter((g) => !g.error), null, 1) + '\n');

// File-mode errors: run each snippet as a file with an excepthook that prints the SyntaxError.
const dir = mkdtempSync(join(tmpdir(), 'pyheap-ast-'));
mkdirSync(join(dir, 'hook'));
writeFileSync(join(dir, 'hook', 'sitecustomize.py'), `
import sys, json, ast
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        stage = 'compile'
        try:
            ast.parse(open(sys.argv[0], encoding='utf-8').read())
        except SyntaxError:
            stage = 'parse'
        print(json.dumps({"stage": stage, "error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]}))
    else:
        print(json.dumps({"stage": "run", "error": [t.__name__, str(e)]}))
sys.excepthook = hook
`);
const errors = [];
for (const src of INVALID) {
  const file = join(dir, 'f.py');
  writeFileSync(file, src);
  const p = spawnSync(python, ['f.py'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PYTHONPATH: join(dir, 'hook') } });
  const line = p.stdout.trim().split('\n').pop();
  if (!line) {
    console.warn('invalid snippet ran without error:', JSON.stringify(src));
    continue;
  }
  const g = JSON.parse(line);
  if (g.stage === 'run') {
    console.warn('invalid snippet raised at run time:', JSON.stringify(src), g.error);
    continue;
  }
  errors.push({ src, ...g });
}
writeFileSync(join(out, 'errors.json'), JSON.stringify(errors, null, 1) + '\n');
console.log(`${ast.length} ast goldens, ${errors.length} error goldens`);
