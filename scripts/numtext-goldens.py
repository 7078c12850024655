# Records what CPython 3.11 prints for the numbers-and-text types: reprs, hashes,
# format specs, arithmetic, parsing, str/bytes methods and %-formatting, with the
# exact error messages. Run through scripts/record-numtext-goldens.mjs (which sets
# PYTHONHASHSEED=0); the output is test/unit/numtext-goldens/goldens.json and
# test/unit/numtext.test.ts replays every case on the simulated objects.
#
# Values are encoded so the TypeScript side rebuilds them exactly:
#   {"int": "123"}  {"float": "0x1.8p+0"} (float.hex)  {"str": "..."}  {"bytes": [1, 2]}
#   {"bool": true}  {"none": null}  {"tuple": [...]}
# A result is {"ok": repr(result)} or {"err": "TypeName: message"}.
import json, math, random, sys

def enc(v):
    if v is None: return {'none': None}
    if isinstance(v, bool): return {'bool': v}
    if isinstance(v, int): return {'int': str(v)}
    if isinstance(v, float): return {'float': v.hex()}
    if isinstance(v, str): return {'str': v}
    if isinstance(v, bytes): return {'bytes': list(v)}
    if isinstance(v, tuple): return {'tuple': [enc(x) for x in v]}
    if isinstance(v, dict): return {'dict': [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))

def run(f):
    try:
        return {'ok': repr(f())}
    except Exception as e:
        return {'err': f'{type(e).__name__}: {e}'}

rnd = random.Random(1234)
floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0,
          1e22, 1e-4, 1e-5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'),
          float('nan'), 2.5, 3.5, -2.5, 0.5, 1.5, 2.675, 1.005, 100.0, 1e100, 123.456, -0.001, 9.999999999999999e22,
          2.0**53, 2.0**53 + 2, 2.0**60, -2.0**63, 4.35, 0.125, 1234567.891, 6.02214076e23, 1.602176634e-19]
floats += [rnd.uniform(-1e6, 1e6) for _ in range(30)]
floats += [math.ldexp(rnd.random(), rnd.randint(-1070, 1020)) for _ in range(30)]
floats += [round(rnd.uniform(0, 100), rnd.randint(0, 4)) for _ in range(20)]
ints = [0, 1, -1, 2, -2, 5, -5, 255, 256, 257, -6, 1000, 2**30 - 1, 2**30, 2**31, 2**52, 2**53 - 1, 2**53, 2**53 + 1,
        2**60, 2**61 - 1, 2**61, 2**62, 2**63 - 1, 2**63, 2**64, -2**63, -2**64, 10**18, 10**20, 10**30, -10**25,
        3**100, -7**77, 12345678901234567890123]
ints += [rnd.randint(-10**12, 10**12) for _ in range(15)]
strs = ['', 'a', 'abc', 'hello world', "it's", 'say "hi"', 'both \' and "', 'tab\tnl\ncr\r', '\\', '\x00\x01\x1f\x7f',
        '\x80\x9f\xa0\xad\xff', 'é', 'héllo', '€', '日本語', '\u200b', '\u0378', '\ud800', '😀', 'a😀b', '\U0010ffff',
        'Straße', 'ǅungla', 'İstanbul', 'ΣΑΣ', 'x' * 40, ' padded  ', 'a,b,,c', 'one two  three', 'line1\nline2\r\nline3\r',
        '\x85next', 'CamelCaseWord', 'hello_world_42', '42', '٣', '²', '½', '一', 'Ⅻ', '  \t ']

cases = {}

cases['float_repr'] = [[enc(x), repr(x), str(x), str(hash(x)) if x == x else None] for x in floats]
cases['int_repr'] = [[enc(x), repr(x), str(hash(x)), x.bit_length(), hex(x), oct(x), bin(x)] for x in ints]
cases['str_repr'] = [[s, repr(s), ascii(s), str(hash(s)), sys.getsizeof(s), len(s)] for s in strs]

byts = [b'', b'a', b'abc', b"it's", b'both \' and "', b'\x00\x7f\x80\xff', bytes(range(0, 256, 7)), 'héllo'.encode()]
cases['bytes_repr'] = [[enc(b), repr(b), str(hash(b)), sys.getsizeof(b)] for b in byts]

