// VM unit tests: small programs whose stdout, exit code and last stderr line were
// recorded from CPython 3.11.7 (`python NAME.py` in the program's folder).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSource, Interpreter, frames, referrers } from '../../src/model/index';

interface Case { name: string; source: string; stdout: string; exitCode: number; stderrLast: string }

const cases: Case[] = [
  {
    name: "refcounts",
    source: "import sys\ndef f(x):\n    return sys.getrefcount(x)\ndef g(x):\n    return f(x)\na = []\nprint(sys.getrefcount(a), f(a), g(a))\nb = a\nl = [a, a]\nprint(sys.getrefcount(a))\ndel b\ndel l\nprint(sys.getrefcount(a))\ndef mk(v):\n    def inner():\n        return v\n    return inner\nc = mk(a)\nprint(sys.getrefcount(a), c() is a)\nn = 1000\nprint(sys.getrefcount(n))\ndef ret():\n    return []\nr = ret()\nprint(sys.getrefcount(r), sys.getrefcount(ret()))\n",
    stdout: "2 3 4\n5\n2\n3 True\n4\n2 1\n",
    exitCode: 0,
    stderrLast: "",
  },
  {
    name: "calls",
    source: "def h(a, b=2, *args, k, **kw):\n    return (a, b, args, k, kw)\nprint(h(1, k=3), h(1, 2, 3, k=4, z=5))\nfor call in (lambda: h(), lambda: h(1, 2, k=1, b=3), lambda: h(1, k=1, q=2, **{'a': 1})):\n    try:\n        call()\n    except TypeError as e:\n        print(e)\ndef p(x, y, /, z):\n    return x + y + z\ntry:\n    p(1, y=2, z=3)\nexcept TypeError as e:\n    print(e)\ndef two(a, b):\n    return a\ntry:\n    two(1, 2, 3)\nexcept TypeError as e:\n    print(e)\ntry:\n    two(1, c=2)\nexcept TypeError as e:\n    print(e)\n",
    stdout: "(1, 2, (), 3, {}) (1, 2, (3,), 4, {'z': 5})\nh() missing 1 required positional argument: 'a'\nh() got multiple values for argument 'b'\nh() got multiple values for argument 'a'\np() got some positional-only arguments passed as keyword arguments: 'y'\ntwo() takes 2 positional arguments but 3 were given\ntwo() got an unexpected keyword argument 'c'\n",
    exitCode: 0,
    stderrLast: "",
  },
  {
    name: "gens",
    source: "def gen():\n    x = yield 1\n    print('got', x)\n    yield 2\n    return 3\ng = gen()\nprint(g.send(None))\nprint(g.send('hello'))\ntry:\n    g.send(None)\nexcept StopIteration as e:\n    print('stop', e.value)\ndef outer():\n    r = yield from gen()\n    print('result', r)\nfor v in outer():\n    print('v', v)\nprint([x * 2 for x in (1, 2, 3)])\nprint(sum(x for x in (1, 2, 3)) if False else 'ok')\n",
    stdout: "1\ngot hello\n2\nstop 3\nv 1\ngot None\nv 2\nresult 3\n[2, 4, 6]\nok\n",
    exitCode: 0,
    stderrLast: "",
  },
  {
    name: "excs",
    source: "def f():\n    raise ValueError('boom')\ntry:\n    try:\n        f()\n    finally:\n        print('finally')\nexcept ValueError as e:\n    print('caught', e, type(e.__traceback__).__name__)\ntry:\n    try:\n        1/0\n    except ZeroDivisionError:\n        raise KeyError('k')\nexcept KeyError as e:\n    print(type(e.__context__).__name__, e.__cause__)\ndef g():\n    try:\n        return 'try'\n    finally:\n        print('cleanup')\nprint(g())\nfor i in (1, 2, 3):\n    try:\n        if i == 2:\n            continue\n        print('body', i)\n    finally:\n        print('fin', i)\nclass MyErr(Exception):\n    pass\ntry:\n    raise MyErr('custom')\nexcept Exception as e:\n    print(type(e).__name__, e.args)\n",
    stdout: "finally\ncaught boom traceback\nZeroDivisionError None\ncleanup\ntry\nbody 1\nfin 1\nfin 2\nbody 3\nfin 3\nMyErr ('custom',)\n",
    exitCode: 0,
    stderrLast: "",
  },
  {
    name: "uncaught",
    source: "def f(d):\n    return d['missing']\nf({})\n",
    stdout: "",
    exitCode: 1,
    stderrLast: "KeyError: 'missing'",
  },
  {
    name: "classes",
    source: "class A:\n    x = 1\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v + self.x\nclass B(A):\n    def get(self):\n        return super().get() * 10\nb = B(4)\nprint(b.get(), B.x, B.__mro__[1] is A)\nm = b.get\nprint(m(), m.__self__ is b)\nclass K:\n    def __repr__(self):\n        return 'K!'\nprint(K(), [K()])\n",
    stdout: "50 1 True\n50 True\nK! [K!]\n",
    exitCode: 0,
    stderrLast: "",
  },
];

