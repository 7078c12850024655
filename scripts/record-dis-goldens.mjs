#!/usr/bin/env node
// Records compiler goldens from real CPython 3.11.7 for test/unit/compiler.test.ts.
//
// Each test/unit/compiler-goldens/snippets/<name>.py holds many small programs
// separated by lines that are exactly "# ---". Every program is compiled on its
// own, as `python file.py` would compile it (one compilation unit, mode 'exec'),
// and we record:
//   - its AST (ast.parse, un-optimized, shaped like src/model/syntax/ast.ts), so the
//     compiler can be tested without the parser;
//   - for every code object (depth first, in co_consts order): the instructions from
//     dis.get_instructions(code, adaptive=False) with EXTENDED_ARG dropped and jump
//     targets / exception-table offsets turned into instruction indices, positions,
//     co_consts (repr, type, identity id), co_names, varnames/cellvars/freevars,
//     flags, stacksize and argument counts;
//   - or the SyntaxError (msg, lineno, offset, end_lineno, end_offset).
// Identity ids are shared across the whole program, so `is` relations between
// constants (and co_consts / co_names tuples) of different code objects are recorded.
//
// The programs of the differential corpus (test/differential/programs/**/*.py)
// are recorded too, each as one snippet, into json/corpus.json.
//
// Usage: node scripts/record-dis-goldens.mjs [python]   (default: pyenv's 3.11.7)

import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const snippetsDir = join(root, 'test/unit/compiler-goldens/snippets');
const outDir = join(root, 'test/unit/compiler-goldens/json');
const python = process.argv[2] ?? '/root/.pyenv/versions/3.11.7/bin/python';

