// Node's `events` for the browser build of the debug adapter library
// (@vscode/debugadapter's ProtocolServer extends EventEmitter): esbuild aliases it here
// for platform: 'browser' bundles only.

type Listener = (...args: unknown[]) => void;

export class EventEmitter {
  private readonly handlers = new Map<string | symbol, Listener[]>();

  on(event: string | symbol, listener: Listener): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
    return this;
  }

  addListener(event: string | symbol, listener: Listener): this {
    return this.on(event, listener);
  }

  once(event: string | symbol, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(event, wrapped);
      listener(...args);
    };
    return this.on(event, wrapped);
  }

  removeListener(event: string | symbol, listener: Listener): this {
    this.handlers.set(event, (this.handlers.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }

  off(event: string | symbol, listener: Listener): this {
    return this.removeListener(event, listener);
  }

  removeAllListeners(event?: string | symbol): this {
    if (event === undefined) this.handlers.clear();
    else this.handlers.delete(event);
    return this;
  }

  listeners(event: string | symbol): Listener[] {
    return [...(this.handlers.get(event) ?? [])];
  }

  emit(event: string | symbol, ...args: unknown[]): boolean {
    const ls = this.handlers.get(event);
    if (ls === undefined || ls.length === 0) return false;
    for (const l of [...ls]) l(...args);
    return true;
  }
}

export default { EventEmitter };
