# Records ground truth for src/model/memory from a real CPython (run by
# scripts/record-memory-goldens.mjs). Prints one JSON object on stdout.
# Every value here is printed by the interpreter itself; nothing is derived.
import gc, json, sys, types

HAVE_GC = 1 << 14
out = {"version": sys.version.split()[0], "platform": sys.platform}

# --- 1. tp_basicsize / tp_itemsize / Py_TPFLAGS_HAVE_GC of builtin types -------
def gen(): yield 1
async def coro(): pass
def mk_cell(x):
    def g(): return x
    return g.__closure__[0]
class _C:
    def m(self): pass
samples = [
    0, 1.0, 1j, True, None, ..., NotImplemented, "", b"", bytearray(), (), [], {}, set(),
    frozenset(), range(1), slice(1), object(), type, gen(), gen, gen.__code__, mk_cell(1),
    _C().m, len, [].append, iter([]), iter(()), iter(range(1)), iter({}), iter(set()),
    iter(""), iter(b""), {}.keys(), {}.values(), {}.items(), iter({}.values()), iter({}.items()),
    reversed([]), zip(), map(len, []), filter(None, []), enumerate([]), property(),
    staticmethod(len), classmethod(len), super(_C, _C()), memoryview(b""), sys, types.SimpleNamespace(),
    int.__add__, str.join, object.__init__, type.__dict__["__dict__"], iter(range(2**70)),
    reversed(range(1)), reversed(()), iter(bytearray()), sys._getframe(), Exception(), TypeError(),
    StopIteration(), KeyError(), OSError(), ValueError(), IndexError(), NameError(), AttributeError(),
    ZeroDivisionError(), RuntimeError(), RecursionError(), AssertionError(), UnboundLocalError(),
    NotImplementedError(), MemoryError(), OverflowError(), LookupError(), ArithmeticError(),
    BaseException(), SyntaxError(), ImportError(), GeneratorExit(), KeyboardInterrupt(), SystemExit(),
    coro, type(None), iter(iter([])),
]
try: raise ValueError
except ValueError as e: samples.append(e.__traceback__)
c = coro(); samples.append(c); c.close()
layouts = {}
for o in samples:
    t = o if isinstance(o, type) and o is not type else type(o)
    if o is type: t = type
    layouts[t.__name__] = {"basicsize": t.__basicsize__, "itemsize": t.__itemsize__, "gc": bool(t.__flags__ & HAVE_GC)}
class Plain: pass
class Slots2: __slots__ = ("a", "b")
layouts["<class Plain>"] = {"basicsize": Plain.__basicsize__, "itemsize": Plain.__itemsize__, "gc": bool(Plain.__flags__ & HAVE_GC)}
layouts["<class Slots2>"] = {"basicsize": Slots2.__basicsize__, "itemsize": Slots2.__itemsize__, "gc": bool(Slots2.__flags__ & HAVE_GC)}
out["types"] = layouts

# --- 2. sys.getsizeof sweeps -------------------------------------------------
gs = sys.getsizeof
S = {}
S["int"] = [[str(n), gs(n)] for n in [0, 1, -1, 255, 256, 2**30 - 1, 2**30, -2**30, 2**60, 2**90, 2**100, 2**1000, -2**1000, 10**100]]
S["int_pow2"] = [gs(2**k) for k in range(0, 1001)]
S["int_neg_pow2"] = [gs(-(2**k)) for k in range(0, 200)]
S["float"] = gs(1.5)
S["bool"] = [gs(True), gs(False)]
S["none"] = gs(None)
S["str_ascii"] = [gs("x" * n) for n in range(0, 300)]
S["str_latin1"] = [gs("\xe9" * n) for n in range(1, 100)]
S["str_ucs2"] = [gs("\u0100" * n) for n in range(1, 100)]
S["str_ucs4"] = [gs("\U00010000" * n) for n in range(1, 100)]
s = "\xe9" * 5; s.encode("utf-8"); S["str_latin1_after_encode"] = gs(s)
S["bytes"] = [gs(b"x" * n) for n in range(0, 300)]
S["bytearray"] = [gs(bytearray(n)) for n in range(0, 40)]
ba = bytearray(); seq = []
for i in range(200):
    seq.append(gs(ba)); ba.append(1)