const PY = String.raw`
import ast, dis, json, sys, tokenize, warnings
warnings.simplefilter('ignore')

def enc_const(v):
    if v is None: return {'kind': 'None'}
    if v is Ellipsis: return {'kind': 'Ellipsis'}
    if isinstance(v, bool): return {'kind': 'bool', 'value': v}
    if isinstance(v, int): return {'kind': 'int', 'value': str(v)}
    if isinstance(v, float): return {'kind': 'float', 'value': repr(v)}
    if isinstance(v, complex): return {'kind': 'complex', 'imag': repr(v.imag)}
    if isinstance(v, str): return {'kind': 'str', 'value': v}
    if isinstance(v, bytes): return {'kind': 'bytes', 'value': v.hex()}
    raise TypeError(type(v))

def enc_ast(n):
    if isinstance(n, list): return [enc_ast(x) for x in n]
    if n is None: return None
    if isinstance(n, (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)):
        return type(n).__name__
    if isinstance(n, ast.AST):
        d = {'_type': type(n).__name__}
        for f in n._fields:
            v = getattr(n, f, None)
            if isinstance(n, ast.Constant) and f == 'value':
                d[f] = enc_const(v)
            else:
                d[f] = enc_ast(v)
        for a in ('lineno', 'col_offset', 'end_lineno', 'end_offset', 'end_col_offset'):
            if hasattr(n, a) and a in n._attributes:
                d[a] = getattr(n, a)
        return d
    return n

def record(src):
    out = {'src': src}
    try:
        tree = ast.parse(src, 'snippet.py')
        out['ast'] = enc_ast(tree)
    except SyntaxError as e:
        out['parse_error'] = e.msg
        return out
    except RecursionError:
        # ast.parse turns the tree into Python objects under the recursion limit,
        # which a deeply nested program exceeds where compile() does not: no AST
        # (corpus entries drop it anyway), the code is still recorded.
        pass
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            co = compile(src, 'snippet.py', 'exec')
        out['warnings'] = [[str(w.message), w.lineno] for w in caught if w.category is SyntaxWarning]
    except SyntaxError as e:
        out['error'] = {'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                        'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
        return out
    except RecursionError as e:
        # A program that nests past the compiler's limit (limits/): nothing to
        # compare, so it is recorded as unparsable and the test skips it.
        out['parse_error'] = 'RecursionError: ' + str(e)
        return out
    ids = {}
    keep = []
    def oid(o):
        keep.append(o)
        return ids.setdefault(id(o), len(ids))
    def const_info(c):
        d = {'type': type(c).__name__, 'id': oid(c)}
        if hasattr(c, 'co_code'):
            d['code'] = c.co_qualname
            return d
        d['repr'] = repr(c)
        if isinstance(c, (tuple, frozenset)):
            d['items'] = [const_info(x) for x in c]
        return d
    codes = []
    def walk(c):
        insts = [i for i in dis.get_instructions(c, adaptive=False) if i.opname != 'EXTENDED_ARG']
        offs = [i.offset for i in insts]
        def idx(off):
            n = 0
            for o in offs:
                if o < off: n += 1
            return n
        ins = []
        for i in insts:
            arg = i.arg
            if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
                arg = idx(i.argval)
            p = i.positions
            ins.append([i.opname, arg, p.lineno if p.lineno is not None else -1,
                        p.end_lineno if p.end_lineno is not None else -1,
                        p.col_offset if p.col_offset is not None else -1,
                        p.end_col_offset if p.end_col_offset is not None else -1])
        exc = [[idx(e.start), idx(e.end), idx(e.target), e.depth, int(e.lasti)]
               for e in dis._parse_exception_table(c)]
        codes.append({
            'name': c.co_name, 'qualname': c.co_qualname, 'firstlineno': c.co_firstlineno,
            'argcount': c.co_argcount, 'posonlyargcount': c.co_posonlyargcount,
            'kwonlyargcount': c.co_kwonlyargcount, 'flags': c.co_flags,
            'stacksize': c.co_stacksize, 'varnames': list(c.co_varnames),
            'cellvars': list(c.co_cellvars), 'freevars': list(c.co_freevars),
            'names': list(c.co_names), 'names_id': oid(c.co_names),
            'consts_id': oid(c.co_consts),
            'consts': [const_info(x) for x in c.co_consts],
            'code': ins, 'exceptiontable': exc,
        })
        for x in c.co_consts:
            if hasattr(x, 'co_code'):
                walk(x)
    walk(co)
    out['codes'] = codes
    return out

result = {}
whole = False
for path in sys.argv[1:]:
    if path == '--whole':
        whole = True
        continue
    # tokenize.open decodes as python does (coding cookie, BOM): a latin-1 program too.
    try:
        with tokenize.open(path) as f:
            text = f.read()
    except (SyntaxError, LookupError, UnicodeDecodeError) as e:
        # An undecodable program (syntax_errors/): recorded as unparsable, skipped by the test.
        result[path] = [{'src': open(path, encoding='utf-8', errors='replace').read(),
                         'parse_error': type(e).__name__ + ': ' + str(e)}]
        continue
    if whole:
        result[path] = [record(text)]
        continue
    parts, cur = [], []
    for line in text.splitlines(keepends=True):
        if line.rstrip('\n') == '# ---':
            parts.append(''.join(cur)); cur = []
        else:
            cur.append(line)
    parts.append(''.join(cur))
    result[path] = [record(p) for p in parts if p.strip()]
json.dump(result, sys.stdout)
`;

const files = readdirSync(snippetsDir).filter((f) => f.endsWith('.py')).sort();
const paths = files.map((f) => join(snippetsDir, f));
const corpusDir = join(root, 'test/differential/programs');
const corpus = [];
const walk = (d) => {
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.py')) corpus.push(p);
  }
};
walk(corpusDir);
const raw = execFileSync(python, ['-c', PY, ...paths, '--whole', ...corpus], {
  encoding: 'utf-8',
  maxBuffer: 1 << 30,
  env: { ...process.env, PYTHONHASHSEED: '0' },
});
const all = JSON.parse(raw);
mkdirSync(outDir, { recursive: true });
let n = 0;
for (const f of files) {
  const entries = all[join(snippetsDir, f)];
  n += entries.length;
  writeFileSync(join(outDir, f.replace(/\.py$/, '.json')), JSON.stringify(entries) + '\n');
}
// Corpus programs are compiled from the project's own parser in the test (their
// ASTs would make this file several megabytes).
const corpusEntries = corpus.map((p) => {
  const { ast: _ast, ...rest } = all[p][0];
  return { ...rest, file: relative(root, p) };
});
writeFileSync(join(outDir, 'corpus.json'), JSON.stringify(corpusEntries) + '\n');
console.log(`recorded ${n} snippets from ${files.length} files and ${corpus.length} corpus programs into ${outDir}`);
