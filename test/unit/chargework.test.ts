// Long builtins charge their work to the eval budget (vm/chargework.ts): --max-steps stops a
// run in the middle of one, and the budget listener (where the debugger polls its pause and
// terminate requests) is called while it works. Counted in steps and calls, never in time.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter, runSource } from '../../src/model/index';
import { WORK_CHUNK, BULK_UNITS_PER_STEP } from '../../src/model/vm/chargework';

const LONG_BUILTINS: [string, string][] = [
  ['bytes repeat and decode', "b = b'a' * 2**22\ns = b.decode()"],
  ['str repeat', "s = 'ab' * 2**21"],
  ["''.join of a long list", "x = ['a'] * 2**20\ns = ''.join(x)"],
  ['list repeat', 'x = [0] * 2**22'],
  ['sorted of many items', 'x = sorted(range(2**18))'],
  ['sum over a long range', 'x = sum(range(2**22))'],
];

for (const [what, code] of LONG_BUILTINS) {
  test(`--max-steps stops ${what} before it ends`, () => {
    // A handful of instructions: without charged work the bound would never be reached.
    const r = runSource(`print('before')\n${code}\nprint('after')\n`, { filename: '/tmp/prog.py', maxSteps: 1000 });
    assert.equal(r.exitCode, 124, r.stderr);
    assert.equal(r.stdout, 'before\n');
    assert.match(r.stderr, /stopped after \d+ steps/);
  });
}

test('the budget listener is polled in proportion to a builtin\'s work, within one instruction', () => {
  // sum() iterates 2**20 items in C, inside one CALL instruction.
  const it = Interpreter.create('s = sum(range(2**20))\n', { filename: '/tmp/prog.py' });
  const polls: number[] = [];
  it.budgetListener = (steps) => polls.push(steps);
  assert.equal(it.run(), 'end');
  assert.ok(polls.length >= 2 ** 20 / WORK_CHUNK, `${polls.length} polls`);
  // The run counts the work as instructions.
  assert.ok(it.steps >= 2 ** 20, `${it.steps} steps`);
});

test('work done in one host call is charged before it is done', () => {
  const it = Interpreter.create("b = b'a' * 2**22\ns = b.decode()\n", { filename: '/tmp/prog.py' });
  it.budgetListener = () => {};
  assert.equal(it.run(), 'end');
  // 2**22 bytes built, then 2**22 decoded: bulk work, one step per BULK_UNITS_PER_STEP bytes.
  assert.ok(it.steps >= (2 * 2 ** 22) / BULK_UNITS_PER_STEP, `${it.steps} steps`);
});

test('work below one chunk is not charged: a short program counts its instructions only', () => {
  const count = (src: string): number => {
    const it = Interpreter.create(src, { filename: '/tmp/prog.py' });
    it.budgetListener = () => {};
    it.run();
    return it.steps;
  };
  assert.equal(count("s = 'ab' * 100\nt = ''.join([s, s])\n"), count("s = 'ab' * 1\nt = ''.join([s])\n"));
});

test('--max-steps reached after the module code (a __del__ at exit, a long builtin in it) stops the run', () => {
  for (const body of ['x = 0\n        while x < 10**6: x += 1', "raise RuntimeError(b'a' * 2**24)"]) {
    const src = `class Bad:\n    def __del__(self):\n        ${body}\nb = Bad()\nprint('end of module')\n`;
    const r = runSource(src, { filename: '/tmp/prog.py', maxSteps: 1000 });
    assert.equal(r.exitCode, 124, r.stderr);
    assert.equal(r.stdout, 'end of module\n');
    assert.match(r.stderr, /stopped after \d+ steps/);
  }
});