S["bytearray_append"] = seq
S["tuple"] = [gs(tuple(range(n))) for n in range(0, 100)]
l = []; seq = []
for i in range(1001):
    seq.append(gs(l)); l.append(i)
S["list_append"] = seq
S["list_from_range"] = [gs(list(range(n))) for n in range(0, 200)]
S["list_repeat"] = [gs([0] * n) for n in range(0, 100)]
S["list_comp"] = [gs([i for i in range(n)]) for n in range(0, 200)]
S["list_literal"] = [gs([]), gs([1]), gs([1, 2]), gs([1, 2, 3]), gs([1, 2, 3, 4, 5])]
d = {}; seq = []
for i in range(1001):
    seq.append(gs(d)); d[i] = i
S["dict_int_insert"] = seq
d = {}; seq = []
for i in range(1001):
    seq.append(gs(d)); d[str(i)] = i
S["dict_str_insert"] = seq
S["dict_fromkeys"] = [gs(dict.fromkeys(range(n))) for n in range(0, 200)]
S["dict_comp"] = [gs({i: i for i in range(n)}) for n in range(0, 200)]
d = {i: i for i in range(100)}
for i in range(100): del d[i]
S["dict_after_deletes"] = gs(d)
d = {1: 2}; d.clear(); S["dict_clear"] = gs(d)
st = set(); seq = []
for i in range(1001):
    seq.append(gs(st)); st.add(i)
S["set_add"] = seq
S["set_from_range"] = [gs(set(range(n))) for n in range(0, 200)]
S["frozenset_from_range"] = [gs(frozenset(range(n))) for n in range(0, 200)]
class Inst: pass
def f(): pass
S["instance"] = gs(Inst())
S["slots_instance"] = gs(Slots2())
S["function"] = gs(f)
S["lambda"] = gs(lambda: 0)
S["cell"] = gs(mk_cell(1))
S["method"] = gs(_C().m)
S["builtin_method"] = gs([].append)
S["range"] = gs(range(10))
S["slice"] = gs(slice(1, 2))
S["object"] = gs(object())
S["heaptype_plain"] = gs(Plain)
S["heaptype_slots"] = gs(Slots2)
S["static_type_int"] = gs(int)
def g2(a, b):
    c = a + b
    yield c
S["generator"] = [[gen.__code__.co_nlocals, len(gen.__code__.co_varnames) + len(gen.__code__.co_cellvars) + len(gen.__code__.co_freevars), gen.__code__.co_stacksize, gs(gen())],
                  [g2.__code__.co_nlocals, len(g2.__code__.co_varnames) + len(g2.__code__.co_cellvars) + len(g2.__code__.co_freevars), g2.__code__.co_stacksize, gs(g2(1, 2))]]
S["code"] = [[len(c.co_code) // 2, gs(c)] for c in (f.__code__, gen.__code__, g2.__code__, (lambda a, b: a + b).__code__)]
out["sizes"] = S

# --- 3. static objects: offsets from libpython's first mapping ---------------
lo = None
for line in open("/proc/self/maps"):
    if "libpython3.11" in line:
        a = int(line.split()[0].split("-")[0], 16)
        lo = a if lo is None else min(lo, a)
static = {}
def rec(name, o):
    static[name] = id(o) - lo
for n in (-5, -1, 0, 1, 2, 255, 256):
    rec("int:%d" % n, n)
for name, o in (("None", None), ("True", True), ("False", False), ("Ellipsis", ...),
                ("NotImplemented", NotImplemented), ("()", ()), ("''", ""), ("b''", b"")):
    rec(name, o)
for c in (0, 1, 0x41, 0x7f, 0x80, 0xe9, 0xff):
    rec("chr:%d" % c, chr(c))
    rec("byte:%d" % c, bytes([c]))
for ident in ("__init__", "__main__", "append", "zipimporter"):
    rec("str:" + ident, sys.intern(ident))
for tname in sorted(layouts):
    if tname.startswith("<"): continue
for o in samples:
    t = type(o) if not isinstance(o, type) else o
    if not (t.__flags__ & (1 << 9)):  # not Py_TPFLAGS_HEAPTYPE: static type in libpython
        rec("type:" + t.__name__, t)
rec("type:type", type)
out["static"] = static

print(json.dumps(out, indent=1))
