# Which strings CPython 3.11 has already interned when __main__ starts (run as a
# file), so the model's interned table starts the same: `sys.intern(s)` (and every
# identifier or identifier-like constant the compiler interns) returns that object.
# In 3.11 most of them are static objects of libpython: the strings of the deep-
# frozen stdlib code objects (Tools/scripts/deepfreeze.py), e.g. 'a', 'x', 'append'
# — which is why `'abc'[0] is 'a'` is False in 3.11 (indexing gives the Latin-1
# singleton, the constant is the deep-frozen 'a'). Others are heap strings.
#
# Candidates: the 256 one-character strings, names found in loaded modules, their
# code objects and builtin types, and every identifier of the programs under
# test/differential/programs. For each, a fresh copy is interned; when sys.intern
# returns another object, that object was interned at startup.
# Output (stdout, JSON): {"static": {text: [offset in libpython, refcnt]}, "heap_count": n}
# refcnt = sys.getrefcount(obj) - 2 (the argument and one variable).
# Usage: PYTHONHASHSEED=0 python3.11 scripts/measure-interned-strings.py [programs dir] > src/model/objects/numtext_interned.json
import sys, json, os, tokenize, io, types, ast

cands = set()
for c in range(256):
    cands.add(chr(c))

def add_code(co, depth=0):
    if depth > 20: return
    for n in co.co_names + co.co_varnames + co.co_cellvars + co.co_freevars:
        cands.add(n)
    cands.add(co.co_name)
    for k in co.co_consts:
        if isinstance(k, str): cands.add(k)
        elif isinstance(k, types.CodeType): add_code(k, depth + 1)

for mod in list(sys.modules.values()):
    d = getattr(mod, '__dict__', {})
    for k, v in list(d.items()):
        if isinstance(k, str): cands.add(k)
        if isinstance(v, str) and len(v) < 64: cands.add(v)
        f = getattr(v, '__code__', None)
        if isinstance(f, types.CodeType): add_code(f)
        if isinstance(v, type):
            for a in list(vars(v)):
                cands.add(a)
for t in (int, float, str, bytes, list, tuple, dict, set, frozenset, object, type, range, slice, BaseException,
          bool, complex, property, staticmethod, classmethod, super, enumerate, zip, map, filter, reversed):
    for a in dir(t): cands.add(a)
import builtins
for a in dir(builtins): cands.add(a)

progdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'test', 'differential', 'programs')
for root, _, files in os.walk(progdir):
    for f in files:
        if not f.endswith('.py'): continue
        try:
            src = open(os.path.join(root, f), encoding='utf-8').read()
            for tok in tokenize.generate_tokens(io.StringIO(src).readline):
                if tok.type == tokenize.NAME: cands.add(tok.string)
                elif tok.type == tokenize.STRING and len(tok.string) < 80:
                    try:
                        v = ast.literal_eval(tok.string)  # no code object: interns nothing
                        if isinstance(v, str): cands.add(v)
                    except Exception: pass
        except Exception:
            pass

maps = []
for line in open('/proc/self/maps'):
    parts = line.split()
    lo, hi = (int(x, 16) for x in parts[0].split('-'))
    maps.append((lo, hi, parts[5] if len(parts) > 5 else ''))
lib_base = min(lo for lo, hi, name in maps if 'libpython3.11' in name)
def in_lib(a):
    return any(lo <= a < hi and 'libpython3.11' in name for lo, hi, name in maps)

static = {}
heap = {}
getrc = sys.getrefcount
for s in sorted(cands):
    fresh = ''.join(list(s)) if len(s) != 1 else None
    if fresh is None:
        # One character: compare with the Latin-1 singleton (or a fresh non-Latin-1 char).
        if ord(s) > 255: continue
        found = sys.intern(chr(ord(s)))
        if found is chr(ord(s)):
            continue
    else:
        if fresh is s or s == '':
            continue
        found = sys.intern(fresh)
        if found is fresh:
            continue
    rc = getrc(found) - 2
    if in_lib(id(found)):
        static[s] = [id(found) - lib_base, rc]
    else:
        heap[s] = rc
    del found
# Heap strings interned at startup are only counted: the model does not pre-create them
# (they would be allocated before __main__ in CPython; see the report in unicode_type.ts).
print(json.dumps({'measured_with': sys.version.split()[0], 'static': static, 'heap_count': len(heap)},
                 ensure_ascii=True, sort_keys=True))
