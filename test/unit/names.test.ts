// PyHeap against the names CPython 3.11.7 has (src/model/profiles/py311-names.ts,
// recorded by scripts/record-cpython-names.py from the real interpreter): it must
// have nothing CPython lacks, and every builtin, type attribute and module attribute
// of CPython's that it lacks must be refused with NotImplementedError naming it —
// never a NameError or AttributeError a program could catch and go on with.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter, runSource } from '../../src/model/index';
import { staticTypes, type PyObject } from '../../src/model/objects/object';
import { PyDict_Keys } from '../../src/model/objects/dictobject';
import { PyObject_GetAttr, _Py_ID } from '../../src/model/objects/abstract';
import { PyException } from '../../src/model/objects/errors';
import { PyExc_NotImplementedError } from '../../src/model/objects/exceptions';
import { BUILTIN_NAMES, MODULE_DICTS, TYPE_DICTS } from '../../src/model/profiles/py311-names';

const bare = (e: string): string => (e.endsWith('()') ? e.slice(0, -2) : e);

/** PyHeap's own choices where its dicts differ from 3.11's; each says why. */
const KNOWN_EXTRA: Record<string, string[]> = {
  // tp_hash set on these singletons' types (3.12 does the same); hash(None) is unchanged.
  NoneType: ['__hash__'],
  NotImplementedType: ['__hash__'],
  ellipsis: ['__hash__'],
  // PyHeap's TextIOWrapper has no _io._IOBase base: what CPython inherits from it is its own.
  '_io.TextIOWrapper': ['__iter__', 'readlines'],
};

function keysOf(d: PyObject): string[] {
  const l = PyDict_Keys(d) as unknown as { ob_item: { str: string }[]; ob_size: number };
  return l.ob_item.slice(0, l.ob_size).map((k) => k.str);
}

test('PyHeap\'s builtin types have no attribute CPython 3.11 lacks', () => {
  const it = Interpreter.create('pass\n', { filename: 'n.py' });
  it.activate();
  const extras: string[] = [];
  const seen = new Set<string>();
  for (const t of staticTypes) {
    const cp = TYPE_DICTS[t.tp_name];
    if (cp === undefined || seen.has(t.tp_name) || t.tp_dict === null) continue;
    seen.add(t.tp_name);
    const names = new Set(cp.map(bare));
    for (const k of keysOf(t.tp_dict)) {
      if (!names.has(k) && !(KNOWN_EXTRA[t.tp_name] ?? []).includes(k)) extras.push(`${t.tp_name}.${k}`);
    }
  }
  assert.deepEqual(extras, []);
  assert.ok(seen.size > 80, `only ${seen.size} types compared`);
});

test('every attribute of a CPython builtin type that PyHeap lacks is refused by name', () => {
  const it = Interpreter.create('pass\n', { filename: 'n.py' });
  it.activate();
  const wrong: string[] = [];
  let refused = 0;
  const seen = new Set<string>();
  for (const t of staticTypes) {
    const cp = TYPE_DICTS[t.tp_name];
    if (cp === undefined || seen.has(t.tp_name)) continue;
    seen.add(t.tp_name);
    for (const entry of cp) {
      const name = bare(entry);
      try {
        PyObject_GetAttr(t, _Py_ID(name)).ob_refcnt--;
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        const v = e.value as PyObject & { args: PyObject };
        const msg = String((v.args as unknown as { ob_item: { str: string }[] }).ob_item[0]?.str);
        e.clear();
        if (e.type === PyExc_NotImplementedError && /^PyHeap does not support \S+ yet$/.test(msg)) refused++;
        else wrong.push(`${t.tp_name}.${name}: ${e.type.tp_name}: ${msg}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(refused > 50, `only ${refused} refusals seen`);
});

/** Runs `body` after defining probe(f) → 'ok' | 'NIE <message>' | '<Exc>: <message>'. */
function probeProgram(body: string): string[] {
  const src = `import sys, gc, weakref, builtins, __future__
def probe(f):
    try:
        f()
        return 'ok'
    except NotImplementedError as e:
        return 'NIE ' + str(e)
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
${body}`;
  const r = runSource(src, { filename: 'n.py' });
  assert.equal(r.exitCode, 0, r.stderr);
  return r.stdout.split('\n').filter((l) => l !== '');
}

test('every CPython builtin PyHeap lacks is refused by name, never a NameError', () => {
  const names = BUILTIN_NAMES.map(bare);
  const out = probeProgram(`for n in ${JSON.stringify(names)}:\n    print(n, probe(lambda: eval(n)))\n`);
  assert.equal(out.length, names.length);
  const wrong = out.filter((l) => !/ (ok|NIE PyHeap does not support \S+ yet)$/.test(l));
  assert.deepEqual(wrong, []);
  assert.ok(out.some((l) => l === 'open NIE PyHeap does not support open() yet'));
  const builtinsDict = probeProgram('for n in builtins.__dict__:\n    print(n)\n');
  assert.deepEqual(builtinsDict.filter((n) => !names.includes(n)), [], 'builtins PyHeap has but CPython lacks');
});

test('every attribute of sys, gc, weakref, builtins and __future__ PyHeap lacks is refused by name', () => {
  const lines: string[] = [];
  for (const [mod, entries] of Object.entries(MODULE_DICTS)) {
    lines.push(`for n in ${JSON.stringify(entries.map(bare))}:\n    print('${mod}.' + n, probe(lambda: getattr(${mod}, n)))`);
    lines.push(`for n in vars(${mod}):\n    print('has ${mod}.' + n)`);
  }
  const out = probeProgram(lines.join('\n') + '\n');
  const probes = out.filter((l) => !l.startsWith('has '));
  assert.equal(probes.length, Object.values(MODULE_DICTS).reduce((n, e) => n + e.length, 0));
  assert.deepEqual(probes.filter((l) => !/ (ok|NIE PyHeap does not support \S+ yet)$/.test(l)), []);
  const extra = out.filter((l) => l.startsWith('has ')).map((l) => l.slice(4))
    .filter((q) => { const [m, n] = q.split('.'); return !MODULE_DICTS[m].map(bare).includes(n); });
  assert.deepEqual(extra, [], 'module attributes PyHeap has but CPython lacks');
});

test('a standard module PyHeap lacks is refused by name; a module no CPython has is ModuleNotFoundError', () => {
  const out = probeProgram(`for n in ['math', 'collections', 'os.path', 'no_such_module_xyz']:
    print(n, probe(lambda: __import__(n)))
`);
  assert.deepEqual(out, [
    "math NIE PyHeap does not support the 'math' module yet",
    "collections NIE PyHeap does not support the 'collections' module yet",
    "os.path NIE PyHeap does not support the 'os' module yet",
    "no_such_module_xyz ModuleNotFoundError: No module named 'no_such_module_xyz'",
  ]);
});
