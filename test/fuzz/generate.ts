// Grammar-based program generator: random programs of the Python subset PyHeap
// supports (README "Supported Python"), plus a few things it must refuse clearly.
// Each statement is usually wrapped in try/except printing the exception's type, so
// that one error does not end the program and later statements still run.

import { Rng } from './rng';

const NAMES = ['a', 'b', 'c', 'x', 'y', 's', 'l', 'd', 't', 'o'];
const INTS = ['0', '1', '-1', '2', '7', '255', '256', '257', '-5', '-6', '1000', '2**31', '2**63', '-2**64', '10**20', '0x7f', '0o17', '0b101', '1_000'];
const FLOATS = ['0.0', '-0.0', '1.5', '1e300', '1e-300', '3.14', "float('inf')", "float('nan')", '2.5e10'];
const STRS = ["''", "'a'", "'abc'", "'hello world'", "'x' * 3", "'\\n'", "'é'", "'\\u20ac'", "'a,b,c'", "'  pad  '", "r'\\d'", "'%s'", "'{}'"];
const BYTES = ["b''", "b'ab'", "b'\\x00\\xff'", "bytes(3)", "bytearray(b'xy')"];
const BINOPS = ['+', '-', '*', '/', '//', '%', '**', '&', '|', '^', '<<', '>>'];
const CMPOPS = ['==', '!=', '<', '<=', '>', '>=', 'is', 'is not', 'in', 'not in'];
const BUILTINS1 = ['len', 'str', 'repr', 'list', 'tuple', 'set', 'frozenset', 'sorted', 'reversed', 'min', 'max', 'sum', 'abs',
  'hash', 'bool', 'int', 'float', 'chr', 'ord', 'hex', 'bin', 'iter', 'any', 'all', 'type', 'callable', 'bytes', 'bytearray',
  'dict', 'enumerate', 'round', 'sys.getrefcount', 'sys.getsizeof', 'id'];
const METHODS: readonly [string, number][] = [
  ['append', 1], ['pop', 0], ['pop', 1], ['sort', 0], ['reverse', 0], ['copy', 0], ['clear', 0], ['extend', 1], ['insert', 2],
  ['remove', 1], ['index', 1], ['count', 1], ['join', 1], ['split', 0], ['split', 1], ['upper', 0], ['lower', 0], ['strip', 0],
  ['replace', 2], ['startswith', 1], ['endswith', 1], ['find', 1], ['format', 1], ['encode', 0], ['decode', 0], ['keys', 0],
  ['values', 0], ['items', 0], ['get', 1], ['get', 2], ['setdefault', 2], ['update', 1], ['add', 1], ['discard', 1],
  ['union', 1], ['intersection', 1], ['difference', 1], ['isdigit', 0], ['zfill', 1], ['center', 1], ['ljust', 1],
  ['__len__', 0], ['__repr__', 0], ['__class__', -1], ['__dict__', -1], ['real', -1], ['hex', 0], ['bit_length', 0],
];
const DUNDERS = ['__repr__', '__str__', '__eq__', '__hash__', '__len__', '__iter__', '__getitem__', '__add__', '__lt__',
  '__bool__', '__del__', '__contains__', '__call__', '__setitem__', '__next__', '__init__', '__getattr__', '__ne__'];
const EXCS = ['Exception', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'ZeroDivisionError', 'AttributeError',
  'StopIteration', 'RuntimeError', 'ArithmeticError', 'LookupError', 'NameError', 'RecursionError', 'MemoryError', 'OverflowError'];

export class ProgramGenerator {
  private readonly out: string[] = [];
  private depth = 0;
  private funcs: string[] = [];
  private classes: string[] = [];
  private inFunction = false;
  private inLoop = false;
  private counter = 0;
  /** Whether this program may also contain what ends a program at compile time (parser
   *  limits, syntax PyHeap refuses): most programs do not, so that their statements run. */
  private readonly wild: boolean;

