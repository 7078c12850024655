// The same program gives the same ids and counts every run, whatever ran before it
// in the process: the debugger's step-back replays, several debug sessions and the
// test suite all depend on it (vm/startup.ts).
import test from 'node:test';
import assert from 'node:assert/strict';
import { runSource } from '../../src/model/index';

const PROGRAM = `
import sys, gc
a = [1, 2, 3]
s = 'hello'
t = sys.intern('wor' + 'ld_x')
class C:
    def m(self): return self
o = C()
d = {'k': o, 'n': 1000}
print(id(a), id(s), id(t), id(o), id(C), id(len), id(d), id(o.m))
print(sys.getrefcount(s), sys.getrefcount(None), sys.getrefcount(C), gc.get_count())
print(sys.getrefcount(object), sys.getrefcount(int), sys.getrefcount(type), sys.getrefcount(Exception))
`;

const OTHER = `
x = {'k': [1, 2]}
y = 'abc_def'
class D:
    pass
class E(Exception, metaclass=type):
    pass
class F(int):
    pass
z = [D() for _ in range(50)]
e = [E(), F(3)]
w = ''.join(str(i) for i in range(100))
print(len(x), len(z), len(w))
`;

test('a program prints the same ids and counts on every run in one process', () => {
  const first = runSource(PROGRAM, { filename: 'p.py' });
  assert.equal(first.exitCode, 0, first.stderr);
  runSource(OTHER, { filename: 'o.py' });
  const again = runSource(PROGRAM, { filename: 'p.py' });
  assert.equal(again.stdout, first.stdout);
});

test('a program interrupted by --max-steps leaves nothing behind for the next run', () => {
  const first = runSource(PROGRAM, { filename: 'p.py' });
  const stopped = runSource('a = []\nwhile True:\n    a.append([len(a)])\n', { filename: 'loop.py', maxSteps: 5000 });
  assert.equal(stopped.exitCode, 124);
  const again = runSource(PROGRAM, { filename: 'p.py' });
  assert.equal(again.stdout, first.stdout);
});

test('a run that counts its instructions (--max-steps) prints what an uncounted run prints', () => {
  // Without a step limit the eval loop skips the budget (evalhooks.ts `counted`); the
  // program's own behaviour, __del__ from a DECREF and nested activations included,
  // must not depend on it.
  const WITH_DEL = `${PROGRAM}
class K:
    def __del__(self): print('del', sys.getrefcount(self))
    def __init__(self, n): self.n = n
ks = [K(i) for i in range(3)]
del ks
print(sorted([3, 1, 2], key=lambda v: -v), gc.collect())
`;
  for (const src of [WITH_DEL, OTHER]) {
    const free = runSource(src, { filename: 'p.py' });
    const counted = runSource(src, { filename: 'p.py', maxSteps: 1e9 });
    assert.equal(free.exitCode, 0, free.stderr);
    assert.deepEqual(counted, free);
  }
});