int_specs = ['', 'd', '5', '<5', '^7', '*>8', '+', ' ', '-', ',', '_', '08', '08,', '09_', '#x', '#X', '#o', '#b', 'x',
             'b', '_b', '_x', '#010x', 'c', 'n', 'e', '.2f', '%', '.3g', '=+8', 's', '.2', 'z', ',x', '_,', '10.2.3', 'abc', '#c']
float_specs = ['', '.0f', '.1f', '.2f', '.3f', '.10f', 'f', 'e', '.2e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%', '10.3f',
               '<10', '^12.4', '+.2f', ' .2e', '010.2f', ',.2f', '_.3f', ',', '.3', '.0', '#.0f', '#.0e', '#g', '#',
               'z.1f', 'n', '.3n', 'x', 'd', '=+12.3f', '*^15.2e', '.', '.100f']
str_specs = ['', 's', '5', '>5', '^9', '*<7', '.2', '10.3', '^', 'd', '+', '#', '=5', ',', 'z', 'x<3']
fmt_values_i = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, 65, 0x10ffff, 0x110000]
fmt_values_f = [0.0, -0.0, 1.0, 1.5, 2.5, -2.5, 3.14159265, 1234567.891, 1e-7, 1e16, 1e100, 123456789.0, 0.000123,
                float('inf'), float('-inf'), float('nan'), -1e-9, 99.995, 0.5, 2.675]
fmt_values_s = ['', 'a', 'abc', 'héllo', '😀x']
cases['format'] = []
for v in fmt_values_i:
    for sp in int_specs: cases['format'].append([enc(v), sp, run(lambda: format(v, sp))])
for v in fmt_values_f:
    for sp in float_specs: cases['format'].append([enc(v), sp, run(lambda: format(v, sp))])
for v in fmt_values_s:
    for sp in str_specs: cases['format'].append([enc(v), sp, run(lambda: format(v, sp))])
for v in [True, False]:
    for sp in ['', 'd', '5', 'x', '.2f']: cases['format'].append([enc(v), sp, run(lambda: format(v, sp))])

ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b,
       '//': lambda a, b: a // b, '%': lambda a, b: a % b, '**': lambda a, b: a ** b, 'divmod': divmod,
       '<<': lambda a, b: a << b, '>>': lambda a, b: a >> b, '&': lambda a, b: a & b, '|': lambda a, b: a | b,
       '^': lambda a, b: a ^ b, '<': lambda a, b: a < b, '<=': lambda a, b: a <= b, '==': lambda a, b: a == b,
       '!=': lambda a, b: a != b, '>': lambda a, b: a > b, '>=': lambda a, b: a >= b}
operands = [0, 1, -1, 7, -7, 2, 3, 10, 255, 2**53 + 1, 2**70, -3**50, 0.0, -0.0, 0.5, 2.5, -7.5, 1e308, 1e-300,
            float('inf'), float('nan'), True, False, 2.0**53, 'ab', None]
cases['binop'] = []
for op, f in ops.items():
    for a in operands:
        for b in operands:
            if op in ('**',) and isinstance(a, int) and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 300:
                continue
            if op == '<<' and isinstance(b, int) and b > 1000:
                continue
            cases['binop'].append([op, enc(a), enc(b), run(lambda: f(a, b))])
cases['pow3'] = [[enc(a), enc(b), enc(c), run(lambda: pow(a, b, c))] for a, b, c in
                 [(3, 4, 5), (3, -1, 7), (-3, 2, -5), (2, 10, 1), (2, 3, 0), (2, -1, 4), (2.0, 3, 4), (10**30, 10**20, 97), (5, 0, 3)]]
unops = {'-': lambda a: -a, '+': lambda a: +a, '~': lambda a: ~a, 'abs': abs, 'bool': bool, 'int': int, 'float': float,
         'round': round, 'trunc': math.trunc, 'floor': math.floor, 'ceil': math.ceil}
cases['unop'] = [[op, enc(a), run(lambda: f(a))] for op, f in unops.items() for a in operands[:-2] + ['1.5']]

