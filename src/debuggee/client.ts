// What a debug host sees of a debuggee thread, whatever runs it (a Node worker, a Web
// Worker): requests, resume commands, pause, terminate, and events.

import type { ResumeCommand, Stop, RunEnd } from '../model/debug/types';
import type { Methods, MethodName } from './protocol';

export interface DebuggeeEventMap {
  stopped: Stop;
  continued: undefined;
  output: { category: 'stdout' | 'stderr' | 'console'; text: string };
  ended: RunEnd;
  terminated: undefined;
  fatal: string;
  exit: undefined;
}

export interface DebuggeeClient {
  request<M extends MethodName>(method: M, args: Methods[M]['args']): Promise<Methods[M]['result']>;
  resume(command: ResumeCommand): void;
  pause(): void;
  terminate(): Promise<void>;
  on<K extends keyof DebuggeeEventMap>(event: K, listener: (e: DebuggeeEventMap[K]) => void): void;
}

/** A minimal typed event emitter (browser-safe). */
export class DebuggeeEvents {
  private readonly listeners = new Map<string, ((e: unknown) => void)[]>();

  on<K extends keyof DebuggeeEventMap>(event: K, listener: (e: DebuggeeEventMap[K]) => void): void {
    const l = this.listeners.get(event) ?? [];
    l.push(listener as (e: unknown) => void);
    this.listeners.set(event, l);
  }

  protected emit<K extends keyof DebuggeeEventMap>(event: K, e: DebuggeeEventMap[K]): void {
    for (const l of this.listeners.get(event) ?? []) l(e);
  }
}
