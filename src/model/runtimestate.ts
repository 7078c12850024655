// The registry of per-runtime state (see runtime.ts): what each module keeps in its
// own variables, or in the fields of objects every runtime shares, on behalf of the
// runtime that is active. A leaf module (it imports nothing), so that any module of
// the model can register its state while it loads.

/** Per-runtime state a module keeps in its own variables (or in shared objects' fields).
 *  save() hands the current values over to the outgoing runtime (it may give away its
 *  containers: restore() or fresh() installs others before anything runs again);
 *  restore() installs what save() returned, for the incoming runtime; fresh() is the
 *  state of a runtime that has not run yet (called with the new runtime already
 *  current, so it may read `rt.profile`). */
export interface RuntimeState<S> {
  /** Who owns it (messages, the tests' audit). */
  readonly name: string;
  save(): S;
  restore(s: S): void;
  fresh(): S;
}

const registry: RuntimeState<unknown>[] = [];

/** Registers a module's per-runtime state (at module load, before any runtime runs). */
export function _PyRuntime_RegisterState<S>(state: RuntimeState<S>): void {
  registry.push(state as RuntimeState<unknown>);
}

/** The names of the registered states, in registration order (tests). */
export function _PyRuntime_StateNames(): string[] {
  return registry.map((s) => s.name);
}

/** Every registered state's save(), in registration order. */
export function _PyRuntime_SaveAll(): unknown[] {
  const saved = new Array<unknown>(registry.length);
  for (let i = 0; i < registry.length; i++) saved[i] = registry[i].save();
  return saved;
}

/** Installs `saved` (from _PyRuntime_SaveAll), or fresh states where it has none (null:
 *  a runtime that has not run; a shorter array: states registered after it was saved). */
export function _PyRuntime_RestoreAll(saved: unknown[] | null): void {
  for (let i = 0; i < registry.length; i++) {
    const s = registry[i];
    s.restore(saved !== null && i < saved.length ? saved[i] : s.fresh());
  }
}