int_texts = ['0', '42', '  -17  ', '+5', '1_000', '1__0', '_1', '1_', '0x1f', '0o17', '0b101', '010', '00', '0_0', 'abc',
             '', ' ', '12.5', '١٢٣', '9' * 30, '-0', '\t42\n', '1e5', 'z', 'Z', '0x', '0b2']
cases['int_parse'] = [[t, base, run(lambda: int(t, base))] for t in int_texts for base in [10, 0, 16, 2, 36]]
cases['int_parse'] += [[t, 10, run(lambda: int(t))] for t in ['9' * 4300, '9' * 4301]]
float_texts = ['1.5', '  -2.5e3 ', 'inf', '-Infinity', 'nan', 'NaN', '1_000.5', '1__0.0', '.5', '5.', '1e', 'e5', '', 'abc',
               '0x10', '1e400', '-1e-400', '٣.٥', '  1_0e1_0  ', '+.5e-3']
cases['float_parse'] = [[t, run(lambda: float(t))] for t in float_texts]
cases['round'] = [[enc(x), n, run(lambda: round(x, n))] for x in [2.675, 1.005, 0.5, 1.5, 2.5, -2.5, 1234.5678, 1e300, 5e-324, 0.125, 15, 25, -25, 123456]
                  for n in [0, 1, 2, -1, -2, 3]]
cases['round'] += [[enc(x), None, run(lambda: round(x))] for x in [0.5, 1.5, 2.5, -0.5, -1.5, 1e20, float('inf'), float('nan'), 7]]

meth_calls = [
    ('split', []), ('split', [',']), ('split', [None, 1]), ('split', [',', 1]), ('split', ['']), ('rsplit', []),
    ('rsplit', [None, 1]), ('rsplit', [',', 1]), ('splitlines', []), ('splitlines', [True]), ('strip', []),
    ('strip', ['ab']), ('lstrip', []), ('rstrip', ['d ']), ('strip', [1]), ('replace', ['l', 'L']), ('replace', ['', '-']),
    ('replace', ['l', '', 1]), ('replace', [1, 2]), ('find', ['l']), ('find', ['l', 3]), ('find', ['l', -3, -1]), ('rfind', ['l']),
    ('index', ['z']), ('rindex', ['o']), ('count', ['l']), ('count', ['']), ('count', ['', 2, 4]), ('startswith', ['he']),
    ('startswith', [('x', 'he')]), ('startswith', [1]), ('endswith', ['ld']), ('endswith', ['l', 0, 3]), ('upper', []),
    ('lower', []), ('title', []), ('capitalize', []), ('swapcase', []), ('casefold', []), ('center', [15]),
    ('center', [15, '*']), ('center', [4, 'ab']), ('ljust', [12, '.']), ('rjust', [12]), ('zfill', [12]), ('partition', [' ']),
    ('partition', ['zz']), ('rpartition', ['l']), ('partition', ['']), ('isdigit', []), ('isdecimal', []), ('isnumeric', []),
    ('isalpha', []), ('isalnum', []), ('isspace', []), ('isupper', []), ('islower', []), ('istitle', []),
    ('isidentifier', []), ('isprintable', []), ('isascii', []), ('expandtabs', []), ('expandtabs', [4]), ('join', [['x', 'y']]),
    ('join', [['x', 1]]), ('join', [5]), ('encode', []), ('encode', ['ascii']), ('encode', ['latin-1']), ('encode', ['utf-8']),
    ('encode', ['ascii', 'replace']), ('encode', ['nope']), ('removeprefix', ['he']), ('removesuffix', ['d']),
    ('split', [',', 1, 2]), ('upper', [1]), ('find', []), ('replace', ['a']), ('center', []), ('zfill', ['a']),
]
meth_strs = ['hello world', 'a,b,,c', '  Mixed Case  ', 'line1\nline2\r\nline3', 'ABC', 'abc123', '', 'é€😀', '42', '٣²½', 'tab\there', 'Title Case Here']
cases['str_methods'] = [[s, m, [enc(a) if not isinstance(a, list) else {'list': [enc(x) for x in a]} for a in args],
                         run(lambda: getattr(s, m)(*args))] for s in meth_strs for m, args in meth_calls]
