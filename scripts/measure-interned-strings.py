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
# refcnt = the string's reference count when a program's first line runs (see the probes below).
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
# The refcounts above are read in this process, which holds references of its own (the
# candidate set, the modules it imported, its code). What a program sees at its first line
# is measured instead in a fresh interpreter running a tiny program whose only references
# to a measured string are the temporary passed to getrefcount. Two programs with disjoint
# identifiers and identifier-like constants (each string's count is taken from the program
# that does not mention it: the parser arena and the code object would hold it).
import subprocess, tempfile
PROBE_A = """import sys
for h in sys.argv[1:]:
    sys.stdout.write(str(sys.getrefcount(sys.intern(bytes.fromhex(h).decode()))) + '\\n')
"""
PROBE_B = """M = __import__(''.join(map(chr, [115, 121, 115])))
K = getattr(M, ''.join(map(chr, [103, 101, 116, 114, 101, 102, 99, 111, 117, 110, 116])))
J = getattr(M, ''.join(map(chr, [105, 110, 116, 101, 114, 110])))
A = getattr(M, ''.join(map(chr, [97, 114, 103, 118])))
for P in A[1:]:
    print(K(J(''.join(map(chr, map(int, P.split(',')))))))
"""
TOUCHED_A = {'sys', 'h', 'argv', 'stdout', 'write', 'str', 'getrefcount', 'intern', 'bytes', 'fromhex', 'decode'}
def probe(src, args):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'probe.py')
        with open(path, 'w') as f:
            f.write(src)
        # The environment scripts/record-goldens.mjs runs programs in (e.g. no PYTHONUNBUFFERED).
        env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'HOME': os.environ.get('HOME', '/root'),
               'LANG': 'C.UTF-8', 'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONIOENCODING': 'utf-8'}
        out = subprocess.run([sys.executable, path] + args, capture_output=True, text=True, check=True, cwd=d,
                             env=env).stdout.split()
    return [int(x) - 1 for x in out]  # minus the temporary argument
# A few counts vary by one between runs of CPython itself: the type method cache
# (Objects/typeobject.c MCACHE) holds references to attribute names, and which names
# collide in it depends on their addresses (ASLR). The median of 5 runs is recorded.
texts_a = [t for t in sorted(static) if t not in TOUCHED_A]
texts_b = [t for t in sorted(static) if t in TOUCHED_A]
def median_probe(src, texts, encode):
    runs = [probe(src, [encode(t) for t in texts]) for _ in range(5)]
    return [sorted(r[i] for r in runs)[2] for i in range(len(texts))]
for t, rc in zip(texts_a, median_probe(PROBE_A, texts_a, lambda t: t.encode('utf-8').hex())):
    static[t][1] = rc
for t, rc in zip(texts_b, median_probe(PROBE_B, texts_b, lambda t: ','.join(str(ord(c)) for c in t))):
    static[t][1] = rc

# Heap strings interned at startup are only counted: the model does not pre-create them
# (they would be allocated before __main__ in CPython; see the report in unicode_type.ts).
print(json.dumps({'measured_with': sys.version.split()[0], 'static': static, 'heap_count': len(heap)},
                 ensure_ascii=True, sort_keys=True))
