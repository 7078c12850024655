// One simulated interpreter (CPython: _PyRuntime + PyInterpreterState). Several can
// exist in one process (two debug sessions, a replay); every public API entry calls
// activate() so module-level code always works on the right heap.

import { _setCurrentRuntime } from './objects/object';
import type { ObjectAllocator } from './memory/allocator';
import type { Profile } from './profiles/profile';

export class PyRuntime {
  constructor(
    readonly profile: Profile,
    readonly mem: ObjectAllocator,
  ) {}

  activate(): void {
    _setCurrentRuntime(this);
  }
}