pct = [('%s', 'x'), ('%s', ('x',)), ('%r', 'é'), ('%a', 'é'), ('%d', 42), ('%d', 3.7), ('%d', 'a'), ('%5d|%-5d|%05d', (42, 42, 42)),
       ('%+d % d', (5, 5)), ('%x %X %o %#x %#o', (255, 255, 8, 255, 8)), ('%.3d', 7), ('%f', 3.14159), ('%.2f', 2.675),
       ('%e', 12345.678), ('%g %G', (1e-10, 1e20)), ('%10.3f|', 3.14159), ('%-10s|', 'ab'), ('%c%c', (65, 'z')),
       ('%c', 'ab'), ('%%', ()), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%(a)s-%(b)d', {'a': 'x', 'b': 5}), ('%(a)s', 5),
       ('%y', 1), ('%', ()), ('%x', 1.5), ('%.2s', 'abcdef'), ('%5.1s|', 'abc'), ('%*d', (5, 42)), ('%-*d|', (5, 42)),
       ('%.*f', (2, 3.14159)), ('%s', None), ('%s', True), ('%d', True), ('%i %u', (1, 2)), ('abc', ()), ('abc', 5),
       ('%s', ()), ('%f', 'x'), ('%#.0f', 2.0), ('%x', -255), ('%08.3f', -3.14159), ('%+.1e', 0.0)]
cases['percent'] = [[f, enc(a), run(lambda: f % a)] for f, a in pct]
fmts = [('{} {}', (1, 2), {}), ('{1} {0}', ('a', 'b'), {}), ('{x}-{y}', (), {'x': 1, 'y': 2}), ('{0:>5}|{1:.2f}', ('ab', 3.14159), {}),
        ('{!r}', ('é',), {}), ('{!a}', ('é',), {}), ('{0!s:>4}', (5,), {}), ('{{}} {}', (7,), {}), ('{} {}', (1,), {}),
        ('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}), ('{x}', (), {}), ('{', (), {}), ('}', (), {}), ('{0!x}', (1,), {}),
        ('{0:{1}}', (3.14159, '.3f'), {}), ('{0:{1}{2}}', (1, '>', 5), {}), ('{0.real}', (5,), {}), ('{0[1]}', ((7, 8),), {}),
        ('{0.nope}', (5,), {}), ('{:d}', ('a',), {}), ('{0[5]}', ((1,),), {}), ('{:,}', (1234567,), {}), ('x{}y', ('',), {}),
        ('{0!r:^9}', ('ab',), {})]
cases['str_format'] = [[f, [enc(x) for x in a], [[k, enc(v)] for k, v in kw.items()], run(lambda: f.format(*a, **kw))] for f, a, kw in fmts]
bmeth = [(b'hello world', 'split', []), (b'a,b', 'split', [b',']), (b' x ', 'strip', []), (b'abc', 'find', [b'c']), (b'abc', 'find', [98]),
         (b'abc', 'count', [b'']), (b'abc', 'hex', []), (b'abc', 'upper', []), (b'AbC', 'lower', []), (b'abc', 'startswith', [b'ab']),
         (b'abc', 'startswith', ['a']), (b'abc', 'replace', [b'b', b'XY']), (b'-', 'join', [[b'a', b'b']]), (b'-', 'join', [['a']]),
         (b'abc', 'decode', []), (b'h\xc3\xa9', 'decode', []), (b'\xff', 'decode', []), (b'\xe9a', 'decode', []), (b'\xe9', 'decode', []),
         (b'\xff', 'decode', ['ascii']), (b'\xff', 'decode', ['latin-1']), (b'a\xffb', 'decode', ['utf-8', 'replace']),
         (b'a\xffb', 'decode', ['utf-8', 'ignore']), (b'abc', 'index', [b'z'])]
cases['bytes_methods'] = [[enc(b), m, [enc(a) if not isinstance(a, list) else {'list': [enc(x) for x in a]} for a in args],
                           run(lambda: getattr(b, m)(*args))] for b, m, args in bmeth]
print(json.dumps({'python': sys.version.split()[0], 'cases': cases}, ensure_ascii=True, indent=0))
