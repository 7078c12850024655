// Runs a program in the simulator for the containers tests. Until the VM's
// builtins dict includes vm/bltinmodule.ts's functions, they are added here.

import { Interpreter } from '../../src/model/vm/run';
import { builtinMethods } from '../../src/model/vm/bltinmodule';
import { PyCFunction_NewEx } from '../../src/model/objects/methodobject';
import { PyDict_GetItem, PyDict_SetItem } from '../../src/model/objects/dictobject';
import { PyUnicode_FromString } from '../../src/model/objects/unicodeobject';
import { Py_DECREF, type PyObject } from '../../src/model/objects/object';
import { _PyContainers_FillStartupFreeLists } from '../../src/model/objects/containerutil';

export interface SimResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function runSim(source: string, filename = 'prog.py'): SimResult {
  const it = Interpreter.create(source, { filename });
  const b = (it as unknown as { builtins: { ob_dict: PyObject } | null }).builtins;
  if (b !== null && it.state !== 'done') {
    const d = b.ob_dict;
    const modname = PyUnicode_FromString('builtins');
    for (const ml of builtinMethods) {
      const key = PyUnicode_FromString(ml.ml_name);
      if (PyDict_GetItem(d, key) === null) {
        const f = PyCFunction_NewEx(ml, b as unknown as PyObject, modname);
        PyDict_SetItem(d, key, f);
        Py_DECREF(f);
      }
      Py_DECREF(key);
    }
    Py_DECREF(modname);
  }
  if (it.state !== 'done') {
    it.activate();
    _PyContainers_FillStartupFreeLists();
    it.run();
  }
  return it.result();
}