function lastLine(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

for (const c of cases) {
  test(`vm: ${c.name}`, () => {
    const r = runSource(c.source, { filename: `${c.name}.py` });
    assert.equal(r.stdout, c.stdout, r.stderr);
    assert.equal(r.exitCode, c.exitCode);
    assert.equal(lastLine(r.stderr), c.stderrLast);
  });
}

test('vm: traceback carets and chained exceptions as CPython prints them', () => {
  const src = "def f():\n    raise ValueError('boom')\ndef g():\n    try:\n        f()\n    except ValueError as e:\n        raise RuntimeError('wrapped') from e\ng()\n";
  const r = runSource(src, { filename: 'b.py' });
  assert.equal(r.exitCode, 1);
  assert.equal(r.stderr, [
    'Traceback (most recent call last):',
    '  File "b.py", line 5, in g',
    '    f()',
    '  File "b.py", line 2, in f',
    "    raise ValueError('boom')",
    'ValueError: boom',
    '',
    'The above exception was the direct cause of the following exception:',
    '',
    'Traceback (most recent call last):',
    '  File "b.py", line 8, in <module>',
    '    g()',
    '  File "b.py", line 7, in g',
    "    raise RuntimeError('wrapped') from e",
    'RuntimeError: wrapped',
    '',
  ].join('\n'));
});

test('vm: SyntaxError block and exit code 1', () => {
  const r = runSource('x = (1,\ny = 2\n', { filename: 's1.py' });
  assert.equal(r.exitCode, 1);
  assert.equal(r.stderr, '  File "s1.py", line 1\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n');
});

test('vm: maxSteps stops the run with exit code 124', () => {
  const r = runSource('while True:\n    pass\n', { filename: 'loop.py', maxSteps: 1000 });
  assert.equal(r.exitCode, 124);
  assert.match(r.stderr, /PyHeap: stopped after \d+ steps \(--max-steps\)/);
});

test('vm: RecursionError at the default limit', () => {
  const r = runSource('def f(n):\n    return f(n + 1)\nf(0)\n', { filename: 'rec.py' });
  assert.equal(r.exitCode, 1);
  assert.equal(lastLine(r.stderr), 'RecursionError: maximum recursion depth exceeded');
  assert.match(r.stderr, /\[Previous line repeated 996 more times\]/);
});

test('vm: stepping by line pauses in every frame and looking changes no count', () => {
  const src = 'def f(x):\n    y = x\n    return y\na = []\nb = f(a)\nprint(b is a)\n';
  const it = Interpreter.create(src, { filename: 'step.py' });
  const seen: string[] = [];
  for (let i = 0; i < 50; i++) {
    const why = it.stepLine();
    if (why !== 'line') break;
    const fs = frames(it);
    seen.push(`${fs[0].name}:${fs[0].line}`);
    if (fs[0].name === 'f' && fs[0].line === 3) {
      const y = fs[0].locals.find((l) => l.name === 'y')!.value;
      const before = y.ob_refcnt;
      const refs = referrers(it, y);
      assert.equal(refs.reduce((s, r) => s + r.count, 0), before);
      assert.equal(y.ob_refcnt, before);
    }
  }
  assert.deepEqual(seen, ['<module>:1', '<module>:4', '<module>:5', 'f:2', 'f:3', '<module>:6']);
  assert.equal(it.run(), 'end');
  assert.equal(it.result().stdout, 'True\n');
});
