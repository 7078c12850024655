// What every view gets from the App: the store, the shared options, and the ways back
// (select an object everywhere, ask for a step, save the panel's state, log).

import type { Store } from '../store';

export interface PanelOptions {
  /** Draw the runtime's and the machinery's objects too (modules, code objects, builtins...). */
  showAll: boolean;
}

export interface ViewContext {
  readonly store: Store;
  readonly options: PanelOptions;
  /** Selects an object in every view and tells the host. */
  select(id: number | null): void;
  gotoStep(step: number): void;
  /** The view's state changed (zoom, phase...): save the panel's state. */
  persist(): void;
  log(level: 'error' | 'warn' | 'info', message: string): void;
}

export interface View {
  readonly root: HTMLElement;
  /** Brings the view up to date with the store (called when shown and after each change while shown). */
  update(): void;
  /** The selection changed (cheaper than update()). */
  selectionChanged(): void;
  /** The view's part of the panel state (restored after a reload). */
  saveState(): unknown;
  restoreState(s: unknown): void;
}