  constructor(private readonly r: Rng) {
    this.wild = r.chance(0.1);
  }

  program(): string {
    const r = this.r;
    this.line(0, r.chance(0.5) ? 'import sys' : 'import sys, gc');
    if (r.chance(0.5)) this.line(0, 'import gc');
    for (const n of NAMES.slice(0, 4)) this.line(0, `${n} = ${this.expr(1)}`);
    const n = r.range(5, 30);
    for (let i = 0; i < n; i++) this.stmt(0, true);
    for (const n of NAMES.slice(0, 3)) this.line(0, `print(${n!} if not isinstance(${n}, (set, frozenset, dict)) else len(${n}))`);
    return this.out.join('\n') + '\n';
  }

  private line(indent: number, s: string): void {
    this.out.push('    '.repeat(indent) + s);
  }

  private name(): string {
    return this.r.pick(NAMES);
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  // ---------------------------------------------------------------- statements

  /** One statement at `indent`; `guard` wraps it in try/except most of the time. */
  private stmt(indent: number, guard: boolean): void {
    const r = this.r;
    if (this.depth > 4) {
      this.line(indent, this.simpleStmt());
      return;
    }
    this.depth++;
    if (guard && r.chance(0.7)) {
      this.line(indent, 'try:');
      this.compound(indent + 1);
      this.line(indent, `except ${r.chance(0.8) ? 'Exception' : r.pick(EXCS)} as e:`);
      this.line(indent + 1, r.chance(0.8) ? 'print(type(e).__name__)' : 'print(type(e).__name__, e)');
      if (r.chance(0.1)) {
        this.line(indent, 'finally:');
        this.line(indent + 1, `${this.name()} = ${this.expr(1)}`);
      }
    } else {
      this.compound(indent);
    }
    this.depth--;
  }

  private block(indent: number): void {
    const n = this.r.range(1, 3);
    for (let i = 0; i < n; i++) this.stmt(indent, false);
  }

  private compound(indent: number): void {
    const r = this.r;
    switch (r.int(16)) {
      case 0: {
        this.line(indent, `if ${this.expr(2)}:`);
        this.block(indent + 1);
        if (r.chance(0.3)) {
          this.line(indent, `elif ${this.expr(2)}:`);
          this.block(indent + 1);
        }
        if (r.chance(0.5)) {
          this.line(indent, 'else:');
          this.block(indent + 1);
        }
        return;
      }
      case 1: {
        const v = this.fresh('i');
        this.line(indent, `for ${v} in ${this.iterable()}:`);
        const was = this.inLoop;
        this.inLoop = true;
        this.block(indent + 1);
        this.inLoop = was;
        if (r.chance(0.2)) {
          this.line(indent, 'else:');
          this.block(indent + 1);
        }
        return;
      }
      case 2: {
        const v = this.fresh('n');
        this.line(indent, `${v} = 0`);
        this.line(indent, `while ${v} < ${r.range(0, 20)}:`);
        this.line(indent + 1, `${v} += 1`);
        const was = this.inLoop;
        this.inLoop = true;
        this.block(indent + 1);
        this.inLoop = was;
        return;
      }
      case 3:
        return this.funcDef(indent);
      case 4:
        return this.classDef(indent);
      case 5: {
        this.line(indent, 'try:');
        this.block(indent + 1);
        this.line(indent, `except ${r.pick(EXCS)}:`);
        this.block(indent + 1);
        if (r.chance(0.4)) {
          this.line(indent, 'else:');
          this.block(indent + 1);
        }
        this.line(indent, 'finally:');
        this.block(indent + 1);
        return;
      }
      case 6:
        return this.genDef(indent);
      default:
        this.line(indent, this.simpleStmt());
    }
  }

  private simpleStmt(): string {
    const r = this.r;
    switch (r.int(20)) {
      case 0: case 1: case 2: return `print(${this.expr(3)})`;
      case 3: case 4: return `${this.name()} = ${this.expr(3)}`;
      case 5: return `${this.name()} ${r.pick(BINOPS)}= ${this.expr(2)}`;
      case 6: return `${this.name()}, ${this.name()} = ${this.name()}, ${this.name()}`;
      case 7: return `${this.name()}[${this.expr(1)}] = ${this.expr(2)}`;
      case 8: return `del ${r.chance(0.5) ? this.name() : `${this.name()}[${this.expr(1)}]`}`;
      case 9: return `print(${this.name()}.${this.method()})`;
      case 10: return this.funcs.length > 0 ? `print(${r.pick(this.funcs)}(${this.args()}))` : 'gc.collect()';
      case 11: return this.classes.length > 0 ? `${this.name()} = ${r.pick(this.classes)}(${this.args()})` : `print(${this.expr(2)})`;
      case 12: return `raise ${r.pick(EXCS)}(${this.expr(1)})`;
      case 13: return `assert ${this.expr(2)}, ${this.expr(1)}`;
      case 14: return r.chance(0.5) ? 'gc.collect()' : `print(sys.getrefcount(${this.name()}))`;
      case 15: return this.inLoop ? r.pick(['break', 'continue']) : 'pass';
      case 16: return this.inFunction ? `return ${this.expr(2)}` : `print(${this.expr(2)})`;
      case 17: return `${this.name()}.${r.pick(['attr', 'x', 'y', '__class__', '__dict__'])} = ${this.expr(1)}`;
      case 18: return `print(*${this.name()}, sep=${r.pick(["''", "', '", '"-"'])})`;
      default: return this.hostile();
    }
  }

  /** What learners paste and hostile programs do: deep nesting, huge values, refusals. */
  private hostile(): string {
    const r = this.r;
    const k = this.wild ? r.pick([10, 50, 199, 200, 1000, 5000]) : r.pick([10, 50, 100, 190]);
    switch (r.int(14)) {
      case 0: return `print(${'('.repeat(k)}1${')'.repeat(k)})`;
      case 1: return `${this.name()} = ${'['.repeat(k)}${']'.repeat(k)}`;
      case 2: return `print(len(${r.pick(["'a'", "b'a'", '[0]', '(1,)'])} * ${r.pick(['2**20', '2**24', '10**6', '-1', '2**62', '2**28'])}))`;
      case 3: return `print(len(str(${r.pick(['10', '7', '-3'])} ** ${r.pick(['100', '1000', '4299', '5000', '10**6'])})))`;
      case 4: return `print(${Array.from({ length: k }, () => r.pick(['1', 'x', "'s'", '2.0'])).join(r.pick([' + ', ' * ', ' - ', ' and ', ' or ']))})`;
      case 5: return `${this.name()} = lambda *a, **k: (a, k)`;
      case 6: return `print(sorted(range(${r.pick(['10', '1000', '100000'])}), key=lambda v: -v)[:3])`;
      case 7: return `print(''.join(str(v) for v in range(${r.pick(['10', '1000', '100000'])}))[-5:])`;
      case 8: return !this.wild ? `print(${this.expr(2)})` : `print(${r.pick(['x := 1', 'a @ b', 'await a', 'yield from a', 'f"{x!a}"', 'eval("1")', 'open("f")', 'complex(1)'])})`;
      case 9: return `${this.name()} = {${Array.from({ length: k }, (_, i) => `${i}: ${i}`).join(', ')}}`;
      case 10: return `print(${this.name()} == ${this.name()}, ${this.name()} is ${this.name()})`;
      case 11: return `print(${r.pick(['str', 'repr', 'hash', 'len'])}(${'['.repeat(k)}0${']'.repeat(k)}))`;
      case 12: return `${this.name()} = [${this.name()}]; ${this.name()}.append(${this.name()})`;
      default: return `print(${r.pick(["'%d %s' % (1, 'a')", "'{0}{1}'.format(1, 2)", "f'{1:>{2}}'", "'{:,}'.format(10**30)", "'%.3f' % 2.5", "f'{3.14159:.2f}'"])})`;
    }
  }

  private funcDef(indent: number): void {
    const r = this.r;
    const name = this.fresh('f');
    const params = r.pick(['', 'p', 'p, q=1', '*args', 'p, *args, k=2, **kw', 'p=[]', 'p, /, q=None']);
    if (this.wild && r.chance(0.3)) this.line(indent, `@${r.pick(['staticmethod', 'property', 'print'])}`);
    this.line(indent, `def ${name}(${params}):`);
    const was = this.inFunction, wasLoop = this.inLoop;
    this.inFunction = true;
    this.inLoop = false;
    if (r.chance(0.3)) this.line(indent + 1, `${'global'} ${this.name()}`);
    this.block(indent + 1);
    this.line(indent + 1, `return ${r.chance(0.2) ? `${name}(${params === '' ? '' : '0'})` : this.expr(2)}`);
    this.inFunction = was;
    this.inLoop = wasLoop;
    this.funcs.push(name);
  }

  private genDef(indent: number): void {
    const name = this.fresh('g');
    this.line(indent, `def ${name}(n):`);
    this.line(indent + 1, 'for k in range(n):');
    this.line(indent + 2, `yield ${this.expr(2)}`);
    this.line(indent, `print(list(${name}(${this.r.range(0, 5)})))`);
  }

  private classDef(indent: number): void {
    const r = this.r;
    const name = this.fresh('C');
    const base = r.chance(0.3) ? r.pick([...this.classes, 'object', 'list', 'dict', 'Exception', 'int', 'str']) : '';
    this.line(indent, `class ${name}${base ? `(${base})` : ''}:`);
    this.line(indent + 1, `k = ${this.expr(1)}`);
    const n = r.range(0, 3);
    for (let i = 0; i < n; i++) {
      const d = r.pick(DUNDERS);
      const params = d === '__init__' ? 'self, *a' : d === '__setitem__' ? 'self, i, v' : ['__eq__', '__add__', '__lt__', '__contains__',
        '__getitem__', '__getattr__', '__ne__'].includes(d) ? 'self, other' : d === '__call__' ? 'self, *a' : 'self';
      this.line(indent + 1, `def ${d}(${params}):`);
      const was = this.inFunction;
      this.inFunction = true;
      if (r.chance(0.3)) this.line(indent + 2, `print(${JSON.stringify(d)})`);
      this.line(indent + 2, `return ${r.chance(0.6) ? this.dunderResult(d) : this.expr(2)}`);
      this.inFunction = was;
    }
    this.classes.push(name);
  }

  private dunderResult(d: string): string {
    switch (d) {
      case '__repr__': case '__str__': return "'<obj>'";
      case '__hash__': case '__len__': return String(this.r.range(0, 9));
      case '__iter__': return 'iter([1, 2])';
      case '__bool__': case '__eq__': case '__lt__': case '__contains__': case '__ne__': return this.r.pick(['True', 'False']);
      case '__init__': case '__del__': case '__setitem__': return 'None';
      default: return this.expr(1);
    }
  }

  // ---------------------------------------------------------------- expressions

  private iterable(): string {
    const r = this.r;
    switch (r.int(6)) {
      case 0: return `range(${r.range(0, 8)})`;
      case 1: return this.name();
      case 2: return `[${this.exprs(r.range(0, 4), 1)}]`;
      case 3: return `${r.pick(STRS)}`;
      case 4: return `enumerate(${this.name()})`;
      default: return `zip(${this.name()}, ${this.name()})`;
    }
  }

  private args(): string {
    return this.exprs(this.r.range(0, 2), 1);
  }

  private exprs(n: number, d: number): string {
    return Array.from({ length: n }, () => this.expr(d)).join(', ');
  }

  private method(): string {
    const [m, n] = this.r.pick(METHODS);
    return n < 0 ? m : `${m}(${this.exprs(n, 1)})`;
  }

  expr(d: number): string {
    const r = this.r;
    if (d <= 0 || r.chance(0.25)) return this.atom();
    switch (r.int(18)) {
      case 0: case 1: return `${this.expr(d - 1)} ${r.pick(BINOPS)} ${this.expr(d - 1)}`;
      case 2: return `(${r.pick(['-', '+', '~', 'not '])}${this.expr(d - 1)})`;
      case 3: return `${this.expr(d - 1)} ${r.pick(CMPOPS)} ${this.expr(d - 1)}${r.chance(0.2) ? ` ${r.pick(CMPOPS)} ${this.expr(d - 1)}` : ''}`;
      case 4: return `(${this.expr(d - 1)} ${r.pick(['and', 'or'])} ${this.expr(d - 1)})`;
      case 5: return `(${this.expr(d - 1)} if ${this.expr(d - 1)} else ${this.expr(d - 1)})`;
      case 6: case 7: return `${r.pick(BUILTINS1)}(${this.expr(d - 1)})`;
      case 8: return `${this.name()}.${this.method()}`;
      case 9: return `${this.name()}[${this.slice(d - 1)}]`;
      case 10: return `[${this.exprs(r.range(0, 4), d - 1)}]`;
      case 11: {
        const n = r.range(0, 3);
        return n === 0 ? '()' : `(${this.exprs(n, d - 1)},)`;
      }
      case 12: return `{${Array.from({ length: r.range(0, 3) }, () => `${this.expr(d - 1)}: ${this.expr(d - 1)}`).join(', ')}}`;
      case 13: {
        const v = this.fresh('v');
        const kind = r.int(4);
        const body = `${r.pick([v, `(${v}, ${this.expr(d - 1)})`, `${v} ${r.pick(BINOPS)} ${this.atom()}`, `${r.pick(BUILTINS1)}(${v})`])} for ${v} in ${this.iterable()}${r.chance(0.3) ? ` if ${this.expr(d - 1)}` : ''}`;
        return kind === 0 ? `[${body}]` : kind === 1 ? `{${body}}` : kind === 2 ? `list(${body})` : `{${v}: ${body}}`;
      }
      case 14: return `(lambda ${r.pick(['', 'p', 'p, q=2', '*a'])}: ${this.expr(d - 1)})(${this.args()})`;
      // 3.11's f-strings: no backslash or quote of the same kind inside the braces.
      case 15: return `f"{${r.chance(0.5) ? this.name() : r.pick(INTS)}${r.pick(['', '!r', '!s', ':>5', ':x', ':.2f', ':,'])}}"`;
      case 16: return `${r.pick(['min', 'max', 'divmod', 'pow', 'isinstance', 'getattr', 'hasattr', 'zip', 'map', 'filter', 'sorted', 'round'])}(${this.exprs(2, d - 1)})`;
      default: return `${r.pick(['{1, 2}', '{*' + this.name() + '}', '[*' + this.name() + ']', '(*' + this.name() + ',)', '{**' + this.name() + '}'])}`;
    }
  }

  private slice(d: number): string {
    const r = this.r;
    switch (r.int(4)) {
      case 0: return this.expr(d);
      case 1: return `${r.pick(['', '1', '-1'])}:${r.pick(['', '2', '-2'])}${r.pick(['', ':-1', ':2'])}`;
      case 2: return `::${r.pick(['2', '-1', '0', '3'])}`;
      default: return String(r.range(-3, 3));
    }
  }

  private atom(): string {
    const r = this.r;
    switch (r.int(9)) {
      case 0: case 1: case 2: return this.name();
      case 3: case 4: return r.pick(INTS);
      case 5: return r.pick(FLOATS);
      case 6: return r.pick(STRS);
      case 7: return r.pick(BYTES);
      default: return r.pick(['None', 'True', 'False', '[]', '()', '{}', 'set()', 'object()', '...', 'NotImplemented']);
    }
  }
}

/** The program of a seed. */
export function generateProgram(seed: number): string {
  return new ProgramGenerator(new Rng(seed)).program();
}
